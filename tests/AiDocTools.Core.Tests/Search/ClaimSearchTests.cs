using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Entities;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    public class ClaimSearchTests
    {
        internal static Article Article(string id, string body) => AnalysisPipeline.Shipped.NewReader().ReadText(body, id + ".txt");

        private static IReadOnlyList<SearchResult> Search(string query, params Article[] articles) =>
            ClaimSearch.Search(articles, ClaimQuery.Parse(query));

        [Theory]
        [InlineData("オープンソース")]
        [InlineData("オープン・ソース")]
        [InlineData("\"オープン ソース\"")]
        [InlineData("ｵｰﾌﾟﾝｿｰｽ")]
        public void KatakanaSeparatorWidthAndCaseVariantsAllMatchEachOther(string query)
        {
            var article = Article("v", "オープンソースは重要だ。\n\nオープン・ソースの定義は揺れている。\n\nオープン ソースと呼ぶ人もいる。\n\nｵｰﾌﾟﾝｿｰｽという表記もある。\n\n閉じたモデルもある。");
            var results = Search(query, article);
            Assert.Equal(4, results.Count);
            Assert.DoesNotContain(results, r => r.Text.Contains("閉じた"));
        }

        [Fact]
        public void ATwoCharacterKanjiQueryIsFoundInsideALongerWord()
        {
            var results = Search("著作", Article("c", "生成AIと著作権の関係が議論されている。\n\n別の話題である。"));
            var result = Assert.Single(results);
            Assert.Contains("«著作»権", result.Snippet);
        }

        [Fact]
        public void AOneCharacterQueryMatchesToo()
        {
            Assert.Single(Search("権", Article("c", "生成AIと著作権の関係。\n\n別の話題である。")));
        }

        [Fact]
        public void NothingMatchesAcrossASentenceBoundary()
        {
            var article = Article("s", "この議論の中心は著。作品の扱いは別だ。Meta released Llama. Open weights followed.");
            Assert.Empty(Search("著作", article));
            Assert.Empty(Search("\"llama open\"", article));
            Assert.Single(Search("llama", article));
        }

        [Fact]
        public void LatinWordsMatchOnlyAsWholeWordsAndIgnoreCaseAndWidth()
        {
            var article = Article("w", "He said nothing.\n\nAI is everywhere.\n\nＬｌａｍａ models are open.");
            Assert.Equal("AI is everywhere.", Assert.Single(Search("ai", article)).Text);
            Assert.Single(Search("LLAMA", article));
            Assert.Empty(Search("llam", article));
        }

        [Fact]
        public void OrMinusAndPhraseBehaveAsInWebSearch()
        {
            var article = Article("q", "メタはLlamaを公開した。\n\nグーグルはGemmaを公開した。\n\nメタとグーグルが提携した。\n\nオープンな重みは公開された重みと違う。");
            Assert.Equal(2, Search("メタ OR グーグル 公開", article).Count);
            Assert.Equal(new[] { "メタはLlamaを公開した。" }, Search("メタ -グーグル", article).Select(r => r.Text));
            Assert.Equal(new[] { "オープンな重みは公開された重みと違う。" }, Search("\"公開された\"", article).Select(r => r.Text));
            Assert.Empty(Search("メタ Gemma", article));
        }

        [Fact]
        public void Bm25RanksMoreOccurrencesAndRarerTermsHigher()
        {
            var article = Article("b", "規制と規制の議論が続く。\n\n規制の議論が続く。\n\n議論はまだ続く。\n\n議論は終わらない。");
            var results = Search("規制", article);
            Assert.Equal(new[] { "規制と規制の議論が続く。", "規制の議論が続く。" }, results.Select(r => r.Text));
            Assert.True(results[0].Score > results[1].Score);

            // 規制 is in 2 of 4 claims, 議論 in all 4: a claim with both ranks by the rarer one.
            var both = Search("規制 OR 議論", article);
            Assert.Equal(4, both.Count);
            Assert.True(both.Take(2).All(r => r.Text.Contains("規制")));
        }

        [Fact]
        public void ResultsCarryProvenanceThatPointsIntoTheBody()
        {
            var article = Article("p", "見出し\n\n最初の段落。二つ目の文は著作権について述べる。\n\n次の段落。");
            var result = Assert.Single(Search("著作権", article));
            Assert.Equal("p", result.ArticleId);
            Assert.Equal(result.Text, article.Body.Substring(result.Start, result.Length));
            Assert.Equal(result.Claim.Paragraph, result.Paragraph);
            Assert.Equal("二つ目の文は«著作権»について述べる。", result.Snippet);
        }

        [Fact]
        public void FirstAndFilterNarrowTheResults()
        {
            var article = Article("f", "規制だ。\n\n規制か。\n\n規制を。");
            var options = new SearchOptions { First = 2 };
            Assert.Equal(2, ClaimSearch.Search(new[] { article }, ClaimQuery.Parse("規制"), options).Count);
            options = new SearchOptions { Filter = c => c.Text.EndsWith("か。", StringComparison.Ordinal) };
            Assert.Equal("規制か。", Assert.Single(ClaimSearch.Search(new[] { article }, ClaimQuery.Parse("規制"), options)).Text);
        }

        [Fact]
        public void LongClaimsAreCutAroundTheFirstMatch()
        {
            var body = new string('あ', 300) + "著作権" + new string('い', 300) + "。";
            var snippet = Assert.Single(Search("著作権", Article("l", body))).Snippet;
            Assert.StartsWith("…", snippet);
            Assert.EndsWith("…", snippet);
            Assert.Contains("«著作権»", snippet);
            Assert.True(snippet.Length < 200);
        }

        [Fact]
        public void RegexModeMatchesTheOriginalTextCaseInsensitively()
        {
            var article = Article("r", "Llama 3.1 was released.\n\nLlama 2 came first.\n\nNo model here.");
            var results = ClaimSearch.Search(new[] { article }, ClaimQuery.FromRegex(@"llama \d\.\d"));
            Assert.Equal("«Llama 3.1» was released.", Assert.Single(results).Snippet);
        }

        [Fact]
        public void ACatastrophicRegexTimesOutInsteadOfHanging()
        {
            var article = Article("x", new string('a', 40) + "!");
            var query = ClaimQuery.FromRegex("(a+)+$", TimeSpan.FromMilliseconds(100));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.Throws<RegexMatchTimeoutException>(() => ClaimSearch.Search(new[] { article }, query));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        }

        [Fact]
        public void AnInvalidRegexIsAnArgumentException()
        {
            Assert.ThrowsAny<ArgumentException>(() => ClaimQuery.FromRegex("(unclosed"));
        }

        [Fact]
        public void AKnownAliasExpandsToEveryNameOfItsEntity()
        {
            var article = Article("a", "ザッカーバーグ氏は公開を支持した。\n\nMark Zuckerberg spoke.\n\n別人が話した。");
            var results = ClaimSearch.Search(new[] { article }, ClaimQuery.Parse("ザッカーバーグ", new FakeRecognizer()));
            Assert.Equal(2, results.Count);
            Assert.Single(Search("ザッカーバーグ", article));
        }

        private sealed class FakeRecognizer : IEntityRecognizer
        {
            public IReadOnlyList<EntityMention> FindMentions(string text) => new EntityMention[0];

            public string? CanonicalName(string surfaceForm) =>
                surfaceForm == "ザッカーバーグ" || surfaceForm == "Zuckerberg" ? "Mark Zuckerberg" : null;

            public IReadOnlyList<string> AliasesOf(string canonicalName) =>
                canonicalName == "Mark Zuckerberg" ? new[] { "ザッカーバーグ", "Zuckerberg", "マーク・ザッカーバーグ" } : new string[0];
        }
    }
}
