using System;

namespace AiDocTools.Time
{
    /// <summary>
    /// Safe construction and arithmetic on <see cref="PartialDate"/> for dates read from text: a date the calendar
    /// does not have (2月30日, year 0, past 9999) gives null instead of an exception.
    /// </summary>
    internal static class Dates
    {
        private const int FirstYear = 1;
        private const int LastYear = 9998;

        public static PartialDate? Year(int year) => InRange(year) ? PartialDate.FromYear(year) : null;

        public static PartialDate? YearRange(int first, int last) =>
            InRange(first) && InRange(last) && first <= last ? PartialDate.FromYearRange(first, last) : null;

        public static PartialDate? Month(int year, int month) =>
            InRange(year) && month >= 1 && month <= 12 ? PartialDate.FromMonth(year, month) : null;

        public static PartialDate? Day(int year, int month, int day) =>
            InRange(year) && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? PartialDate.FromDay(year, month, day)
                : null;

        /// <summary>A part of a year named in date-words.json: half1, quarter3, season2, firstMonth, lastMonth, or year for the whole.</summary>
        public static PartialDate? ApplyYearPart(int year, string part)
        {
            if (!InRange(year))
            {
                return null;
            }

            var number = part.Length > 0 && char.IsDigit(part[part.Length - 1]) ? part[part.Length - 1] - '0' : 0;
            if (part.StartsWith("half", StringComparison.Ordinal) && number >= 1 && number <= 2)
            {
                return PartialDate.FromHalf(year, number);
            }

            if (part.StartsWith("quarter", StringComparison.Ordinal) && number >= 1 && number <= 4)
            {
                return PartialDate.FromQuarter(year, number);
            }

            if (part.StartsWith("season", StringComparison.Ordinal) && number >= 1 && number <= 4)
            {
                return PartialDate.FromSeason(year, number);
            }

            switch (part)
            {
                case "firstMonth":
                    return PartialDate.FromMonth(year, 1);
                case "lastMonth":
                    return PartialDate.FromMonth(year, 12);
                default:
                    return PartialDate.FromYear(year);
            }
        }

        /// <summary>
        /// The period <paramref name="offset"/> units from <paramref name="anchor"/>, at the precision of the unit
        /// (先週 → a week, 昨年 → a year). Null when the anchor is coarser than the unit: a year cannot say which week was "last week".
        /// </summary>
        public static PartialDate? Shift(PartialDate anchor, string unit, int offset)
        {
            try
            {
                switch (unit)
                {
                    case "year":
                        return anchor.Precision >= DatePrecision.Year ? Year(anchor.Start.Year + offset) : null;
                    case "month":
                        if (anchor.Precision < DatePrecision.Month || anchor.Precision == DatePrecision.Week)
                        {
                            return null;
                        }

                        var month = anchor.Start.AddMonths(offset);
                        return Month(month.Year, month.Month);
                    case "week":
                        return anchor.Precision == DatePrecision.Day ? PartialDate.WeekOf(anchor.Start.AddDays(7 * offset)) : null;
                    case "day":
                        return anchor.Precision == DatePrecision.Day ? PartialDate.FromDay(anchor.Start.AddDays(offset)) : null;
                    case "weekend":
                        // The weekend just past: the anchor's own week when it falls on Saturday or Sunday, else the week before.
                        if (anchor.Precision != DatePrecision.Day)
                        {
                            return null;
                        }

                        var day = anchor.Start.DayOfWeek;
                        var inWeekend = day == DayOfWeek.Saturday || day == DayOfWeek.Sunday;
                        return PartialDate.WeekOf(anchor.Start.AddDays(7 * (offset - (inWeekend ? 0 : 1))));
                    default:
                        return null;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return null; // shifted past the calendar's ends
            }
        }

        /// <summary>
        /// The day <paramref name="months"/> months from <paramref name="day"/>, the lead of a compound count (1か月と21日前);
        /// null, like <see cref="Shift(PartialDate, string, int)"/>, past the calendar's ends.
        /// </summary>
        public static PartialDate? Shift(PartialDate day, int months)
        {
            try
            {
                return PartialDate.FromDay(day.Start.AddMonths(months));
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>The smallest year, month or year span that holds the whole period from <paramref name="first"/> to <paramref name="last"/>.</summary>
        public static PartialDate? Covering(DateTime first, DateTime last)
        {
            if (first.Year == last.Year && first.Month == last.Month)
            {
                return Month(first.Year, first.Month);
            }

            return first.Year == last.Year ? Year(first.Year) : YearRange(first.Year, last.Year);
        }

        /// <summary>
        /// The year of a month written without one (2月, クリスマス, Labor Day), seen from <paramref name="anchor"/>: the
        /// anchor's own year, as articles mean a month of their own year whether past or coming, except across the turn
        /// of the year, where 12月 in a January article is the December just past and 1月 in a December article the
        /// January to come.
        /// </summary>
        public static int YearOfMonth(PartialDate anchor, int month)
        {
            var year = anchor.Start.Year;
            if (anchor.Precision < DatePrecision.Month || anchor.Precision == DatePrecision.Week)
            {
                return year;
            }

            var apart = month - anchor.Start.Month;
            return apart > 10 ? year - 1 : apart < -10 ? year + 1 : year;
        }

        private static bool InRange(int year) => year >= FirstYear && year <= LastYear;
    }
}
