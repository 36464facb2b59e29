using System;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Time;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public class EventExtractorPropertyTests
    {
        // Pieces of real temporal expressions, edge cases of the calendar and plain noise, shuffled together,
        // so the generator reaches the rules far more often than random characters alone would.
        private static readonly Gen<string> Fragment = Gen.OneOf(
            Gen.OneOfConst(
                "2023年", "6月", "2日", "12月31日", "2月30日", "2月29日", "9998年", "9999年", "0000年", "0001年", "令和", "元年", "平成99年", "昭和",
                "二〇二三年", "十二月", "三十一日", "〇", "十", "百", "千", "２０２３年", "１２月", "先週", "今週末", "週末", "昨年末", "今年後半", "先月",
                "当時", "同じ頃", "その年の終わり", "翌年", "前年比", "前半", "後半", "上旬", "末", "春", "秋葉原", "年代", "1990年代", "数", "日前", "年前",
                "年後", "年間", "週間", "ヶ月", "カ月", "今後", "過去", "その後", "May", "March", " 20, ", "2023", " 31st ", "early ", "late ", "mid-",
                "Q3 ", "H2 ", "the 1990s", "last week", "two years ago", "a few days ago", "for 20 years", "over the next 4 years", "in February",
                "1999-12-31", "2023/02/29", "2023-13", "GPT-4", "Llama 3.3", "5,400億", "9,800円", "月額", "、", "。", "\n\n", "\n", " ", "(", "」", "“"),
            Gen.String[Gen.Char["0123456789年月日前後間週数〇一二十 -/.,、。\nQHaeyMJ"], 0, 8],
            Gen.String);

        private static readonly Gen<PartialDate?> Published = Gen.OneOfConst<PartialDate?>(
            null,
            PartialDate.FromDay(2023, 5, 20),
            PartialDate.FromDay(9998, 12, 31),
            PartialDate.FromDay(1, 1, 1),
            PartialDate.FromYear(2024),
            PartialDate.FromMonth(2024, 1),
            PartialDate.FromIsoWeek(2020, 53));

        [Fact]
        public void AnyTextGivesWellFormedEvents()
        {
            Gen.Select(Fragment.Array[0, 30], Published).Sample((pieces, published) =>
            {
                var body = string.Concat(pieces);
                var article = new Article { Id = "p", Body = body, PublishedValue = published };
                foreach (var e in AnalysisPipeline.Shipped.Events.Extract(article))
                {
                    Assert.InRange(e.Start, 0, body.Length);
                    Assert.InRange(e.Start + e.Length, e.Start + 1, body.Length);
                    Assert.Equal(body.Substring(e.Start, e.Length), e.Expression);
                    if (e.DateValue != null)
                    {
                        // Every date is one the calendar has: it survives its own ISO form.
                        Assert.True(PartialDate.TryParse(e.DateValue.ToString(), out var again), e.DateValue.ToString());
                        Assert.Equal(e.DateValue, again);
                        Assert.True(e.DateValue.Start <= e.DateValue.End);
                    }

                    Assert.Equal(e.DateValue != null || e.Kind == TemporalKind.Duration, e.Resolved);
                    Assert.True(e.Kind != TemporalKind.Duration || e.Duration != null);
                }
            }, iter: 10_000);
        }
    }
}
