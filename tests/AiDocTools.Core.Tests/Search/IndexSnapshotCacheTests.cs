using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Rules;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>
    /// The snapshot cache and the updater, each on its own: a cache of this test's own (not the session's), so what
    /// it reuses or reopens is seen directly rather than through a search's timing.
    /// </summary>
    public sealed class IndexSnapshotCacheTests : IDisposable
    {
        private const string Analysis = "analysis-under-test";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "aidoctools-snapshots-" + Guid.NewGuid().ToString("N"));
        private readonly string _folder;
        private readonly string _lucene;
        private readonly IndexSnapshotCache _cache = new IndexSnapshotCache();

        public IndexSnapshotCacheTests()
        {
            _folder = Path.Combine(_root, "index");
            _lucene = Path.Combine(_folder, "lucene");
            Directory.CreateDirectory(Path.Combine(_root, "corpus"));
        }

        public void Dispose()
        {
            _cache.Evict(_lucene);
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
            var path = Path.Combine(_root, "corpus", name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        private IndexUpdater Updater() => new IndexUpdater(_folder, _lucene, AnalysisPipeline.Shipped.NewReader(), new ClaimExtractor(LanguagePacks.Shipped), Analysis, _cache);

        private static List<FileStamp> Stamps(params string[] paths) => paths.Select(p => FileStamp.Read(p)!.Value).ToList();

        private IndexSnapshot Acquire()
        {
            var snapshot = _cache.Acquire(_lucene, Analysis, out var error);
            Assert.Null(error);
            return Assert.IsType<IndexSnapshot>(snapshot);
        }

        [Fact]
        public void AnUnchangedIndexIsServedFromTheSnapshotAlreadyOpen()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None);

            var first = Acquire();
            var second = Acquire();
            Assert.Same(first, second);
            Assert.Equal(a, Assert.Single(first.Manifest.Files).Path);
            first.Release();
            second.Release();
        }

        [Fact]
        public void ACommitIsSeenAtTheNextAcquisitionWhileTheOldSnapshotStaysReadableUntilReleased()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            var b = Write("b.txt", "規制の議論も続いている。\n\n別の話題である。");
            Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None);
            var before = Acquire();
            var docsBefore = before.Reader.NumDocs;

            Updater().Update(Stamps(a, b), forceRebuild: false, progress: null, CancellationToken.None);
            var after = Acquire();

            Assert.NotSame(before, after);
            Assert.Equal(new[] { a, b }, after.Manifest.Files.Select(f => f.Path));
            Assert.True(after.Reader.NumDocs > docsBefore);
            // A search still running on the old commit keeps its reader: the cache let go of it, the search did not.
            Assert.Equal(docsBefore, before.Reader.NumDocs);
            Assert.Equal(1, before.Reader.RefCount);
            before.Release();
            Assert.Equal(0, before.Reader.RefCount);
            Assert.Equal(1, after.Reader.RefCount);
            after.Release();
        }

        [Fact]
        public void AnEvictedSnapshotIsOpenedAfresh()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None);
            var first = Acquire();
            first.Release();

            _cache.Evict(_lucene);
            var second = Acquire();
            Assert.NotSame(first, second);
            second.Release();
        }

        [Fact]
        public void NoIndexAndAnIndexOfAnotherAnalysisAreNoSnapshotWithoutAnError()
        {
            Assert.Null(_cache.Acquire(_lucene, Analysis, out var missing));
            Assert.Null(missing);

            Updater().Update(Stamps(Write("a.txt", "著作権の議論が続いている。")), forceRebuild: false, progress: null, CancellationToken.None);
            // Another build or another entity dictionary names speakers differently: its index is no answer.
            Assert.Null(_cache.Acquire(_lucene, "another-analysis", out var other));
            Assert.Null(other);
            Acquire().Release();
        }

        [Fact]
        public void ADamagedCommitIsNoSnapshotAndSaysWhy()
        {
            Updater().Update(Stamps(Write("a.txt", "著作権の議論が続いている。")), forceRebuild: false, progress: null, CancellationToken.None);
            _cache.Evict(_lucene);
            foreach (var segments in Directory.GetFiles(_lucene, "segments_*"))
            {
                File.WriteAllBytes(segments, new byte[] { 1, 2, 3 });
            }

            Assert.Null(_cache.Acquire(_lucene, Analysis, out var error));
            Assert.NotNull(error);
        }

        [Fact]
        public void AnUpdateOfACurrentIndexPlansNothingAndADeclinedPlanWritesNothing()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            IndexUpdatePlan? seen = null;
            var declined = Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None, plan => { seen = plan; return false; });
            Assert.False(declined.Applied);
            Assert.Equal(1, seen!.Added);
            Assert.Null(_cache.Acquire(_lucene, Analysis, out _));

            var done = Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None);
            Assert.Equal((true, 1, false), (done.Applied, done.FilesIndexed, done.Rebuilt));

            var again = Updater().Update(Stamps(a), forceRebuild: false, progress: null, CancellationToken.None, _ => throw new InvalidOperationException("nothing to confirm"));
            Assert.Equal(0, again.FilesIndexed);
            Assert.Null(again.Plan);
        }

        [Fact]
        public void AForcedRebuildReadsEveryFileAgainAndSaysItRebuilt()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            var b = Write("b.txt", "規制の議論も続いている。");
            Updater().Update(Stamps(a, b), forceRebuild: false, progress: null, CancellationToken.None);

            var rebuilt = Updater().Update(Stamps(a, b), forceRebuild: true, progress: null, CancellationToken.None);
            Assert.Equal((2, true), (rebuilt.FilesIndexed, rebuilt.Rebuilt));
            var snapshot = Acquire();
            Assert.Equal(new[] { a, b }, snapshot.Manifest.Files.Select(f => f.Path));
            snapshot.Release();
        }

        [Fact]
        public void ASnapshotIsCurrentOnlyForExactlyTheFilesAndStampsItWasWrittenFor()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            var b = Write("b.txt", "規制の議論も続いている。");
            Updater().Update(Stamps(a, b), forceRebuild: false, progress: null, CancellationToken.None);
            var snapshot = Acquire();
            var stamps = Stamps(a, b);

            Assert.True(snapshot.IsCurrentFor(stamps));
            Assert.True(snapshot.IsCurrentFor(new[] { stamps[1], stamps[0] }));
            Assert.False(snapshot.IsCurrentFor(stamps.Take(1).ToList()));
            Assert.False(snapshot.IsCurrentFor(new[] { stamps[0], new FileStamp(b, stamps[1].Length, stamps[1].LastWriteUtcTicks + 1) }));
            Assert.False(snapshot.IsCurrentFor(new[] { stamps[0], stamps[1], new FileStamp(Path.Combine(_root, "corpus", "c.txt"), 1, 1) }));
            snapshot.Release();
        }

        [Fact]
        public void AListingIsRememberedOnlyAsGivenAndItsStampsAreStillCompared()
        {
            var a = Write("a.txt", "著作権の議論が続いている。");
            var b = Write("b.txt", "規制の議論も続いている。");
            Updater().Update(Stamps(a, b), forceRebuild: false, progress: null, CancellationToken.None);
            var snapshot = Acquire();
            Assert.Null(snapshot.EntriesListedAsBefore(new[] { a, b }));

            snapshot.RememberListing(new[] { b, a });
            Assert.Null(snapshot.EntriesListedAsBefore(new[] { a, b }));
            Assert.Null(snapshot.EntriesListedAsBefore(new[] { b }));
            var entries = snapshot.EntriesListedAsBefore(new[] { b, a });
            Assert.Equal(new[] { b, a }, entries!.Select(e => e.Path));

            var read = FileStamp.ReadAll(new[] { b, a });
            Assert.True(IndexSnapshot.HaveStamps(entries, read));
            Assert.False(IndexSnapshot.HaveStamps(entries, new[] { read[0], null }));
            Assert.False(IndexSnapshot.HaveStamps(entries, new FileStamp?[] { read[0], new FileStamp(a, read[1]!.Value.Length + 1, read[1]!.Value.LastWriteUtcTicks) }));
            Assert.False(IndexSnapshot.HaveStamps(null, read));
            snapshot.Release();
        }
    }
}
