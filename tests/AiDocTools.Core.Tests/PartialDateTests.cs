using System;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public class PartialDateTests
    {
        [Theory]
        [InlineData("2024")]
        [InlineData("1999-H2")]
        [InlineData("2024-Q3")]
        [InlineData("2024-04")]
        [InlineData("2023-W19")]
        [InlineData("2000-01-10")]
        [InlineData("1995/1999")]
        [InlineData("2020-W53")]
        [InlineData("2024-21")]
        [InlineData("2024-24")]
        public void IsoFormRoundTrips(string iso)
        {
            Assert.Equal(iso, PartialDate.Parse(iso).ToString());
        }

        [Theory]
        [InlineData("2023-02-30")]
        [InlineData("2023-13")]
        [InlineData("2023-20")]
        [InlineData("2023-25")]
        [InlineData("2023-W54")]
        [InlineData("2021-W53")]
        [InlineData("1999/1995")]
        [InlineData("Mayo 2023")]
        [InlineData("May 32, 2023")]
        [InlineData("")]
        public void RejectsWhatIsNotACalendarDate(string text)
        {
            Assert.False(PartialDate.TryParse(text, out _));
        }

        [Fact]
        public void SpansCoverTheWholePeriod()
        {
            var half = PartialDate.FromHalf(1999, 2);
            Assert.Equal(new DateTime(1999, 7, 1), half.Start);
            Assert.Equal(new DateTime(1999, 12, 31), half.End);
            var february = PartialDate.FromMonth(2024, 2);
            Assert.Equal(new DateTime(2024, 2, 29), february.End);
            Assert.True(PartialDate.FromDay(2024, 2, 10).IsWithin(february));
        }

        [Fact]
        public void WeekOfADayFollowsIsoRules()
        {
            // 2023-05-13 is a Saturday in ISO week 19; 2021-01-01 belongs to 2020's week 53.
            Assert.Equal("2023-W19", PartialDate.WeekOf(new DateTime(2023, 5, 13)).ToString());
            Assert.Equal("2020-W53", PartialDate.WeekOf(new DateTime(2021, 1, 1)).ToString());
            Assert.Equal(new DateTime(2023, 5, 8), PartialDate.WeekOf(new DateTime(2023, 5, 13)).Start);
        }

        [Fact]
        public void OrdersBySpanStartThenCoarserFirst()
        {
            var dates = new[] { PartialDate.Parse("2024-04"), PartialDate.Parse("2024"), PartialDate.Parse("2023-12-31"), PartialDate.Parse("2024-01-01") };
            Array.Sort(dates);
            Assert.Equal(new[] { "2023-12-31", "2024", "2024-01-01", "2024-04" }, Array.ConvertAll(dates, d => d.ToString()));
        }
    
        [Fact]
        public void SeasonsAreMeteorologicalAndWinterRunsIntoTheNextYear()
        {
            var spring = PartialDate.FromSeason(2024, 1);
            Assert.Equal(new DateTime(2024, 3, 1), spring.Start);
            Assert.Equal(new DateTime(2024, 5, 31), spring.End);
            var winter = PartialDate.Parse("2024-24");
            Assert.Equal(DatePrecision.Season, winter.Precision);
            Assert.Equal(new DateTime(2024, 12, 1), winter.Start);
            Assert.Equal(new DateTime(2025, 2, 28), winter.End);
        }

        [Fact]
        public void UntypedComparisonOrdersLikeTheTypedOne()
        {
            System.IComparable earlier = PartialDate.Parse("1999-H2");
            Assert.True(earlier.CompareTo(PartialDate.Parse("2000")) < 0);
            Assert.True(earlier.CompareTo(null) > 0);
            Assert.Throws<ArgumentException>(() => earlier.CompareTo("the late nineties"));
            Assert.Throws<ArgumentException>(() => earlier.CompareTo(new object()));
        }

        [Fact]
        public void HalvesAndQuartersAtTheEdgeOfTheCalendarDoNotOverflow()
        {
            Assert.Equal(new DateTime(9999, 12, 31), PartialDate.FromHalf(9999, 2).End);
            Assert.Equal(new DateTime(9999, 12, 31), PartialDate.FromQuarter(9999, 4).End);
            Assert.Equal(new DateTime(2024, 6, 30), PartialDate.FromHalf(2024, 1).End);
            Assert.Equal(new DateTime(2023, 3, 31), PartialDate.FromQuarter(2023, 1).End);
        }

        // Issue 15 item 3: the spellings a user types for -After/-Before, each read at the precision it states.
        [Theory]
        [InlineData("June 2023", "2023-06")]
        [InlineData("Jun 2023", "2023-06")]
        [InlineData("2023/06", "2023-06")]
        [InlineData("2023/6", "2023-06")]
        [InlineData("2023年6月", "2023-06")]
        [InlineData("２０２３年６月", "2023-06")]
        [InlineData("2023年", "2023")]
        [InlineData("2023年6月2日", "2023-06-02")]
        [InlineData("2023/06/02", "2023-06-02")]
        [InlineData("2023.06.02", "2023-06-02")]
        [InlineData("June 2, 2023", "2023-06-02")]
        [InlineData("2 June 2023", "2023-06-02")]
        [InlineData("2023-06-02T23:30:00", "2023-06-02")]
        public void WrittenSpellingsParseAtTheirOwnPrecision(string written, string iso)
        {
            Assert.Equal(iso, PartialDate.Parse(written).ToString());
        }

        [Fact]
        public void ComparesWithDateTimesAndDateStrings()
        {
            System.IComparable june = PartialDate.Parse("2023-06");
            Assert.True(june.CompareTo(new DateTime(2023, 5, 31, 12, 0, 0)) > 0);
            Assert.True(june.CompareTo(new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero)) < 0);
            Assert.Equal(0, june.CompareTo("June 2023"));
            Assert.Equal(0, june.CompareTo("2023年6月"));
            Assert.True(june.CompareTo("2023") > 0);
        }

        [Fact]
        public void AfterAndBeforeMeanInOrAfterAndInOrBefore()
        {
            var day = PartialDate.Parse("2023-06-02");
            Assert.True(day.IsInOrAfter(PartialDate.Parse("2023-06")));
            Assert.True(day.IsInOrAfter(PartialDate.Parse("2023")));
            Assert.False(day.IsInOrAfter(PartialDate.Parse("2023-06-03")));
            Assert.True(day.IsInOrBefore(PartialDate.Parse("2023-06")));
            Assert.False(day.IsInOrBefore(PartialDate.Parse("2023-06-01")));
            Assert.True(PartialDate.Parse("2023").IsInOrAfter(PartialDate.Parse("2023-12-31")));
        }

        [Fact]
        public void TheTypeConverterReadsEverySpellingAndWritesTheIsoForm()
        {
            var converter = System.ComponentModel.TypeDescriptor.GetConverter(typeof(PartialDate));
            Assert.Equal(PartialDate.Parse("2023-W19"), converter.ConvertFrom("2023-W19"));
            Assert.Equal(PartialDate.FromDay(2023, 6, 1), converter.ConvertFrom(new DateTime(2023, 6, 1, 9, 0, 0)));
            Assert.Equal(PartialDate.FromYear(2023), converter.ConvertFrom(2023));
            Assert.Equal("1995/1999", converter.ConvertToInvariantString(PartialDate.FromYearRange(1995, 1999)));
            Assert.ThrowsAny<FormatException>(() => converter.ConvertFrom("soon"));
        }

        [Theory]
        [InlineData("2016-05-08/2016-05-15", "2016-05-08", "2016-05-15")]
        [InlineData("2016-05/2016-07", "2016-05-01", "2016-07-31")]
        [InlineData("2016-05-30/2016-06", "2016-05-30", "2016-06-30")]
        public void AnIntervalKeepsEachEndAtItsOwnPrecisionAndRoundTrips(string iso, string start, string end)
        {
            var date = PartialDate.Parse(iso);
            Assert.Equal(DatePrecision.Interval, date.Precision);
            Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
            Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
            Assert.Equal(iso, date.ToString());
            Assert.Equal(date, PartialDate.Parse(date.ToString()));
        }

        [Fact]
        public void AnIntervalOfWholeYearsIsAYearRangeAndOneThatRunsBackwardsIsNone()
        {
            Assert.Equal(DatePrecision.YearRange, PartialDate.FromInterval(PartialDate.FromYear(2020), PartialDate.FromYear(2023)).Precision);
            Assert.Equal("2020/2023", PartialDate.FromInterval(PartialDate.FromYear(2020), PartialDate.FromYear(2023)).ToString());
            Assert.False(PartialDate.TryParse("2016-05-15/2016-05-08", out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromInterval(PartialDate.FromDay(2016, 5, 15), PartialDate.FromDay(2016, 5, 8)));
        }

        // ConvertTo-Json writes a date as its Start, End and Precision; those three give the same date back.
        [Theory]
        [InlineData("1995/1999")]
        [InlineData("2023")]
        [InlineData("2023-H2")]
        [InlineData("2023-Q4")]
        [InlineData("2024-24")]
        [InlineData("2024-06")]
        [InlineData("2020-W53")]
        [InlineData("2023-06-02")]
        [InlineData("2016-05-08/2016-05-15")]
        public void StartEndAndPrecisionGiveTheDateBack(string iso)
        {
            var date = PartialDate.Parse(iso);
            var back = PartialDate.FromSpan(date.Start, date.End, date.Precision);
            Assert.Equal(date, back);
            Assert.Equal(iso, back!.ToString());

            var converted = new PartialDateConverter().ConvertFrom(new System.Collections.Hashtable
            {
                ["Start"] = date.Start.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
                ["End"] = date.End,
                ["Precision"] = date.Precision.ToString(),
            });
            Assert.Equal(date, converted);
        }

        [Fact]
        public void AStartEndAndPrecisionThatNoDateHasAreRefused()
        {
            Assert.Null(PartialDate.FromSpan(new DateTime(2023, 6, 2), new DateTime(2023, 6, 30), DatePrecision.Month));
            Assert.Null(PartialDate.FromSpan(new DateTime(2023, 6, 1), new DateTime(2023, 6, 7), DatePrecision.Week));
            Assert.Null(PartialDate.FromSpan(new DateTime(2023, 6, 7), new DateTime(2023, 6, 1), DatePrecision.Interval));
            Assert.Throws<NotSupportedException>(() => new PartialDateConverter().ConvertFrom(new System.Collections.Hashtable { ["Start"] = "x" }));
        }
    }
}
