using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Reads the date an article gives for itself: a line that is only a date, perhaps with a time, a weekday,
    /// a 公開/Published cue or the writer's name (2023年6月2日, 2023/06/02 10:00, Published May 20, 2023).
    /// </summary>
    internal sealed class DatelineParser
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        private static readonly Regex Japanese = new Regex(
            @"(?<!\d)(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?", Options, LineShape.RegexTimeout);

        private static readonly Regex Numeric = new Regex(
            @"(?<!\d)(?<y>(?:19|20)\d{2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<d>\d{1,2})(?!\d)", Options, LineShape.RegexTimeout);

        private static readonly Regex MonthDayYear = new Regex(
            @"\b(?<mon>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", Options, LineShape.RegexTimeout);

        private static readonly Regex DayMonthYear = new Regex(
            @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[a-z]{3,9})\.?,?\s+(?<y>(?:19|20)\d{2})\b", Options, LineShape.RegexTimeout);

        private static readonly Regex Clock = new Regex(
            @"(午前|午後)?\s*\d{1,2}\s*[:時]\s*\d{0,2}\s*分?(:\d{2})?\s*(am|pm|jst|utc|gmt|et|pt)?", Options, LineShape.RegexTimeout);

        private static readonly Regex Weekday = new Regex(
            @"[(（]\s*[月火水木金土日]\s*(曜日?)?\s*[)）]|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", Options, LineShape.RegexTimeout);

        private static readonly Regex[] DatePatterns = { Japanese, Numeric, MonthDayYear, DayMonthYear };

        private static readonly Regex Hiragana = new Regex(@"\p{IsHiragana}", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        private readonly ArticleMetadataCues _cues;
        private readonly Regex _publishedCue;
        private readonly Regex _updatedCue;

        public DatelineParser(ArticleMetadataCues cues)
        {
            _cues = cues;
            _publishedCue = new Regex(ArticleMetadataCues.Alternation(cues.PublishedCues), Options, LineShape.RegexTimeout);
            _updatedCue = new Regex(ArticleMetadataCues.Alternation(cues.UpdatedCues), Options, LineShape.RegexTimeout);
        }

        /// <summary>The first calendar date written in <paramref name="text"/> (day or month precision), and where it is.</summary>
        public bool TryFindDate(string text, out PartialDate date, out int index, out int length)
        {
            date = null!;
            index = length = 0;
            var best = (Match?)null;
            PartialDate? bestDate = null;
            foreach (var regex in DatePatterns)
            {
                var match = SafeRegex.Match(regex, text);
                while (match.Success)
                {
                    var parsed = ToDate(match);
                    if (parsed != null)
                    {
                        if (best == null || match.Index < best.Index)
                        {
                            best = match;
                            bestDate = parsed;
                        }

                        break;
                    }

                    match = match.NextMatch();
                }
            }

            if (best == null || bestDate == null)
            {
                return false;
            }

            date = bestDate;
            index = best.Index;
            length = best.Length;
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

        private PartialDate? ToDate(Match match)
        {
            var inv = CultureInfo.InvariantCulture;
            var year = int.Parse(match.Groups["y"].Value, inv);
            int month;
            if (match.Groups["mon"].Success)
            {
                if (!_cues.MonthNames.TryGetValue(match.Groups["mon"].Value.ToLowerInvariant(), out month))
                {
                    return null;
                }
            }
            else
            {
                month = int.Parse(match.Groups["m"].Value, inv);
            }

            if (month < 1 || month > 12)
            {
                return null;
            }

            if (!match.Groups["d"].Success)
            {
                return PartialDate.FromMonth(year, month);
            }

            var day = int.Parse(match.Groups["d"].Value, inv);
            return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PartialDate.FromDay(year, month, day) : null;
        }
    }
}
