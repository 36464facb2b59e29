using System;

namespace AiDocTools.Time
{
    /// <summary>
    /// A date as a rule of Data/&lt;language&gt;/dates.yaml reads it: the calendar parts the text states (a year, a
    /// month, a day, a weekday, the nth weekday of a month) and the shift a relative word adds (先週, 今月, last), before
    /// anything is resolved. Every date rule of the packs fills one of these, so one resolver serves them all.
    /// </summary>
    internal sealed class CalendarDate
    {
        /// <summary>The year as written, 0 when the text states none.</summary>
        public int Year { get; set; }

        public int Month { get; set; }

        public int Day { get; set; }

        /// <summary>ISO weekday, 1 (Monday) to 7 (Sunday); 0 when none is written.</summary>
        public int Weekday { get; set; }

        /// <summary>The nth weekday of the month (第2月曜日, the second Monday); -1 for the last; 0 when none.</summary>
        public int Ordinal { get; set; }

        /// <summary>The nth week of the month, or of the year when no month is named (今月の第三週, 2027年の第3週); -1 for the last; 0 when none.</summary>
        public int Week { get; set; }

        /// <summary>Easter Sunday (復活祭), whose month and day depend on the year.</summary>
        public bool Easter { get; set; }

        /// <summary>year, month or week: the unit a relative word shifts; next for the first such weekday to come (昨年のクリスマス, 今月の10日, 先週の火曜日); null when none.</summary>
        public string? ShiftUnit { get; set; }

        public int ShiftOffset { get; set; }

        /// <summary>True when the date stands without an anchor: the year is written and nothing is relative.</summary>
        public bool IsAbsolute => Year > 0 && ShiftUnit == null && (Month > 0 || (Day == 0 && Weekday == 0));

        /// <summary>
        /// True when only the year is missing (11月の第2月曜日, クリスマス, 5月8日から15日): the year comes from the sentence or the
        /// article as it does for a bare month. Otherwise the article's own date is needed (水曜日, 8日(月), 今月の10日).
        /// </summary>
        public bool NeedsOnlyYear => Year == 0 && ShiftUnit == null && Month > 0;

        /// <summary>The end of a range takes what it leaves unsaid from its start: 5月8日から15日 ends in May.</summary>
        public void Inherit(CalendarDate start)
        {
            if (Year == 0 && (ShiftUnit == null || ShiftUnit == "week"))
            {
                Year = start.Year;
                if (Month == 0 && ShiftUnit == null && start.ShiftUnit != null)
                {
                    ShiftUnit = start.ShiftUnit;
                    ShiftOffset = start.ShiftOffset;
                }
            }

            if (Month == 0 && Day > 0 && ShiftUnit != "month" && start.Month > 0)
            {
                Month = start.Month;
            }
        }

        /// <summary>
        /// The date against <paramref name="anchor"/> (null for an absolute date). <paramref name="fromArticleDate"/> (the anchor
        /// is the article's own date) places a year-less month across the turn of the year as <see cref="Dates.YearOfMonth"/> does.
        /// Null when the anchor is too coarse for what the date needs, or the calendar has no such day.
        /// </summary>
        public PartialDate? Resolve(PartialDate? anchor, bool fromArticleDate)
        {
            try
            {
                return ResolveUnchecked(anchor, fromArticleDate);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        private PartialDate? ResolveUnchecked(PartialDate? anchor, bool fromArticleDate)
        {
            var year = Year;
            var month = Month;
            if (Easter)
            {
                // 復活祭, 2025年のイースター: Easter of the year written, else of the anchor's (shifted) year.
                if (year == 0)
                {
                    if (anchor == null || anchor.Precision == DatePrecision.YearRange)
                    {
                        return null;
                    }

                    year = anchor.Start.Year + (ShiftUnit == "year" ? ShiftOffset : 0);
                }

                return EasterSunday(year);
            }

            if (Weekday > 0 && Day == 0 && Ordinal == 0 && Month == 0)
            {
                // 水曜日, 先週の火曜日, on Tuesday, last Friday: that weekday of the anchor's week, shifted.
                if (anchor == null || anchor.Precision != DatePrecision.Day || (ShiftUnit != null && ShiftUnit != "week" && ShiftUnit != "next"))
                {
                    return null;
                }

                if (ShiftUnit == "next")
                {
                    // 次の日曜日, 今度の金曜日: the first such day after the anchor, whichever week it falls in.
                    return PartialDate.FromDay(anchor.Start.AddDays(((Weekday - IsoWeekday(anchor.Start) + 6) % 7) + 1));
                }

                if (ShiftUnit == null)
                {
                    // 水曜日に発表した, said on Tuesday: news tells what happened, so the latest such day up to the article's own.
                    return PartialDate.FromDay(anchor.Start.AddDays(-((IsoWeekday(anchor.Start) - Weekday + 7) % 7)));
                }

                var monday = anchor.Start.AddDays(1 - IsoWeekday(anchor.Start));
                return PartialDate.FromDay(monday.AddDays((7 * ShiftOffset) + Weekday - 1));
            }

            if (year == 0)
            {
                if (anchor == null || anchor.Precision == DatePrecision.YearRange)
                {
                    return null;
                }

                year = anchor.Start.Year + (ShiftUnit == "year" ? ShiftOffset : 0);
            }

            if (month == 0 && ShiftUnit == "month")
            {
                if (anchor == null || !HasMonth(anchor))
                {
                    return null;
                }

                var shifted = anchor.Start.AddMonths(ShiftOffset);
                year = shifted.Year;
                month = shifted.Month;
            }
            else if (month == 0 && (Day > 0 || Ordinal != 0))
            {
                // 8日(月), 第三火曜日: a day of the anchor's month, or of the month beside it that has that weekday on that day.
                if (anchor == null || !HasMonth(anchor) || Year > 0)
                {
                    return null;
                }

                return NearestMonthWithDay(anchor.Start);
            }
            else if (Year == 0 && ShiftUnit == null && fromArticleDate && anchor != null && month > 0)
            {
                year = Dates.YearOfMonth(anchor, month);
            }

            if (Week != 0)
            {
                return NthWeek(year, month);
            }

            if (month == 0)
            {
                return Dates.Year(year);
            }

            if (Ordinal != 0 && Weekday > 0)
            {
                return NthWeekday(year, month);
            }

            return Day > 0 ? Dates.Day(year, month, Day) : Dates.Month(year, month);
        }

        private static int IsoWeekday(DateTime day) => (((int)day.DayOfWeek + 6) % 7) + 1;

        private static bool HasMonth(PartialDate date) =>
            date.Precision >= DatePrecision.Month && date.Precision != DatePrecision.Week;

        // 27日 in a story dated 7 November is 27 October: news dates what happened around its own date, so of the
        // anchor's month and the months beside it (those whose day has the weekday written, if one is) the nearest wins.
        private PartialDate? NearestMonthWithDay(DateTime anchor)
        {
            PartialDate? best = null;
            foreach (var offset in new[] { 0, -1, 1 })
            {
                var first = new DateTime(anchor.Year, anchor.Month, 1).AddMonths(offset);
                var date = Ordinal != 0 && Weekday > 0 ? NthWeekday(first.Year, first.Month) : Dates.Day(first.Year, first.Month, Day);
                if (date != null && (Weekday == 0 || Ordinal != 0 || (((int)date.Start.DayOfWeek + 6) % 7) + 1 == Weekday))
                {
                    if (Ordinal != 0)
                    {
                        return date; // 第三火曜日: the anchor's own month
                    }

                    if (best == null || Math.Abs((date.Start - anchor).TotalDays) < Math.Abs((best.Start - anchor).TotalDays))
                    {
                        best = date;
                    }
                }
            }

            return best;
        }

        // A week belongs to the month (or the year) that holds its Thursday, as ISO-8601 weeks belong to years:
        // 10月の第1週 of 2016 starts on Monday 3 October, because 29 September is the Thursday of the week before.
        private PartialDate? NthWeek(int year, int month)
        {
            if (month == 0)
            {
                return Week > 0 ? PartialDate.FromIsoWeek(year, Week) : PartialDate.WeekOf(new DateTime(year, 12, 28));
            }

            var first = Dates.Month(year, month);
            if (first == null)
            {
                return null;
            }

            var thursday = Week > 0
                ? first.Start.AddDays(((4 - IsoWeekday(first.Start) + 7) % 7) + (7 * (Week - 1)))
                : first.End.AddDays(-((IsoWeekday(first.End) - 4 + 7) % 7));
            return thursday.Month == month ? PartialDate.WeekOf(thursday) : null;
        }

        // The Gregorian computus (the anonymous algorithm of Meeus): Easter Sunday of the year.
        private static PartialDate? EasterSunday(int year)
        {
            if (Dates.Year(year) == null || year < 1583)
            {
                return null;
            }

            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
            int m = (a + (11 * h) + (22 * l)) / 451;
            return Dates.Day(year, (h + l - (7 * m) + 114) / 31, ((h + l - (7 * m) + 114) % 31) + 1);
        }

        private PartialDate? NthWeekday(int year, int month)
        {
            var first = Dates.Month(year, month);
            if (first == null)
            {
                return null;
            }

            if (Ordinal < 0)
            {
                var last = first.End;
                return PartialDate.FromDay(last.AddDays(-((((int)last.DayOfWeek + 6) % 7) + 1 - Weekday + 7) % 7));
            }

            var day = first.Start.AddDays(((Weekday - ((((int)first.Start.DayOfWeek + 6) % 7) + 1)) + 7) % 7 + (7 * (Ordinal - 1)));
            return day.Month == month ? PartialDate.FromDay(day) : null;
        }
    }
}
