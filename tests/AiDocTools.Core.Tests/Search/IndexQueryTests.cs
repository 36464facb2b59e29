using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Rules;
using AiDocTools.Search;
using AiDocTools.Text;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>
    /// Query execution on its own: claims laid out by <see cref="IndexDocument"/> in a reader in memory, with no files,
    /// manifest on disk or freshness check, are found as the in-memory search finds them (the same claims; Lucene's
    /// BM25 statistics differ from the in-memory ranking's in their last digits, so only a scan compares scores).
    /// </summary>
    public sealed class IndexQueryTests : IDisposable
    {
        private readonly RAMDirectory _directory = new RAMDirectory();
        private readonly List<Article> _articles;
        private readonly IndexManifest _manifest = new IndexManifest { Format = IndexManifest.CurrentFormat, Analysis = "test" };
        private readonly DirectoryReader _reader;

        public IndexQueryTests()
        {
            _articles = new List<Article>
            {
                ClaimSearchTests.Article("one", "生成AIと著作権の議論が続いている。\n\n著作権法の改正は2024年に議論された。\n\nオープンソースのモデルが公開された。"),
                ClaimSearchTests.Article("two", "オープン・ソースの定義は揺れている。\n\n規制の議論は2023年に始まった。\n\n閉じたモデルもある。"),
                ClaimSearchTests.Article("three", "Open source models and open weights are not the same.\n\nThe copyright debate goes on.\n\nWeights were released in 2025."),
            };
            foreach (var article in _articles)
            {
                // As if read from a folder: a claim in the index always names its file.
                article.Path = "/corpus/" + article.Id + ".txt";
            }

            var extractor = new ClaimExtractor(LanguagePacks.Shipped);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = IndexDocument.Similarity };
            using (var writer = new IndexWriter(_directory, config))
            {
                foreach (var article in _articles)
                {
                    var path = article.Path!;
                    var entry = new IndexedFile { Path = path };
                    foreach (var claim in extractor.Extract(article))
                    {
                        var folded = FoldedText.Fold(claim.Text, Folding.Search);
                        writer.AddDocument(IndexDocument.For(path, claim, folded));
                        entry.Claims++;
                        entry.FoldedLength += folded.Length;
                    }

                    _manifest.Files.Add(entry);
                }
            }

            _reader = DirectoryReader.Open(_directory);
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }

        private static IEnumerable<string> Describe(IEnumerable<SearchResult> results, bool withScore = true) =>
            results.Select(r => string.Join("|", withScore ? r.Score.ToString("R") : string.Empty, r.Path, r.Claim.Index, r.Kind, r.Start, r.Length, r.Snippet, r.Text));

        private static IEnumerable<string> Found(IEnumerable<SearchResult> results) =>
            Describe(results, withScore: false).OrderBy(d => d, StringComparer.Ordinal);

        private IReadOnlyList<SearchResult> InMemory(ClaimQuery query, SearchOptions? options = null) =>
            ClaimSearch.Search(_articles, query, options, new ClaimExtractor(LanguagePacks.Shipped));

        [Theory]
        [InlineData("著作権")]
        [InlineData("オープンソース")]
        [InlineData("議論 -著作権")]
        [InlineData("規制 OR copyright")]
        [InlineData("\"open source\"")]
        [InlineData("weights")]
        public void ATermQueryFindsTheClaimsTheInMemorySearchFinds(string text)
        {
            var query = ClaimQuery.Parse(text);
            var expected = Found(InMemory(query)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Found(IndexQuery.Search(_reader, _manifest, query, null)));
        }

        [Fact]
        public void ARegularExpressionScansEveryClaimWithTheManifestsTotals()
        {
            var query = ClaimQuery.FromRegex(@"20\d\d");
            var expected = Describe(InMemory(query)).ToList();
            Assert.Equal(3, expected.Count);
            Assert.Equal(expected, Describe(IndexQuery.Search(_reader, _manifest, query, null)));

            // The totals stand in for the claims that did not match: scores depend on them, so they must be the reader's own.
            var wrong = new IndexManifest { Format = _manifest.Format, Analysis = _manifest.Analysis, Files = _manifest.Files.Select(f => { var c = f.Copy(); c.FoldedLength *= 10; return c; }).ToList() };
            Assert.NotEqual(expected, Describe(IndexQuery.Search(_reader, wrong, query, null)));
        }

        [Fact]
        public void TheFirstPageIsTheHeadOfTheFullRanking()
        {
            var query = ClaimQuery.Parse("議論 OR モデル OR open");
            var all = Describe(IndexQuery.Search(_reader, _manifest, query, null)).ToList();
            Assert.True(all.Count > 3);
            Assert.Equal(all.Take(2), Describe(IndexQuery.Search(_reader, _manifest, query, new SearchOptions { First = 2 })));
        }

        [Fact]
        public void AFilterThatDropsTheBestHitsGivesTheBestOfTheRest()
        {
            var query = ClaimQuery.Parse("議論 OR モデル OR open");
            var all = IndexQuery.Search(_reader, _manifest, query, null);
            var best = all[0].Text;
            var options = new SearchOptions { First = 2, Filter = c => c.Text != best };
            var found = Describe(IndexQuery.Search(_reader, _manifest, query, options)).ToList();

            Assert.Equal(Describe(all.Where(r => r.Text != best).Take(2)), found);
        }

        [Fact]
        public void AKindFilterKeepsTheClaimsTheInMemorySearchKeeps()
        {
            var query = ClaimQuery.Parse("議論 OR モデル OR open OR 2024");
            var kinds = InMemory(query).Select(r => r.Kind).Distinct().ToList();
            foreach (var kind in kinds)
            {
                var options = new SearchOptions { Kinds = new[] { kind } };
                var expected = Found(InMemory(query, options)).ToList();
                Assert.NotEmpty(expected);
                Assert.Equal(expected, Found(IndexQuery.Search(_reader, _manifest, query, options)));
            }
        }

        [Fact]
        public void AnEmptyQueryFindsNothing()
        {
            Assert.Empty(IndexQuery.Search(_reader, _manifest, ClaimQuery.Parse(string.Empty), null));
        }
    }
}
