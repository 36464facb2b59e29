using System;
using System.Linq;
using AiDocTools.Search;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    public class SearchQueryTests
    {
        [Fact]
        public void WordsAreAndedOrJoinsNeighboursMinusExcludesQuotesKeepPhrases()
        {
            var query = SearchQuery.Parse("著作権 Meta OR メタ -Google \"open source\"");
            Assert.Equal(3, query.Required.Count);
            Assert.Equal(new[] { "著作権" }, query.Required[0].Select(t => t.Text));
            Assert.Equal(new[] { "Meta", "メタ" }, query.Required[1].Select(t => t.Text));
            Assert.True(query.Required[2].Single().IsPhrase);
            Assert.Equal("open source", query.Required[2].Single().Text);
            Assert.Equal("Google", query.Excluded.Single().Text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("OR")]
        [InlineData("OR OR")]
        [InlineData("\"\"")]
        [InlineData("-word")]
        public void QueriesWithNothingRequiredAreEmpty(string text)
        {
            Assert.True(SearchQuery.Parse(text).IsEmpty);
        }

        [Fact]
        public void AnUnclosedQuoteRunsToTheEndAndAHyphenInsideAWordIsNoExclusion()
        {
            var query = SearchQuery.Parse("GPT-4 \"オープン ソース");
            Assert.Equal("gpt-4", query.Required[0].Single().Folded);
            Assert.Equal("オープンソース", query.Required[1].Single().Folded);
            Assert.Empty(query.Excluded);
        }

        [Fact]
        public void FullWidthSpaceSeparatesAndFullWidthFormsFold()
        {
            var query = SearchQuery.Parse("ＬＬＡＭＡ　著作");
            Assert.Equal(new[] { "llama", "著作" }, query.Required.Select(g => g.Single().Folded));
        }

        [Fact]
        public void ParsingAnyStringNeverThrows()
        {
            Gen.String.Sample(text =>
            {
                var query = SearchQuery.Parse(text);
                Assert.All(query.Required, g => Assert.NotEmpty(g));
                Assert.All(query.Required.SelectMany(g => g).Concat(query.Excluded), t => Assert.NotEqual(string.Empty, t.Folded));
                // What ToString writes parses back to the same query.
                Assert.Equal(query.ToString(), SearchQuery.Parse(query.ToString()).ToString());
            }, iter: 10_000);
        }

        [Fact]
        public void ParsingAndMatchingQuerySyntaxHeavyStringsNeverThrowsAndSpansStayInTheText()
        {
            var alphabet = Gen.Char["\"-OR 　・著作権オープンソースaiAI。.\n「」\uD83D\uDE00\uFF0D\uFF02"];
            var text = Gen.String[alphabet, 0, 40];
            Gen.Select(text, text).Sample((q, claim) =>
            {
                var query = ClaimQuery.Parse(q);
                var folded = FoldedText.Of(claim);
                foreach (var feature in query.Positive.Concat(query.Excluded))
                {
                    foreach (var span in feature.Find(folded))
                    {
                        Assert.InRange(span.Start, 0, claim.Length);
                        Assert.InRange(span.End, span.Start, claim.Length);
                    }
                }
            }, iter: 10_000);
        }
    }
}
