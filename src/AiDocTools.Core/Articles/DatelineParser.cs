using System;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using AiDocTools.Text;
using AiDocTools.Time;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Reads the date an article gives for itself: a line that is only a date, perhaps with a time, a weekday,
    /// a 公開/Published cue or the writer's name (2023年6月2日, 2023/06/02 10:00, Published May 20, 2023).
    /// </summary>
    internal sealed class DatelineParser
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        private static readonly Regex Clock = new Regex(
            @"(午前|午後)?\s*\d{1,2}\s*[:時]\s*\d{0,2}\s*分?(:\d{2})?\s*(am|pm|jst|utc|gmt|et|pt)?", Options, LineShape.RegexTimeout);

        private static readonly Regex Weekday = new Regex(
            @"[(（]\s*[月火水木金土日]\s*(曜日?)?\s*[)）]|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", Options, LineShape.RegexTimeout);

        private static readonly char[] FieldSeparators = { '·', '|', '•' };

        // Every digit the recogniser reads in a year or a month: ASCII, full-width, and the kanji numerals.
        private static readonly char[] Numerals = "0123456789０１２３４５６７８９〇一二三四五六七八九十".ToCharArray();

        // A press release opens its first paragraph with the place and the date (NEW YORK, April 2, 2026 /Wire/ -- …).
        private static readonly Regex ReleaseLead = new Regex(
            @"^[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3},(?:\s[A-Z][A-Za-z.]+,)?\s", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        // A place in capitals starts the line: most lines a release lead is looked for in start otherwise and are turned away
        // without a call into the pattern (PatternLineScreen).
        private static readonly PatternLineScreen? ReleaseLeadScreen = PatternLineScreen.Of(new[] { ReleaseLead });

        private static readonly Regex ReleaseLeadEnd = new Regex(
            @"^\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*(?:--|—|–|-)\s", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private static readonly Regex Hiragana = new Regex(@"\p{IsHiragana}", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private readonly TemporalRecognizer _recognizer;
        private readonly Regex _publishedCue;
        private readonly Regex _updatedCue;

        /// <param name="cues">The cue words of datelines.</param>
        /// <param name="dates">The date grammar the body is read with, so a dateline and the body agree on what a date is.</param>
        public DatelineParser(ArticleMetadataCues cues, TemporalRecognizer dates)
        {
            _recognizer = dates;
            _publishedCue = new Regex(ArticleMetadataCues.Alternation(cues.PublishedCues), Options, LineShape.RegexTimeout);
            _updatedCue = new Regex(ArticleMetadataCues.Alternation(cues.UpdatedCues), Options, LineShape.RegexTimeout);
        }

        /// <summary>
        /// The first calendar date written in <paramref name="text"/> (day or month precision), and where it is. The dates
        /// are read by the temporal recogniser, so a dateline takes every spelling the article's body does (令和5年6月2日,
        /// 二〇二三年六月二日, 2 June 2023) and the two never disagree on what a date is.
        /// </summary>
        public bool TryFindDate(string text, out PartialDate date, out int index, out int length)
        {
            date = null!;
            index = length = 0;

            // A day or a month is dated only with its year written in figures (2023, 二〇二三年, 令和5年, 令和元年十月), so a
            // line without a numeral names none: most lines the cleaner asks about have none, and skip the recogniser.
            if (text.IndexOfAny(Numerals) < 0)
            {
                return false;
            }

            // A day wins over a month on the same line: 2026年5月号（2026年5月15日発行） is dated by the day it was issued.
            var dates = _recognizer.Find(text).Where(m => m.Form == MentionForm.Absolute && m.Date != null).ToList();
            var first = dates.FirstOrDefault(m => m.Date!.Precision == DatePrecision.Day)
                ?? dates.FirstOrDefault(m => m.Date!.Precision == DatePrecision.Month);
            if (first == null)
            {
                return false;
            }

            date = first.Date!;
            index = first.Start;
            length = first.Length;
            return true;
        }

        /// <summary>
        /// The date a press release's first paragraph opens with (NEW YORK, April 2, 2026 /Newswire/ -- Example Co. today
        /// announced …). The line stays content; only its date is the article's.
        /// </summary>
        public bool TryParseReleaseLead(string norm, out PartialDate date)
        {
            date = null!;
            var place = ReleaseLeadScreen == null || ReleaseLeadScreen.MayMatch(norm) ? SafeRegex.Match(ReleaseLead, norm) : Match.Empty;
            if (!place.Success || !TryFindDate(norm, out var found, out var index, out var length) || index != place.Length
                || found.Precision != DatePrecision.Day || !SafeRegex.IsMatch(ReleaseLeadEnd, norm.Substring(index + length)))
            {
                return false;
            }

            date = found;
            return true;
        }

        /// <summary>True when the line is a dateline: a date, and around it nothing but a time, a weekday, a cue word or a short name.</summary>
        public bool TryParseDateline(string norm, out PartialDate date, out bool isUpdate)
        {
            isUpdate = false;
            if (norm.Length > 80 || norm.IndexOf('。') >= 0 || !TryFindDate(norm, out date, out var index, out var length))
            {
                date = null!;
                return false;
            }

            // A header line often strings several fields together (Issue 87 · Monday, January 5, 2026; a name, then
            // Posted on … · 7 min read, when Markdown joins the lines): the field that holds the date is the dateline.
            var from = index == 0 ? -1 : norm.LastIndexOfAny(FieldSeparators, index - 1);
            var to = norm.IndexOfAny(FieldSeparators, index + length);
            norm = norm.Substring(from + 1, (to < 0 ? norm.Length : to) - from - 1);
            index -= from + 1;

            var rest = norm.Remove(index, length);
            var hasPublished = SafeRegex.IsMatch(_publishedCue, rest);
            isUpdate = !hasPublished && SafeRegex.IsMatch(_updatedCue, rest);

            // 設立：2019年4月, 創業: 1998: a labelled field of a company profile or a fact box dates something else; only
            // a label that says publication or update makes it the document's date.
            var label = norm.Substring(0, index).TrimEnd();
            if (!hasPublished && !isUpdate && (label.EndsWith(":", StringComparison.Ordinal) || label.EndsWith("：", StringComparison.Ordinal)))
            {
                date = null!;
                return false;
            }
            rest = SafeRegex.Replace(_publishedCue, rest, " ");
            rest = SafeRegex.Replace(_updatedCue, rest, " ");
            rest = SafeRegex.Replace(Clock, rest, " ");
            rest = SafeRegex.Replace(Weekday, rest, " ");
            rest = new string(rest.Where(char.IsLetterOrDigit).ToArray());
            if (rest.Length > 30 || SafeRegex.IsMatch(Hiragana, rest))
            {
                return false;
            }

            var words = norm.Remove(index, length).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
            return words <= 5;
        }
    }
}
