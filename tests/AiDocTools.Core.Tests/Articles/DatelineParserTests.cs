using AiDocTools.Analysis;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    public class DatelineParserTests
    {
        private static readonly DatelineParser Parser = new DatelineParser(ArticleMetadataCues.Default, AnalysisPipeline.Shipped.Dates);

        [Theory]
        [InlineData("2023年6月2日", "2023-06-02")]
        [InlineData("2023/06/02 10:00", "2023-06-02")]
        [InlineData("2023.6.2(金) 18:30", "2023-06-02")]
        [InlineData("公開日:2023-06-02", "2023-06-02")]
        [InlineData("Published May 20, 2023", "2023-05-20")]
        [InlineData("May 20, 2023", "2023-05-20")]
        [InlineData("20 May 2023", "2023-05-20")]
        [InlineData("２０２３年６月２日　午前１０時", "2023-06-02")]
        [InlineData("2024年3月", "2024-03")]
        [InlineData("山田太郎 2023年6月2日", "2023-06-02")]
        [InlineData("令和5年6月2日", "2023-06-02")]
        [InlineData("二〇二三年六月二日", "2023-06-02")]
        [InlineData("Issue 12 · Friday, March 6, 2026", "2026-03-06")]
        [InlineData("Jane Roe Posted on Thursday, August 20, 2026 · 5 min read", "2026-08-20")]
        [InlineData("技術ニュースレター 2026年5月号（2026年5月15日発行）", "2026-05-15")]
        public void ReadsDatelines(string line, string expected)
        {
            Assert.True(Parser.TryParseDateline(LineShape.Normalize(line), out var date, out _));
            Assert.Equal(expected, date.ToString());
        }

        [Theory]
        [InlineData("2023年6月2日に新しいモデルが発表された。")]
        [InlineData("2023年6月2日に発表")]
        [InlineData("In May 2023 the company announced a new model for everyone")]
        [InlineData("2023年2月30日")]
        [InlineData("Llama 3.3")]
        [InlineData("設立：2019年4月")]
        [InlineData("創業: 1998年")]
        public void RejectsDatesInsideSentencesAndImpossibleDates(string line)
        {
            Assert.False(Parser.TryParseDateline(LineShape.Normalize(line), out _, out _));
        }

        [Fact]
        public void TellsAnUpdateFromAPublication()
        {
            Assert.True(Parser.TryParseDateline("更新日:2024/01/05", out _, out var isUpdate));
            Assert.True(isUpdate);
            Assert.True(Parser.TryParseDateline("公開日:2024/01/05 更新日:2024/02/01", out var date, out isUpdate));
            Assert.False(isUpdate);
            Assert.Equal("2024-01-05", date.ToString());
        }

        [Theory]
        [InlineData("BOSTON, March 3, 2026 /Example Wire/ -- Contoso today announced a new model.", "2026-03-03")]
        [InlineData("SAN JOSE, Calif., May 4, 2026 -- Contoso said on Monday that it would open its weights.", "2026-05-04")]
        public void ReadsThePlaceAndDateAPressReleaseOpensWith(string line, string expected)
        {
            Assert.True(Parser.TryParseReleaseLead(LineShape.Normalize(line), out var date));
            Assert.Equal(expected, date.ToString());
        }

        [Theory]
        [InlineData("On March 3, 2026 Contoso announced a new model.")]
        [InlineData("BOSTON is where Contoso announced a model on March 3, 2026 -- a first.")]
        public void AnyOtherSentenceIsNoPressReleaseLead(string line)
        {
            Assert.False(Parser.TryParseReleaseLead(LineShape.Normalize(line), out _));
        }
    }
}
