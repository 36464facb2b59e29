using System;
using System.Linq;
using AiDocTools.Search;
using AiDocTools.Text;
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
                var folded = FoldedText.Of(claim, Folding.Search);
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

        // The tests below pin what mutation testing (stryker-config.json) showed no test held.
        [Fact]
        public void ALowerCaseOrJoinsOnlyBetweenTwoWordsAndSaysSo()
        {
            var between = SearchQuery.Parse("Meta or Google");
            Assert.Equal(new[] { "Meta", "Google" }, between.Required.Single().Select(t => t.Text));
            Assert.Contains(between.Notes, n => n.Contains("'or'"));

            // First or last, a lower-case or is the word itself; an upper-case OR there is dropped.
            Assert.Equal(new[] { "or", "Meta" }, SearchQuery.Parse("or Meta").Required.Select(g => g.Single().Text));
            Assert.Equal(new[] { "Meta", "or" }, SearchQuery.Parse("Meta or").Required.Select(g => g.Single().Text));
            Assert.Equal(new[] { "Meta" }, SearchQuery.Parse("OR Meta OR").Required.Select(g => g.Single().Text));
            Assert.Empty(SearchQuery.Parse("Meta OR Google").Notes);
            Assert.Equal(new[] { "Meta", "Google" }, SearchQuery.Parse("Meta Or Google").Required.Single().Select(t => t.Text));
        }

        [Fact]
        public void AQuotedOrAnExcludedOrIsAWord()
        {
            var quoted = SearchQuery.Parse("Meta \"OR\" Google");
            Assert.Equal(3, quoted.Required.Count);
            Assert.True(quoted.Required[1].Single().IsPhrase);
            var excluded = SearchQuery.Parse("Meta -OR Google");
            Assert.Equal(new[] { "OR" }, excluded.Excluded.Select(t => t.Text));
            Assert.Equal(2, excluded.Required.Count);
        }

        [Fact]
        public void AnOrAfterAnExcludedWordJoinsTheLastRequiredGroup()
        {
            var query = SearchQuery.Parse("Meta -Google OR メタ");
            Assert.Equal(new[] { "Meta", "メタ" }, query.Required.Single().Select(t => t.Text));
            Assert.Equal("Google", query.Excluded.Single().Text);
        }

        [Fact]
        public void AStarAtTheEndOfAWordIsDroppedWithANoteButKeptInAPhrase()
        {
            var query = SearchQuery.Parse("Meta* \"open*\"");
            Assert.Equal("Meta", query.Required[0].Single().Text);
            Assert.Equal("open*", query.Required[1].Single().Text);
            Assert.Single(query.Notes);
            Assert.Contains("'Meta*'", query.Notes[0]);
            Assert.True(SearchQuery.Parse("***").IsEmpty);
            Assert.Equal("Me*ta", SearchQuery.Parse("Me*ta").Required.Single().Single().Text);
        }

        [Fact]
        public void AnUnclosedQuoteIsNotedAndAClosedOneIsNot()
        {
            Assert.Single(SearchQuery.Parse("\"open source").Notes);
            Assert.Empty(SearchQuery.Parse("\"open source\"").Notes);
            Assert.Empty(SearchQuery.Parse("\"open source\" Meta").Notes);
        }

        [Theory]
        [InlineData("-Google")]
        [InlineData("－Google")]
        [InlineData("−Google")]
        public void EveryMinusExcludes(string text)
        {
            var query = SearchQuery.Parse("Meta " + text);
            Assert.Equal("Google", query.Excluded.Single().Text);
            Assert.Single(query.Required);
        }

        [Fact]
        public void AMinusBeforeASpaceOrAtTheEndIsAWordAndAnExcludedPhraseIsAPhrase()
        {
            var spaced = SearchQuery.Parse("Meta - Google");
            Assert.Empty(spaced.Excluded);
            Assert.Equal(new[] { "Meta", "-", "Google" }, spaced.Required.Select(g => g.Single().Text));
            Assert.Empty(SearchQuery.Parse("Meta -").Excluded);
            var phrase = SearchQuery.Parse("Meta -\"open source\"");
            Assert.True(phrase.Excluded.Single().IsPhrase);
            Assert.Equal("open source", phrase.Excluded.Single().Text);
        }

        [Theory]
        [InlineData("\"a b\"c", new[] { "a b", "c" })]
        [InlineData("＂a b＂ “c d” e", new[] { "a b", "c d", "e" })]
        [InlineData("x\"y z\"", new[] { "x", "y z" })]
        public void EveryQuoteMarkOpensAndClosesAPhraseAndEndsAWord(string text, string[] terms)
        {
            Assert.Equal(terms, SearchQuery.Parse(text).Required.Select(g => g.Single().Text));
        }

        [Fact]
        public void TheTextFormWritesGroupsWithOrAndExclusionsLast()
        {
            Assert.Equal("Meta OR メタ \"open source\" -Google", SearchQuery.Parse("-Google Meta OR メタ \"open source\"").ToString());
            Assert.Equal(string.Empty, SearchQuery.Parse("").ToString());
        }

        private sealed class FakeRecognizer : AiDocTools.Entities.IEntityRecognizer
        {
            public System.Collections.Generic.IReadOnlyList<AiDocTools.EntityMention> FindMentions(string text) => Array.Empty<AiDocTools.EntityMention>();

            public string? CanonicalName(string surfaceForm) =>
                surfaceForm == "boom" ? throw new InvalidOperationException("a recognizer that trips")
                : surfaceForm == "メタ" || surfaceForm == "Meta" ? "Meta" : null;

            public System.Collections.Generic.IReadOnlyList<string> AliasesOf(string canonicalName) =>
                canonicalName == "Meta" ? new[] { "Meta", "メタ", "ＭＥＴＡ", "Meta Platforms" } : Array.Empty<string>();
        }

        [Fact]
        public void AliasesWidenATermOnceEachAndKeepItsKind()
        {
            var query = SearchQuery.Parse("メタ -\"Meta\" 著作権").ExpandAliases(new FakeRecognizer());
            Assert.Equal(new[] { "メタ", "Meta", "Meta Platforms" }, query.Required[0].Select(t => t.Text));
            Assert.Equal(new[] { "著作権" }, query.Required[1].Select(t => t.Text));
            Assert.Equal(new[] { "Meta", "メタ", "Meta Platforms" }, query.Excluded.Select(t => t.Text));
            Assert.All(query.Excluded, t => Assert.True(t.IsPhrase));
        }

        [Fact]
        public void ATermTheRecognizerTripsOnCountsAsTypedAndNoRecognizerChangesNothing()
        {
            var query = SearchQuery.Parse("boom Meta");
            Assert.Equal(new[] { "boom" }, query.ExpandAliases(new FakeRecognizer()).Required[0].Select(t => t.Text));
            Assert.Same(query, query.ExpandAliases(null));
            Assert.Equal(query.Notes, query.ExpandAliases(new FakeRecognizer()).Notes);
        }
    }
}
