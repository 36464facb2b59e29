using System;
using System.Linq;
using System.Text.RegularExpressions;
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

        private static readonly Regex Hiragana = new Regex(@"\p{IsHiragana}", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private readonly TemporalRecognizer _recognizer = TemporalRecognizer.Default;
        private readonly Regex _publishedCue;
        private readonly Regex _updatedCue;

        public DatelineParser(ArticleMetadataCues cues)
        {
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
            var first = _recognizer.Find(text).FirstOrDefault(m => m.Form == MentionForm.Absolute && m.Date != null
                && (m.Date.Precision == DatePrecision.Day || m.Date.Precision == DatePrecision.Month));
            if (first == null)
            {
                return false;
            }

            date = first.Date!;
            index = first.Start;
            length = first.Length;
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

            var rest = norm.Remove(index, length);
            var hasPublished = SafeRegex.IsMatch(_publishedCue, rest);
            isUpdate = !hasPublished && SafeRegex.IsMatch(_updatedCue, rest);
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
