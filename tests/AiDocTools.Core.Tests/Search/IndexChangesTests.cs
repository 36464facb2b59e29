using System.Collections.Generic;
using System.Linq;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>The updater's decision of what to read again, from stamps alone, before any file is opened.</summary>
    public sealed class IndexChangesTests
    {
        private static IndexedFile Known(string path, long length, long ticks) =>
            new IndexedFile { Path = path, Length = length, LastWriteUtcTicks = ticks, Sha256 = "hash-of-" + path, Claims = 3, FoldedLength = 40 };

        private static IndexManifest Manifest(params IndexedFile[] files) =>
            new IndexManifest { Format = IndexManifest.CurrentFormat, Analysis = "test", Files = files.ToList() };

        private static IndexChanges Between(IndexManifest manifest, params FileStamp[] stamps) => IndexChanges.Between(manifest, stamps);

        [Fact]
        public void FilesWithTheStampTheyWereIndexedAtAreNotReadAgain()
        {
            var changes = Between(Manifest(Known("/c/a.txt", 100, 5000), Known("/c/b.txt", 200, 6000)),
                new FileStamp("/c/a.txt", 100, 5000), new FileStamp("/c/b.txt", 200, 6000));

            Assert.Empty(changes.ToRead);
            Assert.Empty(changes.ToDelete);
            Assert.True(changes.Plan("/idx").IsEmpty);
        }

        [Fact]
        public void AFileWhoseSizeOrTimeDiffersIsReadAgainWithWhatTheIndexKnowsOfIt()
        {
            var a = Known("/c/a.txt", 100, 5000);
            var b = Known("/c/b.txt", 200, 6000);
            var c = Known("/c/c.txt", 300, 7000);
            var changes = Between(Manifest(a, b, c),
                new FileStamp("/c/a.txt", 101, 5000), // grew, same time (an editor that keeps the time)
                new FileStamp("/c/b.txt", 200, 6001), // touched or rewritten at the same size
                new FileStamp("/c/c.txt", 300, 7000));

            Assert.Equal(new[] { "/c/a.txt", "/c/b.txt" }, changes.ToRead.Select(p => p.Stamp.Path));
            // The known entry goes with it: its hash is what lets a touched file keep its claims without analysis.
            Assert.Same(a, changes.ToRead[0].Known);
            Assert.Same(b, changes.ToRead[1].Known);
            Assert.Equal(101, changes.ToRead[0].Stamp.Length);
            var plan = changes.Plan("/idx");
            Assert.Equal((0, 2, 0), (plan.Added, plan.Changed, plan.Deleted));
        }

        [Fact]
        public void NewFilesAreAddedAndIndexedFilesNoLongerListedAreDropped()
        {
            var changes = Between(Manifest(Known("/c/a.txt", 100, 5000), Known("/c/gone.txt", 50, 1000), Known("/c/old.txt", 60, 1000)),
                new FileStamp("/c/new2.txt", 10, 9000),
                new FileStamp("/c/a.txt", 100, 5000),
                new FileStamp("/c/new1.txt", 20, 9000));

            // In the order listed: it fixes the order the claims go into the index, so equal scores rank the same every time.
            Assert.Equal(new[] { "/c/new2.txt", "/c/new1.txt" }, changes.ToRead.Select(p => p.Stamp.Path));
            Assert.All(changes.ToRead, p => Assert.Null(p.Known));
            Assert.Equal(new[] { "/c/gone.txt", "/c/old.txt" }, changes.ToDelete);
            var plan = changes.Plan("/idx");
            Assert.Equal(("/idx", 2, 0, 2), (plan.Location, plan.Added, plan.Changed, plan.Deleted));
            Assert.False(plan.IsEmpty);
        }

        [Fact]
        public void AnEmptyManifestReadsEveryFileAndAnEmptyListingDropsEveryFile()
        {
            var fresh = Between(Manifest(), new FileStamp("/c/a.txt", 1, 1), new FileStamp("/c/b.txt", 2, 2));
            Assert.Equal(2, fresh.Added);
            Assert.Equal(0, fresh.Changed);

            var emptied = Between(Manifest(Known("/c/a.txt", 1, 1), Known("/c/b.txt", 2, 2)));
            Assert.Empty(emptied.ToRead);
            Assert.Equal(new[] { "/c/a.txt", "/c/b.txt" }, emptied.ToDelete);
        }

        [Fact]
        public void AKnownFileTheStoreCannotReuseIsReadAfreshAsAChangeHoweverItIsStamped()
        {
            // A team's index keeps files analysed by other builds beside this one's: those are read again, without
            // their entry, so an unchanged hash cannot keep claims another analysis made.
            var other = Known("/c/other.txt", 100, 5000);
            var own = Known("/c/own.txt", 200, 6000);
            var changes = IndexChanges.Between(new[] { other, own },
                new[] { new FileStamp("/c/other.txt", 100, 5000), new FileStamp("/c/own.txt", 200, 6000), new FileStamp("/c/new.txt", 1, 1) },
                reusable: f => f.Path != "/c/other.txt");

            Assert.Equal(new[] { "/c/other.txt", "/c/new.txt" }, changes.ToRead.Select(p => p.Stamp.Path));
            Assert.All(changes.ToRead, p => Assert.Null(p.Known));
            Assert.Equal((1, 1), (changes.Added, changes.Changed));
        }

        [Fact]
        public void PathsAreComparedExactlyAsTheFileSystemSpellsThem()
        {
            // On Linux A.txt and a.txt are two files: a case-blind match would keep the old file's claims for the new one.
            var changes = Between(Manifest(Known("/c/a.txt", 100, 5000)), new FileStamp("/c/A.txt", 100, 5000));

            Assert.Equal("/c/A.txt", Assert.Single(changes.ToRead).Stamp.Path);
            Assert.Equal(new[] { "/c/a.txt" }, changes.ToDelete);
        }
    }
}
