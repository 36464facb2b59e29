using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Entities;
using AiDocTools.Rules;
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
        public void AQueryThatFailsOnTheOutdatedIndexIsAnsweredFromTheUpdatedOne()
        {
            // The query runs on the last snapshot while the files are checked; what it does there counts only if the
            // snapshot turns out current.
            var path = Write("a.txt", "古い文は規制を語る。");
            Assert.Single(Search("規制").Results);

            File.WriteAllText(path, "新しい文も規制を語るが、ずっと長い。", new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            var options = new SearchOptions
            {
                First = 10,
                Filter = c => c.Text.StartsWith("古い", StringComparison.Ordinal) ? throw new InvalidOperationException("read the outdated claim") : true,
            };
            var found = Assert.Single(Index().Search(Files(), ClaimQuery.Parse("規制"), options).Results);
            Assert.Equal("新しい文も規制を語るが、ずっと長い。", found.Text);
        }

        [Fact]
        public void AQueryThatFailsOnTheCurrentIndexReportsItsFailure()
        {
            Write("a.txt", "規制の話。");
            Assert.Single(Search("規制").Results);
            var options = new SearchOptions { First = 10, Filter = _ => throw new InvalidOperationException("filter failed") };
            var thrown = Assert.Throws<InvalidOperationException>(() => Index().Search(Files(), ClaimQuery.Parse("規制"), options));
            Assert.Equal("filter failed", thrown.Message);
        }

        [Fact]
        public async Task SearchesWhileAFileIsRewrittenNeverAnswerFromAVersionOlderThanTheOneOnDiskWhenTheyStarted()
        {
            for (var i = 0; i < 20; i++)
            {
                Write($"other{i:D2}.txt", $"記事{i}は著作権について述べる。");
            }

            var path = Write("live.txt", "第0版の記事はオープンソースを論じる。");
            Assert.Single(Search("オープンソース").Results);
            var written = 0;
            using var stop = new System.Threading.CancellationTokenSource();
            var writer = Task.Run(() =>
            {
                for (var version = 1; !stop.IsCancellationRequested; version++)
                {
                    // A rename replaces the file in one step, so a search sees either version, never half of one.
                    var next = path + ".tmp";
                    File.WriteAllText(next, $"第{version}版の記事はオープンソースを論じる。" + new string('。', version % 3), new UTF8Encoding(false));
                    File.Move(next, path, overwrite: true);
                    System.Threading.Volatile.Write(ref written, version);
                    System.Threading.Thread.Sleep(version % 4);
                }
            });

            try
            {
                var files = Files().Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList();
                for (var search = 0; search < 40; search++)
                {
                    var onDisk = System.Threading.Volatile.Read(ref written);
                    var found = Assert.Single(Index().Search(files, ClaimQuery.Parse("オープンソース")).Results);
                    var version = int.Parse(found.Text.Substring(1, found.Text.IndexOf('版') - 1), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(version >= onDisk, $"Search {search} answered from version {version}, but version {onDisk} was on disk before it started.");
                }
            }
            finally
            {
                stop.Cancel();
                await writer;
            }
        }

        [Fact]
        public void AListOfFilesUnlikeTheLastOneIsCheckedInFull()
        {
            // The index remembers the list it was last found current for; any other list must be checked file by file.
            for (var i = 0; i < 5; i++)
            {
                Write($"d{i}.txt", $"記事{i}は著作権を論じる。");
            }

            var files = Files();
            IndexedSearch Run(IReadOnlyList<string> list) => Index().Search(list, ClaimQuery.Parse("著作権"));
            IEnumerable<string> Ids(IndexedSearch search) => search.Results.Select(r => r.ArticleId).OrderBy(id => id, StringComparer.Ordinal);
            var all = new[] { "d0", "d1", "d2", "d3", "d4" };
            Assert.Equal(all, Ids(Run(files)));
            Assert.Equal(all, Ids(Run(files)));

            var reordered = Run(files.Reverse().ToList());
            Assert.Equal(all, Ids(reordered));
            Assert.Equal(0, reordered.FilesIndexed);

            var repeated = Run(files.Concat(new[] { files[2] }).ToList());
            Assert.Equal(all, Ids(repeated));
            Assert.Empty(repeated.Failures);
            Assert.Equal(0, repeated.FilesIndexed);

            var missing = Run(files.Concat(new[] { Path.Combine(_corpus, "gone.txt") }).ToList());
            Assert.Equal(all, Ids(missing));
            Assert.Equal(ArticleLoadFailure.NotFound, Assert.Single(missing.Failures).Failure);

            Assert.Equal(new[] { "d0", "d1", "d3", "d4" }, Ids(Run(files.Where((_, i) => i != 2).ToList())));
            var back = Run(files);
            Assert.Equal(all, Ids(back));
            Assert.Equal(1, back.FilesIndexed);
            Assert.Empty(Run(files).Failures);
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
        public void AnIndexWrittenWithAnotherEntityDictionaryIsRebuiltWithTheNamesOfTheCurrentOne()
        {
            Write("a.txt", "「オープンなモデルが安全だ」と榊正宗氏は述べた。");
            var folder = ClaimIndex.FolderFor(new[] { _corpus }, recurse: false, _cache);
            ClaimIndex IndexWith(params EntityDefinition[] extra)
            {
                var recognizer = new EntityRecognizer(EntityDictionary.Shipped.Merge(new EntityDictionary(extra)), LanguagePacks.Shipped);
                return new ClaimIndex(folder, extractor: AnalysisPipeline.Shipped.WithEntities(recognizer).Claims);
            }

            var before = IndexWith().Search(Files(), ClaimQuery.Parse("オープン"));
            Assert.NotEqual("Masamune Sakaki", Assert.Single(before.Results).Speaker);

            var withAlias = IndexWith(new EntityDefinition("Masamune Sakaki", EntityType.Person, new[] { "榊正宗" }));
            var after = withAlias.Search(Files(), ClaimQuery.Parse("オープン"));
            Assert.True(after.Rebuilt);
            Assert.Equal("Masamune Sakaki", Assert.Single(after.Results).Speaker);
            Assert.False(withAlias.Search(Files(), ClaimQuery.Parse("オープン")).Rebuilt);
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
        public void TheIndexFindsExactlyTheClaimsTheInMemorySearchFindsForTheSameFiles()
        {
            var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            foreach (var seed in Directory.GetFiles(seeds))
            {
                File.Copy(seed, Path.Combine(_corpus, Path.GetFileName(seed)));
            }

            Write("extra.md", "# 見出し\n\nメタはLlamaを公開した。\n\nオープン・ソースとは何か。\n\nopen-source models and open source weights.\n\n生成 AIと生成AIは違う書き方だ。\n\nGPT-4oは字だ。\n");
            var reader = AnalysisPipeline.Shipped.NewReader();
            var articles = Files().Select(f => reader.Read(f)).ToList();
            var queries = new[]
            {
                "著作", "AI", "オープンソース", "Llama OR 規制", "AI -著作", "\"生成AI\"", "の", "!?", "字", "は字", "gpt-4oは",
                "\"open source\"", "open-source", "\"生成 ai\"", "生成ai", "4o", "gpt", "source -open", "AI OR の -は",
            };
            foreach (var query in queries)
            {
                var memory = ClaimSearch.Search(articles, ClaimQuery.Parse(query));
                var indexed = Search(query).Results;
                Assert.Equal(Describe(memory).OrderBy(d => d, StringComparer.Ordinal), Describe(indexed).OrderBy(d => d, StringComparer.Ordinal));
            }

            // A regular expression is matched claim by claim, so it ranks exactly as in memory.
            var regex = ClaimQuery.FromRegex(@"\d{4}年");
            var regexInMemory = ClaimSearch.Search(articles, regex);
            Assert.NotEmpty(regexInMemory);
            Assert.Equal(Describe(regexInMemory, withScore: true), Describe(Index().Search(Files(), regex).Results, withScore: true));
        }

        [Fact]
        public void SpeakerKindEntityAndDateFiltersKeepTheSameClaimsInTheIndexAsInMemory()
        {
            var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
            foreach (var seed in Directory.GetFiles(seeds))
            {
                File.Copy(seed, Path.Combine(_corpus, Path.GetFileName(seed)));
            }

            var reader = AnalysisPipeline.Shipped.NewReader();
            var articles = Files().Select(f => reader.Read(f)).ToList();
            var claims = articles.SelectMany(a => AnalysisPipeline.Shipped.Claims.Extract(a)).ToList();
            var someSpeaker = claims.First(c => c.Speaker != null).Speaker!;
            var someEntity = claims.SelectMany(c => c.Entities).First();
            var someDate = claims.First(c => c.PublishedValue != null).PublishedValue!;
            var filters = new[]
            {
                new SearchOptions { Speaker = _ => true },
                new SearchOptions { Speaker = s => s == someSpeaker },
                new SearchOptions { Kinds = new[] { ClaimKind.DirectQuote, ClaimKind.ReportedSpeech } },
                new SearchOptions { Entity = e => e == someEntity },
                new SearchOptions { After = someDate },
                new SearchOptions { Before = someDate, Kinds = new[] { ClaimKind.Assertion } },
                new SearchOptions { Speaker = _ => true, First = 3 },
            };
            var nonEmpty = 0;
            foreach (var query in new[] { "AI", "の", "著作 OR 規制", "モデル" })
            {
                foreach (var options in filters)
                {
                    var memory = Describe(ClaimSearch.Search(articles, ClaimQuery.Parse(query), new SearchOptions { Speaker = options.Speaker, Kinds = options.Kinds, Entity = options.Entity, After = options.After, Before = options.Before })).ToList();
                    var indexed = Describe(Index().Search(Files(), ClaimQuery.Parse(query), options).Results).ToList();
                    if (options.First > 0)
                    {
                        Assert.Equal(Math.Min(options.First, memory.Count), indexed.Count);
                        Assert.Subset(new HashSet<string>(memory), new HashSet<string>(indexed));
                    }
                    else
                    {
                        Assert.Equal(memory.OrderBy(d => d, StringComparer.Ordinal), indexed.OrderBy(d => d, StringComparer.Ordinal));
                    }

                    nonEmpty += memory.Count > 0 ? 1 : 0;
                }
            }

            Assert.True(nonEmpty >= 10, "The filters should keep something for most queries.");
        }

        [Fact]
        public void RandomTextsAndQueriesFindTheSameClaimsInTheIndexAsInMemory()
        {
            // Pieces that meet at every kind of boundary: kana, kanji, Latin words, digits, spaces, punctuation, emoji.
            var pieces = new[] { "オープン", "ソース", "・", "著作", "権", "の", "は", "AI", "ai", "open", "source", "4o", "-", " ", "。", "、", "「", "」", "GPT", "\U0001F600", "ー", "生成", "Ｌｌａｍａ", "llama", "s" };
            var random = new Random(20240415);
            var articles = new List<string>();
            for (var file = 0; file < 12; file++)
            {
                var paragraphs = Enumerable.Range(0, 6).Select(_ => string.Concat(Enumerable.Range(0, random.Next(3, 14)).Select(__ => pieces[random.Next(pieces.Length)])) + "。");
                var text = string.Join("\n\n", paragraphs);
                articles.Add(text);
                Write($"r{file:D2}.txt", text);
            }

            var reader = AnalysisPipeline.Shipped.NewReader();
            var inMemory = Files().Select(f => reader.Read(f)).ToList();
            var queries = new List<string>();
            for (var q = 0; q < 120; q++)
            {
                // Substrings of the texts (found at least once) and random concatenations (often found nowhere).
                var source = articles[random.Next(articles.Count)];
                var start = random.Next(source.Length - 1);
                var substring = source.Substring(start, Math.Min(source.Length - start, random.Next(1, 8))).Trim();
                var made = string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => pieces[random.Next(pieces.Length)])).Trim();
                var term = q % 2 == 0 ? substring : made;
                if (term.Length == 0 || term.Contains('"') || char.IsSurrogate(term[0]) || char.IsSurrogate(term[term.Length - 1]))
                {
                    continue;
                }

                queries.Add(q % 3 == 0 ? "\"" + term + "\"" : term);
            }

            var found = 0;
            foreach (var query in queries)
            {
                var memory = Describe(ClaimSearch.Search(inMemory, ClaimQuery.Parse(query))).OrderBy(d => d, StringComparer.Ordinal).ToList();
                var indexed = Describe(Search(query).Results).OrderBy(d => d, StringComparer.Ordinal).ToList();
                Assert.True(memory.SequenceEqual(indexed), $"Query {query}: in memory {memory.Count}, indexed {indexed.Count}");
                found += memory.Count;
            }

            Assert.True(found > 100, "The random queries should find something.");
        }

        [Fact]
        public void TheIndexRanksClearCutCasesAsTheInMemorySearchDoes()
        {
            Write("a.txt", "著作権の話。\n\n著作権、著作権、そして著作権の話。\n\n天気の話。\n\n規制と著作権の話。");
            Write("b.txt", "規制の話。\n\n天気と規制の話。\n\n昨日の天気の話。");
            var reader = AnalysisPipeline.Shipped.NewReader();
            var articles = Files().Select(f => reader.Read(f)).ToList();
            foreach (var query in new[] { "著作権", "著作権 OR 天気", "規制 OR 著作権" })
            {
                var memory = ClaimSearch.Search(articles, ClaimQuery.Parse(query), new SearchOptions { First = 1 });
                var indexed = Index().Search(Files(), ClaimQuery.Parse(query), new SearchOptions { First = 1 }).Results;
                Assert.Equal(Assert.Single(memory).Text, Assert.Single(indexed).Text);
            }

            var ranked = Search("著作権").Results;
            Assert.Equal("著作権、著作権、そして著作権の話。", ranked[0].Text);
            Assert.True(ranked.Zip(ranked.Skip(1), (a, b) => a.Score >= b.Score).All(x => x));
        }

        [Fact]
        public void AFilterLeavingOutTheBestHitsStillGivesTheBestOfTheRest()
        {
            for (var i = 0; i < 30; i++)
            {
                // The claims that repeat the term rank first; the filter keeps only the plain ones.
                Write($"d{i:D2}.txt", $"著作権、著作権、著作権の記事{i}。\n\n記事{i}は著作権に触れる。");
            }

            var options = new SearchOptions { First = 5, Filter = c => c.Text.StartsWith("記事", StringComparison.Ordinal) };
            var results = Index().Search(Files(), ClaimQuery.Parse("著作権"), options).Results;
            Assert.Equal(5, results.Count);
            Assert.All(results, r => Assert.StartsWith("記事", r.Text, StringComparison.Ordinal));
            var all = Index().Search(Files(), ClaimQuery.Parse("著作権"), new SearchOptions { Filter = options.Filter }).Results;
            Assert.Equal(30, all.Count);
        }

        private static IEnumerable<string> Describe(IEnumerable<SearchResult> results, bool withScore = false) =>
            results.Select(r => string.Join("|", withScore ? r.Score.ToString("R") : string.Empty, r.ArticleId, r.Path, r.Claim.Index, r.Kind, r.Speaker, r.Start, r.Length, r.Paragraph, r.Snippet, r.Text, r.Claim.PublishedValue));

        // Issue 15 item 11: on Linux and macOS the index is a cache, so it lives where the XDG spec puts caches.
        [Fact]
        public void TheIndexLivesInTheUsersCacheFolder()
        {
            var env = new System.Collections.Generic.Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "/home/u/.xdg-cache" };
            Assert.Equal(Path.Combine("/home/u/.xdg-cache", "AiDocTools"), ClaimIndex.CacheRoot(n => env.TryGetValue(n, out var v) ? v : null, unix: true));
            env["AIDOCTOOLS_CACHE"] = "/tmp/portable";
            Assert.Equal("/tmp/portable", ClaimIndex.CacheRoot(n => env.TryGetValue(n, out var v) ? v : null, unix: true));
            env.Clear();
            Assert.EndsWith(Path.Combine(".cache", "AiDocTools"), ClaimIndex.CacheRoot(n => env.TryGetValue(n, out var v) ? v : null, unix: true));
        }
    }
}
