using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AiDocTools
{
    /// <summary>How much of a date the text actually states.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum DatePrecision
    {
        /// <summary>A span of years, such as the second half of a decade (1995/1999).</summary>
        YearRange,
        Year,
        Half,
        Quarter,

        /// <summary>A season of a year (2024年春, spring 2024), written in the EDTF form 2024-21…24.</summary>
        Season,
        Month,
        Week,
        Day,

        /// <summary>
        /// A stated span from one date to another (5月8日から15日まで → 2016-05-08/2016-05-15), written as its two ends in
        /// ISO form. Last, so that the existing values keep their numbers.
        /// </summary>
        Interval,
    }

    /// <summary>
    /// A date known only to the precision the text gives (2024, 1999-H2, 2024-21 for spring, 2024-04, 2023-W19, 2000-01-10),
    /// with the span of days it covers. Shared by article dates and timeline events.
    /// </summary>
    [TypeConverter(typeof(PartialDateConverter))]
    public sealed class PartialDate : IComparable<PartialDate>, IComparable, IEquatable<PartialDate>
    {
        // EDTF writes seasons as pseudo-months 21 (spring) to 24 (winter).
        private const int SeasonCodeBase = 20;

        private static readonly Regex IsoPattern = new Regex(
            @"^(?:(?<y1>\d{4})/(?<y2>\d{4})|(?<y>\d{4})(?:-(?:H(?<h>[12])|Q(?<q>[1-4])|W(?<w>\d{2})|(?<m>\d{2})(?:-(?<d>\d{2}))?))?)$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        // How users type a date outside ISO: 2023/06, 2023.06.02, 2023年6月2日 (full-width digits are folded first).
        private static readonly Regex NumericPattern = new Regex(
            @"^(?<y>\d{4})\s*(?:[/.年]\s*(?<m>\d{1,2})\s*(?:[/.月]\s*(?:(?<d>\d{1,2})\s*日?)?|月)?|年)$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        // English month names as written in copy and in shells: June 2023, Jun 2023, June 2, 2023, 2 June 2023.
        private static readonly Regex EnglishPattern = new Regex(
            @"^(?:(?<d1>\d{1,2})\s+)?(?<mon>[A-Za-z]{3,9})\.?(?:\s+(?<d2>\d{1,2}))?,?\s+(?<y>\d{4})$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        private PartialDate(DateTime start, DateTime end, DatePrecision precision)
        {
            Start = start;
            End = end;
            Precision = precision;
        }

        // The two ends of an interval, each at the precision the text gave it.
        private PartialDate? _first;
        private PartialDate? _last;

        /// <summary>
        /// The span from <paramref name="first"/> to <paramref name="last"/> as one date; two whole years are a year range
        /// (2020/2023) as before.
        /// </summary>
        public static PartialDate FromInterval(PartialDate first, PartialDate last)
        {
            if (first == null || last == null)
            {
                throw new ArgumentNullException(first == null ? nameof(first) : nameof(last));
            }

            if (last.End < first.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(last), "The interval ends before it starts.");
            }

            if (first.Precision == DatePrecision.Interval || last.Precision == DatePrecision.Interval)
            {
                throw new ArgumentException("The ends of an interval are single dates.");
            }

            if ((first.Precision == DatePrecision.Year || first.Precision == DatePrecision.YearRange)
                && (last.Precision == DatePrecision.Year || last.Precision == DatePrecision.YearRange))
            {
                return FromYearRange(first.Start.Year, last.End.Year);
            }

            return new PartialDate(first.Start, last.End, DatePrecision.Interval) { _first = first, _last = last };
        }

        /// <summary>The first day of the span.</summary>
        public DateTime Start { get; }

        /// <summary>The last day of the span.</summary>
        public DateTime End { get; }

        public DatePrecision Precision { get; }

        public int Year => Start.Year;

        public static PartialDate FromYear(int year) =>
            new PartialDate(new DateTime(year, 1, 1), new DateTime(year, 12, 31), DatePrecision.Year);

        public static PartialDate FromYearRange(int firstYear, int lastYear)
        {
            if (lastYear < firstYear)
            {
                throw new ArgumentOutOfRangeException(nameof(lastYear), "The last year comes before the first.");
            }

            return firstYear == lastYear
                ? FromYear(firstYear)
                : new PartialDate(new DateTime(firstYear, 1, 1), new DateTime(lastYear, 12, 31), DatePrecision.YearRange);
        }

        public static PartialDate FromHalf(int year, int half)
        {
            if (half < 1 || half > 2)
            {
                throw new ArgumentOutOfRangeException(nameof(half));
            }

            return new PartialDate(new DateTime(year, half == 1 ? 1 : 7, 1), LastDayOfMonth(year, half * 6), DatePrecision.Half);
        }

        // Counted from the month, not by adding months to the start, so December 9999 does not overflow.
        private static DateTime LastDayOfMonth(int year, int month) => new DateTime(year, month, DateTime.DaysInMonth(year, month));

        public static PartialDate FromQuarter(int year, int quarter)
        {
            if (quarter < 1 || quarter > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(quarter));
            }

            return new PartialDate(new DateTime(year, (quarter * 3) - 2, 1), LastDayOfMonth(year, quarter * 3), DatePrecision.Quarter);
        }

        /// <summary>
        /// A meteorological season of the northern hemisphere, numbered as in EDTF: 1 spring (Mar–May), 2 summer (Jun–Aug),
        /// 3 autumn (Sep–Nov), 4 winter (December of <paramref name="year"/> to February of the next).
        /// </summary>
        public static PartialDate FromSeason(int year, int season)
        {
            if (season < 1 || season > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(season));
            }

            var start = new DateTime(year, (season * 3), 1);
            return new PartialDate(start, start.AddMonths(3).AddDays(-1), DatePrecision.Season);
        }

        public static PartialDate FromMonth(int year, int month)
        {
            var start = new DateTime(year, month, 1);
            return new PartialDate(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month);
        }

        /// <summary>The ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday).</summary>
        public static PartialDate FromIsoWeek(int isoYear, int week)
        {
            if (week < 1 || week > IsoWeeksInYear(isoYear))
            {
                throw new ArgumentOutOfRangeException(nameof(week));
            }

            var start = FirstMondayOfIsoYear(isoYear).AddDays((week - 1) * 7);
            return new PartialDate(start, start.AddDays(6), DatePrecision.Week);
        }

        /// <summary>The ISO week that contains <paramref name="day"/>.</summary>
        public static PartialDate WeekOf(DateTime day)
        {
            day = day.Date;
            var thursday = day.AddDays(3 - (((int)day.DayOfWeek + 6) % 7));
            var isoYear = thursday.Year;
            var week = ((thursday - FirstMondayOfIsoYear(isoYear)).Days / 7) + 1;
            return FromIsoWeek(isoYear, week);
        }

        public static PartialDate FromDay(int year, int month, int day)
        {
            var date = new DateTime(year, month, day);
            return new PartialDate(date, date, DatePrecision.Day);
        }

        public static PartialDate FromDay(DateTime day) => FromDay(day.Year, day.Month, day.Day);

        /// <summary>
        /// The date whose span and precision these are, as a PartialDate's own <see cref="Start"/>, <see cref="End"/> and
        /// <see cref="Precision"/> give them (the form ConvertTo-Json writes); null when no date has them. An interval is
        /// rebuilt from its two days: the precision each end was written at is not part of the span.
        /// </summary>
        public static PartialDate? FromSpan(DateTime start, DateTime end, DatePrecision precision)
        {
            start = start.Date;
            end = end.Date;
            try
            {
                var date = precision switch
                {
                    DatePrecision.YearRange => FromYearRange(start.Year, end.Year),
                    DatePrecision.Year => FromYear(start.Year),
                    DatePrecision.Half => FromHalf(start.Year, start.Month <= 6 ? 1 : 2),
                    DatePrecision.Quarter => FromQuarter(start.Year, ((start.Month - 1) / 3) + 1),
                    DatePrecision.Season => start.Month % 3 == 0 ? FromSeason(start.Year, start.Month / 3) : null,
                    DatePrecision.Month => FromMonth(start.Year, start.Month),
                    DatePrecision.Week => WeekOf(start),
                    DatePrecision.Day => FromDay(start),
                    DatePrecision.Interval when end >= start => new PartialDate(start, end, DatePrecision.Interval) { _first = FromDay(start), _last = FromDay(end) },
                    _ => null,
                };
                return date != null && date.Start == start && date.End == end && date.Precision == precision ? date : null;
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>
        /// Reads the ISO form that <see cref="ToString"/> writes, and the other spellings a user types for a day, month or
        /// year (2023/06, 2023年6月, June 2023, 2023-06-02T10:00), each at the precision it states: a month stays a month.
        /// </summary>
        public static bool TryParse(string? text, out PartialDate? date)
        {
            date = null;
            if (text == null)
            {
                return false;
            }

            var trimmed = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
            var m = IsoPattern.Match(trimmed);
            if (!m.Success)
            {
                // A stated span from one date to another (2016-05-08/2016-05-15) before the written forms, one of
                // which (2023/06) also holds a slash but has no date on its right.
                var slash = trimmed.IndexOf('/');
                if (slash > 0 && IsoPattern.IsMatch(trimmed.Substring(0, slash)) && IsoPattern.IsMatch(trimmed.Substring(slash + 1))
                    && TryParse(trimmed.Substring(0, slash), out var first) && TryParse(trimmed.Substring(slash + 1), out var last)
                    && first!.Precision != DatePrecision.Interval && last!.Precision != DatePrecision.Interval && last.End >= first.Start)
                {
                    date = FromInterval(first, last!);
                    return true;
                }

                return TryParseWritten(trimmed, out date);
            }

            try
            {
                if (m.Groups["y1"].Success)
                {
                    date = FromYearRange(Int(m, "y1"), Int(m, "y2"));
                    return true;
                }

                var year = Int(m, "y");
                date = m.Groups["h"].Success ? FromHalf(year, Int(m, "h"))
                    : m.Groups["q"].Success ? FromQuarter(year, Int(m, "q"))
                    : m.Groups["w"].Success ? FromIsoWeek(year, Int(m, "w"))
                    : m.Groups["d"].Success ? FromDay(year, Int(m, "m"), Int(m, "d"))
                    : m.Groups["m"].Success && Int(m, "m") >= SeasonCodeBase + 1 ? FromSeason(year, Int(m, "m") - SeasonCodeBase)
                    : m.Groups["m"].Success ? FromMonth(year, Int(m, "m"))
                    : FromYear(year);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        public static PartialDate Parse(string text) =>
            TryParse(text, out var date) ? date! : throw new FormatException($"'{text}' is not a date: write 2023, 2023-06, 2023-06-02, 2023-W19, 2023-H2, 2023-Q1 or 1995/1999.");

        /// <summary>
        /// A PartialDate from what a script holds: a PartialDate, a DateTime or DateTimeOffset (its day), a year as a number,
        /// or a string in any spelling <see cref="TryParse"/> reads. The one conversion behind parameters, comparisons and casts.
        /// </summary>
        public static bool TryConvert(object? value, out PartialDate? date)
        {
            date = null;
            switch (value)
            {
                case PartialDate partial:
                    date = partial;
                    return true;
                case DateTime day:
                    date = FromDay(day);
                    return true;
                case DateTimeOffset moment:
                    date = FromDay(moment.Date);
                    return true;
                case int year when year >= 1 && year <= 9998:
                    date = FromYear(year);
                    return true;
                case long year when year >= 1 && year <= 9998:
                    date = FromYear((int)year);
                    return true;
                case string text:
                    return TryParse(text, out date);
                default:
                    return false;
            }
        }

        private static bool TryParseWritten(string text, out PartialDate? date)
        {
            date = null;
            try
            {
                var numeric = NumericPattern.Match(text);
                if (numeric.Success)
                {
                    var year = Int(numeric, "y");
                    date = numeric.Groups["d"].Success ? FromDay(year, Int(numeric, "m"), Int(numeric, "d"))
                        : numeric.Groups["m"].Success ? FromMonth(year, Int(numeric, "m"))
                        : FromYear(year);
                    return true;
                }

                var english = EnglishPattern.Match(text);
                if (english.Success && !(english.Groups["d1"].Success && english.Groups["d2"].Success))
                {
                    var month = MonthNumber(english.Groups["mon"].Value);
                    if (month == 0)
                    {
                        return false;
                    }

                    var year = Int(english, "y");
                    var day = english.Groups["d1"].Success ? "d1" : english.Groups["d2"].Success ? "d2" : null;
                    date = day != null ? FromDay(year, month, Int(english, day)) : FromMonth(year, month);
                    return true;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }

            // A timestamp (2023-06-02T10:00:00Z, 06/02/2023 10:00) names its day.
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment))
            {
                date = FromDay(moment.Date);
                return true;
            }

            return false;
        }

        private static int MonthNumber(string name)
        {
            var names = CultureInfo.InvariantCulture.DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                if (string.Equals(name, names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase)
                    || (name.Length == 4 && i == 8 && string.Equals(name, "Sept", StringComparison.OrdinalIgnoreCase)))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>True when this period overlaps <paramref name="bound"/> or lies after it: the meaning of every -After.</summary>
        public bool IsInOrAfter(PartialDate bound) => End >= bound.Start;

        /// <summary>True when this period overlaps <paramref name="bound"/> or lies before it: the meaning of every -Before.</summary>
        public bool IsInOrBefore(PartialDate bound) => Start <= bound.End;

        /// <summary>True when the whole of this span lies inside <paramref name="other"/>.</summary>
        public bool IsWithin(PartialDate other) => Start >= other.Start && End <= other.End;

        public override string ToString()
        {
            var inv = CultureInfo.InvariantCulture;
            switch (Precision)
            {
                case DatePrecision.Interval:
                    return _first + "/" + _last;
                case DatePrecision.YearRange:
                    return string.Format(inv, "{0:D4}/{1:D4}", Start.Year, End.Year);
                case DatePrecision.Year:
                    return Start.Year.ToString("D4", inv);
                case DatePrecision.Half:
                    return string.Format(inv, "{0:D4}-H{1}", Start.Year, Start.Month <= 6 ? 1 : 2);
                case DatePrecision.Quarter:
                    return string.Format(inv, "{0:D4}-Q{1}", Start.Year, ((Start.Month - 1) / 3) + 1);
                case DatePrecision.Season:
                    return string.Format(inv, "{0:D4}-{1:D2}", Start.Year, SeasonCodeBase + (Start.Month / 3));
                case DatePrecision.Month:
                    return Start.ToString("yyyy-MM", inv);
                case DatePrecision.Week:
                    var isoYear = Start.AddDays(3).Year;
                    var week = ((Start - FirstMondayOfIsoYear(isoYear)).Days / 7) + 1;
                    return string.Format(inv, "{0:D4}-W{1:D2}", isoYear, week);
                default:
                    return Start.ToString("yyyy-MM-dd", inv);
            }
        }

        /// <summary>Chronological by the start of the span; at the same start the coarser date comes first.</summary>
        public int CompareTo(PartialDate? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
        }

        /// <summary>
        /// The non-generic form, so Sort-Object and PowerShell's -lt/-ge order dates chronologically, also against a
        /// DateTime, a DateTimeOffset or a date string (taken as the period it names).
        /// </summary>
        public int CompareTo(object? obj) => obj is null ? 1
            : TryConvert(obj, out var other) ? CompareTo(other)
            : throw new ArgumentException($"A PartialDate compares with another date, a DateTime or a date string, not with '{obj}'.", nameof(obj));

        public bool Equals(PartialDate? other) =>
            other is not null && Start == other.Start && End == other.End && Precision == other.Precision;

        public override bool Equals(object? obj) => Equals(obj as PartialDate);

        public override int GetHashCode() => (Start.GetHashCode() * 397) ^ (End.GetHashCode() * 31) ^ (int)Precision;

        public static bool operator ==(PartialDate? left, PartialDate? right) => left is null ? right is null : left.Equals(right);

        public static bool operator !=(PartialDate? left, PartialDate? right) => !(left == right);

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

        private static DateTime FirstMondayOfIsoYear(int isoYear)
        {
            var jan4 = new DateTime(isoYear, 1, 4);
            return jan4.AddDays(-(((int)jan4.DayOfWeek + 6) % 7));
        }

        private static int IsoWeeksInYear(int isoYear) =>
            (FirstMondayOfIsoYear(isoYear + 1) - FirstMondayOfIsoYear(isoYear)).Days / 7;
    }
    /// <summary>
    /// Lets PowerShell cast to and from a PartialDate ([AiDocTools.PartialDate]'2023-W19', a DateTime on the right of -ge,
    /// a column read back by Import-Csv): every value <see cref="PartialDate.TryConvert"/> takes, and the ISO string out.
    /// Also the object ConvertFrom-Json gives back for a date converted on its own ($event.Date | ConvertTo-Json):
    /// PowerShell's ConvertTo-Json writes any class it does not know as the object of its public properties, whatever
    /// converter the class names, so such a date leaves as {Start, End, Precision, Year} and is read back from its Start,
    /// End and Precision. The module's own objects carry their dates as ISO text for that reason (TimelineEvent.Date).
    /// </summary>
    public sealed class PartialDateConverter : TypeConverter
    {
        // Anything can be a property bag (a hashtable, ConvertFrom-Json's objects); ConvertFrom says no to the rest.
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => true;

        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        {
            if (PartialDate.TryConvert(value, out var date))
            {
                return date;
            }

            if (value is string text)
            {
                return PartialDate.Parse(text);
            }

            return FromProperties(value) ?? base.ConvertFrom(context, culture, value);
        }

        public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
            destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

        public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType) =>
            destinationType == typeof(string) && value is PartialDate date ? date.ToString() : base.ConvertTo(context, culture, value, destinationType);

        private static PartialDate? FromProperties(object value)
        {
            object? Read(string name)
            {
                if (value is System.Collections.IDictionary dictionary)
                {
                    return dictionary.Contains(name) ? dictionary[name] : null;
                }

                // A PowerShell object describes its properties, ETS ones included, through its type description provider.
                return TypeDescriptor.GetProperties(value).Find(name, ignoreCase: true)?.GetValue(value);
            }

            var start = Day(Read(nameof(PartialDate.Start)));
            var end = Day(Read(nameof(PartialDate.End)));
            var precision = Read(nameof(PartialDate.Precision));
            if (start == null || end == null || precision == null)
            {
                return null;
            }

            DatePrecision stated;
            if (precision is string name)
            {
                if (!Enum.TryParse(name, ignoreCase: true, out stated) || !Enum.IsDefined(typeof(DatePrecision), stated))
                {
                    return null;
                }
            }
            else if (precision is DatePrecision known)
            {
                stated = known;
            }
            else
            {
                try
                {
                    stated = (DatePrecision)Convert.ToInt32(precision, CultureInfo.InvariantCulture);
                }
                catch (Exception ex) when (ex is FormatException || ex is InvalidCastException || ex is OverflowException)
                {
                    return null;
                }
            }

            return PartialDate.FromSpan(start.Value, end.Value, stated);
        }

        // ConvertFrom-Json gives a DateTime for an ISO timestamp, or the string itself with -DateKind String.
        private static DateTime? Day(object? value) => value switch
        {
            DateTime day => day,
            DateTimeOffset moment => moment.DateTime,
            string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) => parsed,
            _ => null,
        };
    }
}
