using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using AiDocTools.Text;

namespace AiDocTools.Time
{
    /// <summary>
    /// Finds temporal expressions in Japanese and English text: written-out dates, parts of periods, relative and
    /// anaphoric expressions and durations. It only reads; <see cref="EventExtractor"/> resolves what it finds.
    /// The vocabulary comes from Data/date-words.json; this class holds the shapes the words combine into.
    /// </summary>
    internal sealed class TemporalRecognizer
    {
        // Every pattern runs on article text from anywhere, so none may run unbounded.
        private static readonly TimeSpan MatchTimeout = SafeRegex.MatchTimeout;

        private const string KanjiDigits = "〇一二三四五六七八九";
        private const string JaNumber = "[0-9]{1,4}|[〇一二三四五六七八九十百千]{1,5}";
        private const string JaMonth = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
        private const string JaDay = "3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";
        private const string JaMonthCounters = "か月|ヶ月|カ月|ヵ月|ケ月|箇月|ヶ月";
        private const string EnUnits = "days?|weeks?|months?|years?|decades?";

        // What every match of a shape holds: a unit of EnUnits, a decade's plural (1990s), a count's direction.
        private static readonly string[] EnUnitWords = { "day", "week", "month", "year", "decade" };
        private static readonly string[] DecadeEndings = { "0s", "0's", "0’s" };
        private static readonly string[] CountDirections = { "ago", "earlier", "later" };

        // One part of a compound count's lead (2年, 1か月).
        private static readonly Regex LeadCount = new Regex(@"(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?(?<unit>年|" + JaMonthCounters + ")", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

        // A part such as 春 or 末 is only a part when no other word grows out of it: 2023年秋葉原 is not autumn.
        private const string PartEnd = @"(?![\p{IsCJKUnifiedIdeographs}ァ-ヺ-[季期頃]]|て)";

        private readonly DateWords _words;

        // The date words' tables looked up by a word as matched (any case): FirstKeysIgnoringCase.
        private readonly Dictionary<string, string> _deicticKeys;
        private readonly Dictionary<string, string> _anaphoricKeys;
        private readonly Dictionary<string, string> _deicticDayKeys;
        private readonly Dictionary<string, string> _yearPartKeys;
        private readonly Dictionary<string, string> _decadePartKeys;
        private readonly HashSet<string> _vagueCounts;
        private readonly List<Rule> _rules = new List<Rule>();

        // The words some shapes require (an English month name, "ago"): every text is scanned once for all of them, and a
        // shape whose words a text lacks is not run on it. Japanese articles hold none, and the English shapes were half the scan.
        private readonly Dictionary<string, List<(int Rule, bool WholeOnly)>> _rulesOfWord = new Dictionary<string, List<(int Rule, bool WholeOnly)>>(StringComparer.Ordinal);
        private readonly CueSet _requiredWords;
        private readonly int _rulesWithWords;

        // Where a required word may start, either case, as the words are matched (CueSet.Holds).
        private readonly WordStartScreen _requiredStarts;

        // The anchors of every rule (Rule.Anchors: a pack rule's required words, the words a shape here requires),
        // found by one pass over the text.
        private readonly RuleAnchors _anchors;
        private readonly Regex _yearPartTail;
        private readonly Regex _monthPartTail;
        private readonly Regex _decadePartTail;
        private readonly Regex _thenTail;
        private readonly Regex _monthTail;
        private readonly string _jaVague;
        private readonly string _enNumbers;
        private readonly Dictionary<string, int> _englishMonths;

        public TemporalRecognizer(DateWords words, params RulePack[] calendarPacks)
        {
            _words = words;
            _deicticKeys = FirstKeysIgnoringCase(words.Deictic.Keys);
            _anaphoricKeys = FirstKeysIgnoringCase(words.Anaphoric.Keys);
            _deicticDayKeys = FirstKeysIgnoringCase(words.DeicticDay.Keys);
            _yearPartKeys = FirstKeysIgnoringCase(words.EnglishYearParts.Keys);
            _decadePartKeys = FirstKeysIgnoringCase(words.DecadeParts.Keys);
            _vagueCounts = new HashSet<string>(words.VagueCounts, StringComparer.OrdinalIgnoreCase);
            var jaYearParts = words.YearParts.Keys.Where(k => !IsAscii(k)).ToList();
            _yearPartTail = Make(@"\G\s?の?(?<part>" + Alt(jaYearParts.Concat(words.YearParts.Keys.Where(IsAscii))) + ")" + PartEnd);
            _monthPartTail = Make(@"\G\s?の?(?<part>" + Alt(words.MonthParts) + ")" + PartEnd);
            _decadePartTail = Make(@"\G\s?の?(?<part>" + Alt(words.DecadeParts.Keys.Where(k => !IsAscii(k))) + ")" + PartEnd);
            _thenTail = Make(@"\G\s?当時");
            _monthTail = Make(@"\G\s?の?(?<m>" + JaMonth + @")\s?月(?![額間曜])(?:\s?(?<d>" + JaDay + @")\s?日(?![間前後目]))?");
            _jaVague = Alt(words.VagueCounts.Where(v => !IsAscii(v)));
            var enVague = Alt(words.VagueCounts.Where(IsAscii));
            _enNumbers = Alt(words.EnglishNumbers.Keys) + "|" + enVague;
            var eras = Alt(words.Eras.Keys);
            // English month names have one home, the Month part of Data/en/dates.yaml; the shapes below read them too.
            var monthPart = calendarPacks.Where(p => p.Language == "en").Select(p => p.Parts.TryGetValue("Month", out var part) ? part.Values : null).FirstOrDefault(v => v != null);
            _englishMonths = monthPart == null
                ? new Dictionary<string, int>()
                : monthPart.GroupBy(m => m.Key.ToLowerInvariant()).ToDictionary(g => g.Key, g => int.Parse(g.First().Value, CultureInfo.InvariantCulture));
            var months = Alt(_englishMonths.Keys);
            var fullMonths = Alt(_englishMonths.Keys.Where(k => k.Length > 4 || k == "may" || k == "june" || k == "july"));
            var monthParts = Alt(words.EnglishMonthParts);
            var enYearParts = Alt(words.EnglishYearParts.Keys);
            var enDecadeParts = Alt(words.DecadeParts.Keys.Where(IsAscii));
            var enDeictic = Alt(words.Deictic.Keys.Where(IsAscii));
            var enAnaphoric = Alt(words.Anaphoric.Keys.Where(IsAscii));
            var enDays = Alt(words.DeicticDay.Keys.Where(IsAscii));
            var jaDurationLeads = Alt(words.DurationLeads.Where(k => !IsAscii(k)));
            var enDurationLeads = Alt(words.DurationLeads.Where(IsAscii));
            var jaForwardLeads = Alt(words.ForwardPeriodLeads.Where(k => !IsAscii(k)));
            var enForwardLeads = Alt(words.ForwardPeriodLeads.Where(IsAscii));
            const string enNumber = "[0-9]{1,4}";

            // Japanese: 2000年1月10日, 令和5年, 二〇二三年十月, 1999年後半, 2000年1月当時. 年 followed by 間/前/後 is a count, not a year.
            Add(@"(?<![0-9.," + KanjiDigits + "十])(?:(?<era>" + eras + @")\s?(?<ey>元|[0-9]{1,2}|[" + KanjiDigits + @"十]{1,3})|(?<y>[0-9]{4}|[" + KanjiDigits + @"]{4}))\s?年度?"
                + @"(?!代|間|生|目|ぶり|以上|前(?!半|後)|後(?!半))"
                + @"(?:\s?(?<m>" + JaMonth + @")\s?月(?![額間])(?:\s?の?\s?(?<d>" + JaDay + @")\s?日(?![間前後目]))?)?", ReadJapaneseDate, anchors: new[] { "年" });

            // 1990年代後半 → 1995/1999.
            Add(@"(?<![0-9.,])(?<dec>[0-9]{3}0)\s?年代", ReadJapaneseDecade, anchors: new[] { "年代" });

            // 今後4年間: the coming years from the article's date; the length alone would be P4Y. Every match opens with its lead,
            // which is rarer than the units, so the lead words are its anchors.
            Add("(?<lead>" + jaForwardLeads + @")\s?(?<n>" + JaNumber + "|" + _jaVague + @")\s?(?<unit>年|" + JaMonthCounters + @"|週|日)(?:\s?間)?", ReadForwardPeriod, anchors: words.ForwardPeriodLeads.Where(k => !IsAscii(k)));

            // 1か月と21日前, 2年1か月21日前: a count in several units, read as one date; the years and months come first.
            Add(@"(?<![0-9.,])(?<lead>(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?(?:年|" + JaMonthCounters + @")\s?[と、]?\s?){1,2})(?<n>" + JaNumber + @")\s?(?<unit>" + JaMonthCounters + @"|週間|週|日)\s?(?<dir>前|後)(?![半後])", ReadJapaneseCount, anchors: new[] { "前", "後" });

            // 4年前, 3日前, 数日前, 2年後; 3年ぶり is a length.
            Add(@"(?<![0-9.,])(?<n>" + JaNumber + "|" + _jaVague + @")\s?(?<unit>年|" + JaMonthCounters + @"|週間|週|日)\s?(?<dir>前|後|ぶり)(?![半後])", ReadJapaneseCount, anchors: new[] { "前", "後", "ぶり" });

            // 過去20年間, 12日間, 数週間, 数カ月: lengths. Month counters need no 間 (数カ月ではなく数週間). Every match holds 間 or a
            // month counter, far rarer than 年, 日 or 月 alone, so those are its anchors.
            Add("(?:(?<lead>" + jaDurationLeads + @")\s?)?(?<![0-9.,])(?<n>" + JaNumber + "|" + _jaVague + @")\s?(?:(?<unit>年|日|時間)\s?間|(?<unit>" + JaMonthCounters + @")(?:\s?間)?|(?<unit>週)\s?間)(?![前後])", ReadJapaneseDuration, anchors: JaMonthCounters.Split('|').Concat(new[] { "間" }));

            // 2月, 2 月, 3月末, 6月2日, 10月の2日 with no year.
            Add(@"(?<![0-9.,年" + KanjiDigits + @"十第])(?<m>" + JaMonth + @")\s?月(?![額間曜])(?:\s?の?\s?(?<d>" + JaDay + @")\s?日(?![間前後目]))?", ReadJapaneseBareMonth, anchors: new[] { "月" });

            // A shape that is a list of words anchors on them: the pass that finds every anchor finds them too, and each is tried
            // where it stands rather than by a scan of the whole text for any of them.
            var jaDeicticWords = words.Deictic.Keys.Where(k => !IsAscii(k)).ToList();
            var jaAnaphoricWords = words.Anaphoric.Keys.Where(k => !IsAscii(k)).ToList();
            var jaDayWords = words.DeicticDay.Keys.Where(k => !IsAscii(k)).ToList();
            Add("(?:" + Alt(jaDeicticWords) + ")(?![代比齢])", (m, s) => ReadShift(m, s, _words.Deictic, _deicticKeys, MentionForm.Deictic), anchors: jaDeicticWords);
            Add("(?:" + Alt(jaAnaphoricWords) + ")(?![代比齢曜])", (m, s) => ReadShift(m, s, _words.Anaphoric, _anaphoricKeys, MentionForm.Anaphoric), anchors: jaAnaphoricWords); // 次の日 is not 次の日曜日
            Add("(?:" + Alt(jaDayWords) + ")", ReadDeicticDay, anchors: jaDayWords);

            // English: May 20, 2023; 2 June 2023; June 2023; early February 2023.
            Add(@"\b(?<mon>" + months + @")\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})\b", ReadEnglishDate, ignoreCase: true, requiresWords: _englishMonths.Keys, wholeWords: true);
            Add(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + months + @")\.?,?\s+(?<y>[0-9]{4})\b", ReadEnglishDate, ignoreCase: true, requiresWords: _englishMonths.Keys, wholeWords: true);
            Add(@"\b(?:(?<part>" + monthParts + @")[\s-]+)?(?<mon>" + months + @")\.?,?\s+(?:of\s+)?(?<y>[0-9]{4})\b", ReadEnglishDate, ignoreCase: true, requiresWords: _englishMonths.Keys, wholeWords: true);

            // February 3, in February, late March: no year.
            Add(@"\b(?<mon>" + months + @")\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?![0-9]|:[0-9])", ReadEnglishBareMonth, ignoreCase: true, requiresWords: _englishMonths.Keys, wholeWords: true);
            Add(@"\b(?:(?<part>" + monthParts + @")[\s-]+)?(?<mon>" + fullMonths + @")\b", ReadEnglishBareMonth, ignoreCase: true, requiresWords: _englishMonths.Keys, wholeWords: true);

            // A bare English year needs a preposition: "in 2018", not "2018 parameters".
            Add(@"(?<=\b(?:in|since|by|during|until|till|from|through|before|after|around|circa|of|to|and|year)\s+)(?<y>(?:1[5-9]|20)[0-9]{2})\b(?!['’]s\b|[-–/][0-9]|\.[0-9]|,[0-9]{3}|\s*(?:%|percent))", ReadEnglishYear, ignoreCase: true);

            // early 2023, the second half of 2024, Q3 2024, 2024 Q3, spring 2024, the late 1990s.
            Add(@"\b(?<part>" + enYearParts + @")(?:\s+of)?[\s-]+(?<y>(?:1[5-9]|20)[0-9]{2})\b(?!['’]?s\b)", ReadEnglishYearPart, ignoreCase: true, requiresWords: words.EnglishYearParts.Keys, wholeWords: true);
            Add(@"\b(?<y>(?:1[5-9]|20)[0-9]{2})\s+(?<part>Q[1-4]|H[12])\b", ReadEnglishYearPart);
            Add(@"\b(?:the\s+)?(?:(?<part>" + enDecadeParts + @")[\s-]+)?(?<dec>(?:1[5-9]|20)[0-9]0)['’]?s\b", ReadEnglishDecade, ignoreCase: true, requiresWords: DecadeEndings);

            Add(@"\b(?:" + enDeictic + @")\b", (m, s) => ReadShift(m, s, _words.Deictic, _deicticKeys, MentionForm.Deictic), ignoreCase: true, requiresWords: words.Deictic.Keys.Where(IsAscii), wholeWords: true);
            Add(@"\b(?:" + enAnaphoric + @")\b(?!\s+of\b)", (m, s) => ReadShift(m, s, _words.Anaphoric, _anaphoricKeys, MentionForm.Anaphoric), ignoreCase: true, requiresWords: words.Anaphoric.Keys.Where(IsAscii), wholeWords: true);
            Add(@"\b(?:" + enDays + @")\b", ReadDeicticDay, ignoreCase: true, requiresWords: words.DeicticDay.Keys.Where(IsAscii), wholeWords: true);

            // three years ago, a few days ago, two years later.
            Add(@"\b(?<n>" + enNumber + "|" + _enNumbers + @")[\s-]+(?<unit>" + EnUnits + @")\s+(?<dir>ago|earlier|later)\b", ReadEnglishCount, ignoreCase: true, requiresWords: CountDirections, wholeWords: true);
            Add(@"\b(?<lead>" + enForwardLeads + @")\s+(?<n>" + enNumber + "|" + _enNumbers + @")\s+(?<unit>" + EnUnits + @")\b", ReadForwardPeriod, ignoreCase: true, requiresWords: words.ForwardPeriodLeads.Where(IsAscii), wholeWords: true);
            Add(@"\b(?:(?<lead>" + enDurationLeads + @")\s+)?(?<n>" + enNumber + "|" + _enNumbers + @")[\s-]+(?<unit>" + EnUnits + @")\b(?!-old|\s+old\b)", ReadEnglishDuration, ignoreCase: true, requiresWords: EnUnitWords);

            var requiredWords = _rulesOfWord.Keys.ToList();
            _rulesWithWords = _rulesOfWord.Values.SelectMany(v => v).Select(v => v.Rule).Distinct().Count();
            _requiredWords = new CueSet(requiredWords, ignoreLatinCase: true);
            _requiredStarts = new WordStartScreen(requiredWords);

            // The constructions a linguist keeps as data: weekdays, ranges, ordinal weekdays, holidays (Data/<language>/dates.yaml).
            foreach (var pack in calendarPacks)
            {
                for (var i = 0; i < pack.Rules.Count; i++)
                {
                    _rules.Add(new Rule(pack.Rules[i].Regex, (m, scan) => ReadCalendar(m, pack), pack, pack.Rules[i]));
                }
            }

            _anchors = new RuleAnchors(_rules.Select(r => r.Anchors).ToList(), _rules.Select(r => r.Reach).ToList());
        }

        /// <summary>The date grammar of a set of packs: the shipped date words and the packs' ja/dates and en/dates.</summary>
        public static TemporalRecognizer From(LanguagePacks packs) =>
            new TemporalRecognizer(DateWords.Load(), packs.Get("ja", "dates"), packs.Get("en", "dates"));

        /// <summary>
        /// A match of a dates.yaml rule as calendar parts; a range when it captured an end (<c>y2</c>, <c>m2</c>, <c>mon2</c>,
        /// <c>d2</c>). Written-out dates become absolute at once; the rest wait for their anchor in <see cref="EventExtractor"/>.
        /// </summary>
        private TemporalMention? ReadCalendar(Match m, RulePack pack)
        {
            var start = ReadCalendarDate(m, pack, string.Empty);
            if (start == null)
            {
                return null;
            }

            CalendarDate? end = null;
            if (m.Groups["y2"].Success || m.Groups["m2"].Success || m.Groups["mon2"].Success || m.Groups["d2"].Success || m.Groups["wd2"].Success)
            {
                end = ReadCalendarDate(m, pack, "2");
                if (end == null)
                {
                    return null;
                }

                // from May 8 to May 15, 2016: the year written at the end is the start's too.
                if (start.Year == 0 && start.ShiftUnit == null && end.Year > 0)
                {
                    start.Year = end.Year;
                }

                var yearFromStart = end.Year == 0;
                end.Inherit(start);
                if (yearFromStart && end.Year > 0 && end.Month > 0 && end.Month < start.Month)
                {
                    end.Year++; // 2016年12月28日から1月4日まで runs into the next year
                }
            }

            if (start.IsAbsolute && (end == null || end.IsAbsolute))
            {
                var first = start.Resolve(null, fromArticleDate: false);
                var last = end?.Resolve(null, fromArticleDate: false);
                if (first == null || (end != null && (last == null || last.End < first.Start)))
                {
                    return null;
                }

                return Absolute(m.Index, m.Length, last == null ? first : PartialDate.FromInterval(first, last));
            }

            return new TemporalMention { Start = m.Index, Length = m.Length, Form = MentionForm.Calendar, Calendar = start, CalendarEnd = end };
        }

        private CalendarDate? ReadCalendarDate(Match m, RulePack pack, string suffix)
        {
            var date = new CalendarDate();
            var any = false;
            var year = m.Groups["y" + suffix];
            if (year.Success)
            {
                date.Year = ParseNumber(year.Value);
                any = true;
            }

            var month = m.Groups["m" + suffix];
            var monthName = m.Groups["mon" + suffix];
            if (month.Success || monthName.Success)
            {
                date.Month = month.Success ? ParseNumber(month.Value) : NumberOf(pack.Value("Month", monthName.Value));
                any = true;
            }

            var day = m.Groups["d" + suffix];
            if (day.Success)
            {
                date.Day = ParseNumber(day.Value);
                any = true;
            }

            var weekday = m.Groups["wd" + suffix];
            if (weekday.Success)
            {
                date.Weekday = NumberOf(pack.Value("Weekday", weekday.Value) ?? pack.Value("WeekdayLetter", weekday.Value));
                if (date.Weekday < 1 || date.Weekday > 7)
                {
                    return null;
                }

                any = true;
            }

            if (suffix.Length == 0)
            {
                var ordinal = m.Groups["ord"];
                if (ordinal.Success)
                {
                    date.Ordinal = pack.Value("Ordinal", ordinal.Value) is string named ? NumberOf(named) : ParseNumber(ordinal.Value);
                    if (date.Ordinal == 0 || date.Ordinal < -1 || date.Ordinal > 5)
                    {
                        return null;
                    }
                }

                // 第3週, 最後の週: the nth week of the month (or the year) the rule names.
                var week = m.Groups["wk"];
                if (week.Success)
                {
                    date.Week = pack.Value("Ordinal", week.Value) is string named ? NumberOf(named) : ParseNumber(week.Value);
                    if (date.Week == 0 || date.Week < -1 || date.Week > 5)
                    {
                        return null;
                    }

                    any = true;
                }

                var holiday = m.Groups["holiday"];
                if (holiday.Success && !ReadHoliday(pack.Value("Holiday", holiday.Value), date))
                {
                    return null;
                }

                any |= holiday.Success;
            }

            var shift = m.Groups[suffix.Length == 0 ? "shift" : "shift2"];
            if (shift.Success)
            {
                // 先週, 今月 and 昨年 mean what they mean alone (date-words.json); a pack's Shift part says what "last" or
                // "next" shifts when it stands before a weekday.
                var word = SingleSpaced(shift.Value);
                var key = KeyOf(_deicticKeys, word);
                var parts = pack.Value("Shift", word)?.Split(' ');
                if (parts != null && parts.Length == 2)
                {
                    date.ShiftUnit = parts[0];
                    date.ShiftOffset = NumberOf(parts[1]);
                }
                else if (key != null && _words.Deictic[key].Unit != "day" && _words.Deictic[key].Unit != "weekend")
                {
                    date.ShiftUnit = _words.Deictic[key].Unit;
                    date.ShiftOffset = _words.Deictic[key].Offset;
                }
                else
                {
                    return null;
                }

                any = true;
            }

            if (!any || (date.Month != 0 && (date.Month < 1 || date.Month > 12)) || date.Day < 0 || date.Day > 31)
            {
                return null;
            }

            return date;
        }

        /// <summary>
        /// A holiday's value in the pack: a fixed day (12-25), the nth weekday of a month (11-#4-4, -1 for the last), or
        /// easter, whose day the year decides.
        /// </summary>
        private static bool ReadHoliday(string? value, CalendarDate date)
        {
            if (value == "easter")
            {
                date.Easter = true;
                return true;
            }

            var parts = value?.Split('-');
            if (parts == null || parts.Length < 2)
            {
                return false;
            }

            date.Month = NumberOf(parts[0]);
            if (parts[1].StartsWith("#", StringComparison.Ordinal) && parts.Length == 3)
            {
                date.Ordinal = NumberOf(parts[1].Substring(1));
                date.Weekday = NumberOf(parts[2]);
            }
            else if (parts[1] == "#" && parts.Length == 4)
            {
                date.Ordinal = -NumberOf(parts[2]);
                date.Weekday = NumberOf(parts[3]);
            }
            else
            {
                date.Day = NumberOf(parts[1]);
            }

            return date.Month >= 1 && date.Month <= 12;
        }

        private static int NumberOf(string? value) =>
            int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;

        /// <summary>
        /// Whether a rule with anchors is searched only within reach of them (<see cref="RuleAnchors.Windows"/>); when false, every rule
        /// whose anchors the text holds scans the whole text, as the test that the windows change nothing compares.
        /// </summary>
        internal bool SearchWindows { get; set; } = true;

        /// <summary>The temporal expressions of <paramref name="text"/> in text order, none overlapping.</summary>
        public IReadOnlyList<TemporalMention> Find(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return new TemporalMention[0];
            }

            // Full-width digits and letters (２０２３年, Ｑ３) read as ASCII, one for one, so a match's offsets are the text's.
            var scan = FoldedText.Fold(text, Folding.Width);
            var found = new List<TemporalMention>();

            var windows = _anchors.Windows(scan);
            if (!SearchWindows)
            {
                for (var r = 0; r < windows.Length; r++)
                {
                    windows[r] = windows[r] == null ? null : RuleAnchors.Everywhere;
                }
            }

            var withWords = RulesWithWordsIn(scan);
            for (var r = 0; r < _rules.Count; r++)
            {
                var rule = _rules[r];
                if ((rule.Anchors.Count > 0 && windows[r] == null) || (rule.RequiresWords && !withWords[r]))
                {
                    continue;
                }

                try
                {
                    var search = new WindowSearch(rule.Pattern, rule.Anchored, rule.Reach, scan, windows[r]);
                    for (var m = search.From(0); m.Success; m = search.After(m))
                    {
                        var mention = rule.Read(m, scan);
                        if (mention != null && mention.Length > 0 && mention.End <= text.Length)
                        {
                            mention.Priority = r;
                            found.Add(mention);
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // Hostile or degenerate text: this rule gives up on it, the others still run.
                }
            }

            return Choose(found, text.Length);
        }

        // Longest first, so 2000年1月10日 wins over 2000年 and その後1年間 over 1年間; then rule order.
        // The characters already chosen are marked, so a mention is checked against its own characters, not against every
        // mention chosen before it: a text dense with dates (a table, a hostile page) holds tens of thousands. The marks are
        // bits, and the order one sort of the list: no two mentions share length, rule and start, so the order is the one
        // the stable sort by those three keys gave, without its copies and keys.
        private static IReadOnlyList<TemporalMention> Choose(List<TemporalMention> found, int textLength)
        {
            found.Sort(LongestFirst);
            var chosen = new List<TemporalMention>();
            var taken = new ulong[(textLength + 63) / 64];
            foreach (var mention in found)
            {
                var free = true;
                for (var i = mention.Start; i < mention.End && free; i++)
                {
                    free = (taken[i >> 6] & (1UL << (i & 63))) == 0;
                }

                if (free)
                {
                    chosen.Add(mention);
                    for (var i = mention.Start; i < mention.End; i++)
                    {
                        taken[i >> 6] |= 1UL << (i & 63);
                    }
                }
            }

            chosen.Sort(ByStart);
            return chosen;
        }

        private static readonly Comparison<TemporalMention> LongestFirst = (a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority)
            : a.Start.CompareTo(b.Start);

        private static readonly Comparison<TemporalMention> ByStart = (a, b) => a.Start.CompareTo(b.Start);

        private TemporalMention? ReadJapaneseDate(Match m, string scan)
        {
            int year;
            if (m.Groups["era"].Success)
            {
                var n = m.Groups["ey"].Value == "元" ? 1 : ParseNumber(m.Groups["ey"].Value);
                if (n < 1 || !_words.Eras.TryGetValue(m.Groups["era"].Value, out var first))
                {
                    return null;
                }

                year = first + n - 1;
            }
            else
            {
                year = ParseNumber(m.Groups["y"].Value);
            }

            var end = m.Index + m.Length;
            if (m.Groups["d"].Success)
            {
                var day = Dates.Day(year, ParseNumber(m.Groups["m"].Value), ParseNumber(m.Groups["d"].Value));
                return day == null ? null : Absolute(m.Index, AbsorbThen(scan, end) - m.Index, day);
            }

            if (m.Groups["m"].Success)
            {
                var month = Dates.Month(year, ParseNumber(m.Groups["m"].Value));
                if (month == null)
                {
                    return null;
                }

                var monthPart = _monthPartTail.Match(scan, end);
                return monthPart.Success
                    ? Fuzzy(m.Index, monthPart.Index + monthPart.Length - m.Index, month)
                    : Absolute(m.Index, AbsorbThen(scan, end) - m.Index, month);
            }

            var yearDate = Dates.Year(year);
            if (yearDate == null)
            {
                return null;
            }

            var yearPart = _yearPartTail.Match(scan, end);
            if (yearPart.Success)
            {
                var part = Dates.ApplyYearPart(year, _words.YearParts[yearPart.Groups["part"].Value]);
                return part == null ? null : Fuzzy(m.Index, yearPart.Index + yearPart.Length - m.Index, part);
            }

            return Absolute(m.Index, AbsorbThen(scan, end) - m.Index, yearDate);
        }

        // 2000年1月当時 is one expression: "as of January 2000", not a reference back.
        private int AbsorbThen(string scan, int end)
        {
            var then = _thenTail.Match(scan, end);
            return then.Success ? then.Index + then.Length : end;
        }

        private TemporalMention? ReadJapaneseDecade(Match m, string scan)
        {
            var decade = ParseNumber(m.Groups["dec"].Value);
            var part = _decadePartTail.Match(scan, m.Index + m.Length);
            if (part.Success)
            {
                var range = _words.DecadeParts[part.Groups["part"].Value];
                var date = Dates.YearRange(decade + range[0], decade + range[1]);
                return date == null ? null : Fuzzy(m.Index, part.Index + part.Length - m.Index, date);
            }

            var whole = Dates.YearRange(decade, decade + 9);
            return whole == null ? null : Absolute(m.Index, m.Length, whole);
        }

        private TemporalMention? ReadForwardPeriod(Match m, string scan)
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            var count = CountOf(m.Groups["n"].Value, out var vague);
            if (unit == null || count == 0 || unit == "hour")
            {
                return null;
            }

            var (iso, years) = IsoLength(unit, count, vague);
            return new TemporalMention
            {
                Start = m.Index,
                Length = m.Length,
                Form = MentionForm.ForwardPeriod,
                Unit = unit == "decade" ? "year" : unit,
                Offset = years,
                VagueCount = vague,
                Duration = iso,
            };
        }

        private TemporalMention? ReadJapaneseCount(Match m, string scan)
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            var count = CountOf(m.Groups["n"].Value, out var vague);
            if (unit == null || count == 0)
            {
                return null;
            }

            var direction = m.Groups["dir"].Value;
            if (direction == "ぶり")
            {
                return Duration(m.Index, m.Length, IsoLength(unit, count, vague).Iso);
            }

            var counted = Counted(m, unit, count, vague, forward: direction == "後", fromAntecedent: direction == "後");
            var sign = direction == "後" ? 1 : -1;
            foreach (Match lead in LeadCount.Matches(m.Groups["lead"].Value))
            {
                var n = ParseNumber(lead.Groups["n"].Value);
                if (lead.Groups["unit"].Value == "年")
                {
                    counted.LeadYears += sign * n;
                }
                else
                {
                    counted.LeadMonths += sign * n;
                }
            }

            return counted;
        }

        private TemporalMention? ReadJapaneseDuration(Match m, string scan)
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            var count = CountOf(m.Groups["n"].Value, out var vague);
            return unit == null || count == 0 ? null : Duration(m.Index, m.Length, IsoLength(unit, count, vague).Iso);
        }

        private TemporalMention? ReadJapaneseBareMonth(Match m, string scan)
        {
            var month = ParseNumber(m.Groups["m"].Value);
            var day = m.Groups["d"].Success ? ParseNumber(m.Groups["d"].Value) : 0;
            if (month < 1 || month > 12 || day < 0 || day > 31)
            {
                return null;
            }

            var length = m.Length;
            string? part = null;
            if (day == 0)
            {
                var tail = _monthPartTail.Match(scan, m.Index + m.Length);
                if (tail.Success)
                {
                    part = tail.Groups["part"].Value;
                    length = tail.Index + tail.Length - m.Index;
                }
            }

            return new TemporalMention { Start = m.Index, Length = length, Form = MentionForm.BareMonth, Month = month, Day = day, Part = part };
        }

        private TemporalMention? ReadShift(Match m, string scan, Dictionary<string, UnitShift> words, Dictionary<string, string> keys, MentionForm form)
        {
            var key = KeyOf(keys, SingleSpaced(m.Value));
            if (key == null)
            {
                return null;
            }

            var shift = words[key];
            var mention = new TemporalMention { Start = m.Index, Length = m.Length, Form = form, Unit = shift.Unit, Offset = shift.Offset };
            if (shift.Unit == "year" && !IsAscii(key))
            {
                // 昨年12月, 翌年3月1日: the month is counted in the shifted year.
                var month = _monthTail.Match(scan, m.Index + m.Length);
                if (month.Success)
                {
                    mention.Month = ParseNumber(month.Groups["m"].Value);
                    mention.Day = month.Groups["d"].Success ? ParseNumber(month.Groups["d"].Value) : 0;
                    mention.Length = month.Index + month.Length - m.Index;
                    var monthPart = _monthPartTail.Match(scan, month.Index + month.Length);
                    if (monthPart.Success)
                    {
                        mention.Length = monthPart.Index + monthPart.Length - m.Index;
                    }

                    return mention;
                }

                // 昨年末, その年の終わり, 今年後半: the part belongs to the expression.
                var tail = _yearPartTail.Match(scan, m.Index + m.Length);
                if (tail.Success)
                {
                    mention.Part = _words.YearParts[tail.Groups["part"].Value];
                    mention.Length = tail.Index + tail.Length - m.Index;
                }
            }
            else if (shift.Unit == "month" && !IsAscii(key))
            {
                var tail = _monthPartTail.Match(scan, m.Index + m.Length);
                if (tail.Success)
                {
                    mention.Length = tail.Index + tail.Length - m.Index;
                }
            }

            return mention;
        }

        // 今日 and today are dates only when they are not "nowadays" or "tomorrow's" (明日のコンピューティング).
        private TemporalMention? ReadDeicticDay(Match m, string scan)
        {
            var end = m.Index + m.Length;
            foreach (var after in _words.FigurativeAfterDay)
            {
                if (string.CompareOrdinal(scan, end, after, 0, after.Length) == 0)
                {
                    return null;
                }
            }

            var key = KeyOf(_deicticDayKeys, m.Value);
            return key == null ? null : new TemporalMention { Start = m.Index, Length = m.Length, Form = MentionForm.Deictic, Unit = "day", Offset = _words.DeicticDay[key] };
        }

        private TemporalMention? ReadEnglishDate(Match m, string scan)
        {
            var month = EnglishMonth(m);
            if (month == 0)
            {
                return null;
            }

            var year = ParseNumber(m.Groups["y"].Value);
            if (m.Groups["d"].Success)
            {
                var day = Dates.Day(year, month, ParseNumber(m.Groups["d"].Value));
                return day == null ? null : Absolute(m.Index, m.Length, day);
            }

            var date = Dates.Month(year, month);
            if (date == null)
            {
                return null;
            }

            return m.Groups["part"].Success ? Fuzzy(m.Index, m.Length, date) : Absolute(m.Index, m.Length, date);
        }

        private TemporalMention? ReadEnglishBareMonth(Match m, string scan)
        {
            var month = EnglishMonth(m);
            var mon = m.Groups["mon"];
            if (month == 0)
            {
                return null;
            }

            var day = m.Groups["d"].Success ? ParseNumber(m.Groups["d"].Value) : 0;
            if (day == 0 && !m.Groups["part"].Success && (month == 5 || month == 3) && !PrepositionBefore(scan, mon.Index))
            {
                // "May" and "March" are also a verb: alone they are months only after in/since/by….
                return null;
            }

            if (day > 31 || (day == 0 && mon.Length <= 4 && month != 5 && month != 6 && month != 7))
            {
                return null;
            }

            return new TemporalMention { Start = m.Index, Length = m.Length, Form = MentionForm.BareMonth, Month = month, Day = day, Part = m.Groups["part"].Success ? m.Groups["part"].Value : null };
        }

        private static readonly string[] MonthPrepositions = { "in", "since", "by", "during", "until", "till", "from", "through", "before", "after", "of", "last", "next", "this", "early", "mid", "late", "each", "every" };

        private static bool PrepositionBefore(string scan, int index)
        {
            var end = index;
            while (end > 0 && (scan[end - 1] == ' ' || scan[end - 1] == '-'))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(scan[start - 1]))
            {
                start--;
            }

            var word = scan.Substring(start, end - start);
            return MonthPrepositions.Any(p => string.Equals(p, word, StringComparison.OrdinalIgnoreCase));
        }

        private static TemporalMention? ReadEnglishYear(Match m, string scan)
        {
            var date = Dates.Year(ParseNumber(m.Groups["y"].Value));
            return date == null ? null : Absolute(m.Index, m.Length, date);
        }

        private TemporalMention? ReadEnglishYearPart(Match m, string scan)
        {
            var key = KeyOf(_yearPartKeys, SingleSpaced(m.Groups["part"].Value));
            if (key == null)
            {
                return null;
            }

            var date = Dates.ApplyYearPart(ParseNumber(m.Groups["y"].Value), _words.EnglishYearParts[key]);
            return date == null ? null : Fuzzy(m.Index, m.Length, date);
        }

        private TemporalMention? ReadEnglishDecade(Match m, string scan)
        {
            var decade = ParseNumber(m.Groups["dec"].Value);
            if (m.Groups["part"].Success)
            {
                var key = KeyOf(_decadePartKeys, m.Groups["part"].Value);
                if (key == null)
                {
                    return null;
                }

                var range = _words.DecadeParts[key];
                var part = Dates.YearRange(decade + range[0], decade + range[1]);
                return part == null ? null : Fuzzy(m.Index, m.Length, part);
            }

            var whole = Dates.YearRange(decade, decade + 9);
            return whole == null ? null : Absolute(m.Index, m.Length, whole);
        }

        private TemporalMention? ReadEnglishCount(Match m, string scan)
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            var count = CountOf(m.Groups["n"].Value, out var vague);
            if (unit == null || count == 0)
            {
                return null;
            }

            var direction = m.Groups["dir"].Value.ToLowerInvariant();
            var forward = direction == "later";
            return Counted(m, unit, count, vague, forward, fromAntecedent: direction != "ago");
        }

        private TemporalMention? ReadEnglishDuration(Match m, string scan)
        {
            var unit = UnitOf(m.Groups["unit"].Value);
            var count = CountOf(m.Groups["n"].Value, out var vague);
            var number = m.Groups["n"].Value.ToLowerInvariant();

            // "once a year" and "one of" are not lengths: a bare "a"/"an" counts only after for/over/in the past.
            if (unit == null || count == 0 || (!m.Groups["lead"].Success && (number == "a" || number == "an" || number == "some" || number == "few")))
            {
                return null;
            }

            return Duration(m.Index, m.Length, IsoLength(unit, count, vague).Iso);
        }

        private static TemporalMention Counted(Match m, string unit, int count, bool vague, bool forward, bool fromAntecedent)
        {
            if (unit == "decade")
            {
                unit = "year";
                count *= 10;
            }

            return new TemporalMention
            {
                Start = m.Index,
                Length = m.Length,
                Form = MentionForm.Counted,
                Unit = unit,
                Offset = forward ? count : -count,
                VagueCount = vague,
                CountsFromAntecedent = fromAntecedent,
            };
        }

        private int EnglishMonth(Match m)
        {
            var mon = m.Groups["mon"];
            if (!mon.Success || !char.IsUpper(mon.Value[0]))
            {
                return 0; // month names are capitalised; "may" and "march" in lower case are verbs
            }

            return _englishMonths.TryGetValue(mon.Value.ToLowerInvariant(), out var month) ? month : 0;
        }

        private string? UnitOf(string counter)
        {
            var key = counter.Trim();
            if (key.EndsWith("間", StringComparison.Ordinal) && key.Length > 1)
            {
                key = key.Substring(0, key.Length - 1);
            }

            return _words.Units.TryGetValue(key, out var unit) ? unit
                : _words.Units.TryGetValue(key.ToLowerInvariant(), out unit) ? unit
                : null;
        }

        private int CountOf(string text, out bool vague)
        {
            var normalised = SingleSpaced(text.Trim()).ToLowerInvariant();
            vague = _vagueCounts.Contains(normalised);
            if (vague)
            {
                return 1;
            }

            return _words.EnglishNumbers.TryGetValue(normalised, out var n) ? n : ParseNumber(text);
        }

        private static (string Iso, int Count) IsoLength(string unit, int count, bool vague)
        {
            if (unit == "decade")
            {
                unit = "year";
                count *= 10;
            }

            var amount = vague ? "X" : count.ToString(CultureInfo.InvariantCulture);
            switch (unit)
            {
                case "year":
                    return ("P" + amount + "Y", count);
                case "month":
                    return ("P" + amount + "M", count);
                case "week":
                    return ("P" + amount + "W", count);
                case "hour":
                    return ("PT" + amount + "H", count);
                default:
                    return ("P" + amount + "D", count);
            }
        }

        /// <summary>Arabic digits, positional kanji (二〇二三) or kanji with 十百千 (二十三); -1 when it is none of them.</summary>
        private static bool AllCharsAre(string text, Func<char, bool> test)
        {
            foreach (var c in text)
            {
                if (!test(c))
                {
                    return false;
                }
            }

            return true;
        }

        internal static int ParseNumber(string text)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return -1;
            }

            // Loops, not All over the string, which boxed an enumerator for every number of every date.
            if (AllCharsAre(text, c => c >= '0' && c <= '9'))
            {
                return text.Length <= 9 ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : -1;
            }

            if (AllCharsAre(text, c => KanjiDigits.IndexOf(c) >= 0))
            {
                var positional = 0;
                foreach (var c in text.Take(9))
                {
                    positional = (positional * 10) + KanjiDigits.IndexOf(c);
                }

                return positional;
            }

            var total = 0;
            var current = 0;
            foreach (var c in text)
            {
                var digit = KanjiDigits.IndexOf(c);
                if (digit >= 0)
                {
                    current = (current * 10) + digit;
                    if (current > 100000)
                    {
                        return -1;
                    }
                }
                else
                {
                    var scale = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
                    if (scale == 0)
                    {
                        return -1;
                    }

                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
            }

            return total + current;
        }

        private static TemporalMention Absolute(int start, int length, PartialDate date) =>
            new TemporalMention { Start = start, Length = length, Form = MentionForm.Absolute, Date = date };

        private static TemporalMention Fuzzy(int start, int length, PartialDate date) =>
            new TemporalMention { Start = start, Length = length, Form = MentionForm.Fuzzy, Date = date };

        private static TemporalMention Duration(int start, int length, string iso) =>
            new TemporalMention { Start = start, Length = length, Form = MentionForm.Duration, Duration = iso };

        // wholeWords: the pattern reads its required words only as whole words (\b May \b, a phrase's words between
        // spaces), so an occurrence inside a longer word (market, maybe) lets the shape be skipped.
        // anchors: words one of which every match holds as written (年 for 2000年, 前 or 後 for 3年前), found with every pack
        // rule's required words by one pass (RuleAnchors): a text without them skips the shape, and one with them tries it only
        // within reach of them. The rarer the words, the fewer and narrower the stretches searched. A word with a space,
        // which the pattern reads as any white space, stands by its longest piece; one that has none leaves the shape unanchored.
        private void Add(string pattern, Func<Match, string, TemporalMention?> read, bool ignoreCase = false, IEnumerable<string>? anchors = null, IEnumerable<string>? requiresWords = null, bool wholeWords = false)
        {
            if (requiresWords != null)
            {
                foreach (var (word, isToken) in requiresWords.Select(LiteralPiece).Where(w => w.Piece.Length > 0).Distinct())
                {
                    if (!_rulesOfWord.TryGetValue(word, out var rules))
                    {
                        _rulesOfWord[word] = rules = new List<(int, bool)>();
                    }

                    rules.Add((_rules.Count, wholeWords && isToken));
                }
            }

            var pieces = anchors?.Select(a => a.Split(' ').OrderByDescending(p => p.Length).First()).Distinct().ToArray() ?? new string[0];
            _rules.Add(new Rule(Make(pattern, ignoreCase), read, anchors: pieces.Contains(string.Empty) ? new string[0] : pieces, requiresWords: requiresWords != null));
        }

        /// <summary>
        /// The longest run of a required word that every spelling the ignore-case pattern matches writes as it stands, up to
        /// Latin case: a word's pieces, as the pattern reads any white space between them, and without k, which the
        /// pattern also matches as the Kelvin sign (U+212A).
        /// </summary>
        private static (string Piece, bool IsToken) LiteralPiece(string word)
        {
            var piece = word.Split(new[] { ' ', 'k', 'K' }, StringSplitOptions.RemoveEmptyEntries).OrderByDescending(p => p.Length).FirstOrDefault() ?? string.Empty;
            return (piece, word.Split(' ').Contains(piece));
        }

        /// <summary>
        /// Which rules that require words <paramref name="scan"/> may match: one pass over it for all their words, which
        /// asks each character whether it starts one (a bit of a table) before it looks further.
        /// </summary>
        /// <remarks>
        /// Not a vectorised search from one possible first letter to the next: the starts are some twenty Latin letters in
        /// either case and the 0 of "1990s", which even a Japanese article writes every few dozen characters (names, years),
        /// and each search starts by building its table of the letters again; a pass of table lookups costs less than half.
        /// The pass stops once every such rule is found, as an English article's words soon find them all.
        /// </remarks>
        private bool[] RulesWithWordsIn(string scan)
        {
            var found = new bool[_rules.Count];
            var remaining = _rulesWithWords;
            // Most Latin letters of an article start no required word: their first two letters already say so, and the
            // screen walks from one place it lets by to the next, as the packs' required-word pass and rule anchors do.
            for (var i = _requiredStarts.NextFrom(scan, 0); i < scan.Length; i = _requiredStarts.NextFrom(scan, i + 1))
            {
                foreach (var word in _requiredWords.StartingWith(scan[i]))
                {
                    if (!_requiredWords.Holds(scan, i, word))
                    {
                        continue;
                    }

                    // Letters and digits are word characters to \b, so a word with one against it is no whole word there.
                    var end = i + word.Length;
                    var whole = (i == 0 || !char.IsLetterOrDigit(scan[i - 1]))
                        && (!char.IsLetterOrDigit(word[word.Length - 1]) || end == scan.Length || !char.IsLetterOrDigit(scan[end]));
                    foreach (var (rule, wholeOnly) in _rulesOfWord[word])
                    {
                        if (!found[rule] && (whole || !wholeOnly))
                        {
                            found[rule] = true;
                            if (--remaining == 0)
                            {
                                return found;
                            }
                        }
                    }
                }
            }

            return found;
        }

        // Compiled: every rule scans the whole body of every article, and the recognizer is built once (Default). Without a
        // time limit when the pattern's reach is bounded, as the packs' rules are compiled (PatternReach.TimeLimit); the
        // patterns that may read without bound (\s+ in the English shapes) keep the limit every pattern run on text from
        // anywhere has.
        private static Regex Make(string pattern, bool ignoreCase = false)
        {
            var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            return new Regex(pattern, options, PatternReach.TimeLimit(pattern, options, MatchTimeout));
        }

        /// <summary>An alternation of literal words, longest first; a space in a word matches any run of white space.</summary>
        private static string Alt(IEnumerable<string> words)
        {
            var list = words.Where(w => !string.IsNullOrEmpty(w)).Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")).ToList();
            return list.Count == 0 ? "(?!)" : string.Join("|", list);
        }

        private static bool IsAscii(string word) => word.All(c => c < 128);

        /// <summary>Each run of white space as one space, as <c>Regex.Replace(text, @"\s+", " ")</c> gives it (\s is char.IsWhiteSpace), without the regex where there is none.</summary>
        private static string SingleSpaced(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    return Regex.Replace(text, @"\s+", " ");
                }
            }

            return text;
        }

        /// <summary>
        /// For a word table, its keys by themselves up to case, each to the first key in the table's order: one lookup finds
        /// what a search of the keys for one equal to a word (OrdinalIgnoreCase) found, for every match of a shape.
        /// </summary>
        private static Dictionary<string, string> FirstKeysIgnoringCase(IEnumerable<string> keys)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in keys)
            {
                if (!map.ContainsKey(key))
                {
                    map[key] = key;
                }
            }

            return map;
        }

        private static string? KeyOf(Dictionary<string, string> keys, string word) => keys.TryGetValue(word, out var key) ? key : null;

        private sealed class Rule
        {
            public Rule(Regex pattern, Func<Match, string, TemporalMention?> read, RulePack? pack = null, Rules.Rule? source = null, IReadOnlyList<string>? anchors = null, bool requiresWords = false)
            {
                RequiresWords = requiresWords;
                Pattern = pattern;
                Read = read;
                Pack = pack;
                Source = source;
                Anchors = source != null ? source.Requires : anchors ?? new string[0];
                Reach = Anchors.Count == 0 || pattern.ToString().Contains(@"\G") ? null : PatternReach.Of(pattern);
                if (Reach != null)
                {
                    Anchored = WindowSearch.AnchoredCopy(pattern, pattern.MatchTimeout);
                }
            }

            /// <summary>
            /// Words one of which every match holds: a pack rule's required words, or the characters of a shape written
            /// here (前 or 後 for 3年前). A text with none skips the rule; one with some tries it only within reach of them.
            /// </summary>
            public IReadOnlyList<string> Anchors { get; }

            /// <summary>How far from its start a match reads (<see cref="PatternReach"/>); null when unbounded or the rule has no <see cref="Anchors"/>.</summary>
            public (int Ahead, int Behind)? Reach { get; }

            /// <summary>The same pattern tried at one position of the whole text, for the match a window found.</summary>
            public Regex? Anchored { get; }

            /// <summary>Whether every match holds one of the words the recognizer keeps for this shape (an English month name for May 20, 2023).</summary>
            public bool RequiresWords { get; }

            public Regex Pattern { get; }

            /// <summary>The pack and rule a dates.yaml rule comes from; null for the shapes written here.</summary>
            public RulePack? Pack { get; }

            public Rules.Rule? Source { get; }

            public Func<Match, string, TemporalMention?> Read { get; }
        }
    }
}
