using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiDocTools.Articles;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    public sealed class ClaimIndexTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "aidoctools-index-" + Guid.NewGuid().ToString("N"));
        private readonly string _corpus;
        private readonly string _cache;

        public ClaimIndexTests()
        {
            _corpus = Path.Combine(_root, "corpus");
            _cache = Path.Combine(_root, "cache");
            Directory.CreateDirectory(_corpus);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(_corpus, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        private IReadOnlyList<string> Files() => ArticleFiles.InFolder(_corpus, recurse: false).ToList();

        private ClaimIndex Index() => new ClaimIndex(ClaimIndex.FolderFor(new[] { _corpus }, recurse: false, _cache));

        private IndexedSearch Search(string query) => Index().Search(Files(), ClaimQuery.Parse(query));

        private string LuceneFolder => Path.Combine(Index().Folder, "lucene");

        [Fact]
        public void TheIndexIsBuiltOnceAndThenOnlyReadsWhatChanged()
        {
            Write("a.txt", "生成AIと著作権の議論。\n\n別の話題。");
            Write("b.txt", "著作権法の改正が議論された。");
            var first = Search("著作");
            Assert.Equal(2, first.Results.Count);
            Assert.Equal(2, first.FilesIndexed);

            var again = Search("著作");
            Assert.Equal(0, again.FilesIndexed);
            Assert.Equal(first.Results.Select(r => r.Text), again.Results.Select(r => r.Text));

            Write("c.txt", "新しい記事も著作権に触れる。");
            var added = Search("著作");
            Assert.Equal(1, added.FilesIndexed);
            Assert.Equal(3, added.Results.Count);

            File.Delete(Path.Combine(_corpus, "a.txt"));
            var deleted = Search("著作");
            Assert.Equal(0, deleted.FilesIndexed);
            Assert.Equal(new[] { "b", "c" }, deleted.Results.Select(r => r.ArticleId).OrderBy(x => x));
        }

        [Fact]
        public void AFileEditedAfterIndexingGivesItsNewTextAndNeverItsOld()
        {
            var path = Write("a.txt", "古い文には規制という語がある。");
            Assert.Single(Search("規制").Results);

            File.WriteAllText(path, "新しい文は著作権だけを語る。ずっと長い文章にする。", new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            Assert.Empty(Search("規制").Results);
            var found = Assert.Single(Search("著作権").Results);
            Assert.Equal("新しい文は著作権だけを語る。", found.Text);
        }

        [Fact]
        public void AFileTouchedButNotChangedKeepsItsResults()
        {
            var path = Write("a.txt", "規制の話。");
            Search("規制");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));
            var result = Search("規制");
            Assert.Single(result.Results);
            Assert.Equal(0, Search("規制").FilesIndexed);
        }

        [Fact]
        public void ADamagedIndexIsRebuiltAndStillAnswersCorrectly()
        {
            Write("a.txt", "生成AIと著作権の議論。");
            Write("b.txt", "規制の話。");
            Assert.Single(Search("著作権").Results);

            foreach (var file in Directory.GetFiles(LuceneFolder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                var bytes = File.ReadAllBytes(file);
                for (var i = 0; i < bytes.Length; i += 7)
                {
                    bytes[i] ^= 0x5A;
                }

                File.WriteAllBytes(file, bytes);
            }

            var result = Search("著作権");
            Assert.True(result.Rebuilt);
            Assert.Equal("生成AIと著作権の議論。", Assert.Single(result.Results).Text);
            Assert.False(Search("著作権").Rebuilt);
        }

        [Fact]
        public void AnUpdateThatCrashedBeforeItsCommitLeavesAnIndexThatStillWorks()
        {
            Write("a.txt", "生成AIと著作権の議論。");
            Assert.Single(Search("著作権").Results);

            // What a crash leaves: segment files no commit refers to, and the lock file of the dead writer.
            File.WriteAllBytes(Path.Combine(LuceneFolder, "_zz.cfs"), Encoding.ASCII.GetBytes("half-written segment"));
            File.WriteAllBytes(Path.Combine(LuceneFolder, "segments_zz"), new byte[] { 0x3F, 0xD7 });
            File.WriteAllText(Path.Combine(LuceneFolder, "write.lock"), string.Empty);

            Write("b.txt", "著作権の新しい記事。");
            var result = Search("著作権");
            Assert.Equal(new[] { "a", "b" }, result.Results.Select(r => r.ArticleId).OrderBy(x => x));
        }

        [Fact]
        public async Task TwoUpdatersAtOnceWaitForEachOtherAndAgree()
        {
            for (var i = 0; i < 40; i++)
            {
                Write($"doc{i:D2}.txt", $"記事{i}は著作権について述べる。\n\n記事{i}の二つ目の段落。");
            }

            var files = Files();
            var searches = Enumerable.Range(0, 3)
                .Select(_ => Task.Run(() => Index().Search(files, ClaimQuery.Parse("著作権"))))
                .ToArray();
            var outcomes = await Task.WhenAll(searches);
            Assert.All(outcomes, s => Assert.Equal(40, s.Results.Count));
            Assert.Equal(40, outcomes.Sum(s => s.FilesIndexed));
            Assert.Equal(40, Search("著作権").Results.Count);
        }

        [Fact]
        public void CancellingAnUpdateKeepsWhatWasReadAndTheNextSearchReadsTheRest()
        {
            for (var i = 0; i < 6; i++)
            {
                Write($"doc{i}.txt", $"記事{i}は著作権について述べる。");
            }

            using var cancel = new System.Threading.CancellationTokenSource();
            Assert.ThrowsAny<OperationCanceledException>(() => Index().Search(Files(), ClaimQuery.Parse("著作権"), progress: p =>
            {
                if (p.Done == 2)
                {
                    cancel.Cancel();
                }
            }, cancellation: cancel.Token));

            var next = Search("著作権");
            // Progress announces file 2 before it is read; the stop is seen before file 3.
            Assert.Equal(3, next.FilesIndexed);
            Assert.Equal(6, next.Results.Count);
        }

        [Fact]
        public void FilesThatAreNoArticlesAreReportedAtEverySearchButReadOnce()
        {
            Write("good.txt", "著作権の話。");
            File.WriteAllBytes(Path.Combine(_corpus, "empty.txt"), new byte[0]);
            var first = Search("著作権");
            var failure = Assert.Single(first.Failures);
            Assert.Equal(ArticleLoadFailure.Empty, failure.Failure);
            var second = Search("著作権");
            Assert.Single(second.Failures);
            Assert.Equal(0, second.FilesIndexed);
        }

        [Fact]
        public void TheIndexGivesExactlyWhatTheInMemorySearchGivesForTheSameFiles()
        {
            var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            foreach (var seed in Directory.GetFiles(seeds))
            {
                File.Copy(seed, Path.Combine(_corpus, Path.GetFileName(seed)));
            }

            Write("extra.md", "# 見出し\n\nメタはLlamaを公開した。\n\nオープン・ソースとは何か。\n");
            var reader = new ArticleReader();
            var articles = Files().Select(f => reader.Read(f)).ToList();
            foreach (var query in new[] { "著作", "AI", "オープンソース", "Llama OR 規制", "AI -著作", "\"生成AI\"", "の", "!?" })
            {
                var memory = ClaimSearch.Search(articles, ClaimQuery.Parse(query));
                var indexed = Search(query).Results;
                Assert.Equal(Describe(memory), Describe(indexed));
            }

            var regex = ClaimQuery.FromRegex(@"\d{4}年");
            Assert.Equal(Describe(ClaimSearch.Search(articles, regex)), Describe(Index().Search(Files(), regex).Results));
        }

        private static IEnumerable<string> Describe(IEnumerable<SearchResult> results) =>
            results.Select(r => string.Join("|", r.Score.ToString("R"), r.ArticleId, r.Path, r.Claim.Index, r.Kind, r.Speaker, r.Start, r.Length, r.Paragraph, r.Snippet, r.Text, r.Claim.Published));
    }
}
