using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using AiDocTools.Articles;
using AiDocTools.Claims;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AiDocTools.Search
{
    /// <summary>
    /// Brings the Lucene index in one folder up to date with a list of file stamps: decides what to read again
    /// (<see cref="IndexChanges"/>), reads and analyses those files on every core, and commits their claims with the
    /// manifest. Crash safety comes from Lucene's atomic commits (the manifest is part of the commit). Updates take an
    /// exclusive lock file, so two sessions updating at once wait for each other rather than collide.
    /// </summary>
    internal sealed class IndexUpdater
    {
        private const string LockFileName = "update.lock";
        private const int FilesPerCommit = 1000;
        private const int AnalysisBatch = 32;

        private readonly string _folder;
        private readonly string _luceneFolder;
        private readonly ArticleReader _reader;
        private readonly ClaimExtractor _extractor;
        private readonly string _analysis;
        private readonly IndexSnapshotCache _snapshots;

        public IndexUpdater(string folder, string luceneFolder, ArticleReader reader, ClaimExtractor extractor, string analysis, IndexSnapshotCache snapshots)
        {
            _folder = folder;
            _luceneFolder = luceneFolder;
            _reader = reader;
            _extractor = extractor;
            _analysis = analysis;
            _snapshots = snapshots;
        }

        /// <summary>How long an update waits for another session's update of the same index.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>
        /// Updates the index to hold exactly the files of <paramref name="stamps"/> (distinct, existing), as they are now.
        /// <paramref name="forceRebuild"/> makes it again from the files (the index proved damaged);
        /// <paramref name="confirm"/> sees the plan and may decline, leaving the index as it was.
        /// </summary>
        /// <exception cref="TimeoutException">Another session held the update lock for longer than <see cref="LockTimeout"/>.</exception>
        /// <exception cref="OperationCanceledException">Cancelled; the files indexed so far are committed.</exception>
        public IndexUpdateOutcome Update(IReadOnlyList<FileStamp> stamps, bool forceRebuild, Action<IndexProgress>? progress, CancellationToken cancellation,
            Func<IndexUpdatePlan, bool>? confirm = null)
        {
            Directory.CreateDirectory(_folder);
            using var updateLock = AcquireLock(cancellation);
            var outcome = new IndexUpdateOutcome();

            // Another session may have brought the index up to date while this one waited for the lock.
            var snapshot = forceRebuild ? null : _snapshots.Acquire(_luceneFolder, _analysis, out _);
            var existed = Directory.Exists(_luceneFolder) && Directory.EnumerateFileSystemEntries(_luceneFolder).Any();
            IndexManifest manifest;
            if (snapshot != null)
            {
                manifest = snapshot.Manifest;
                var current = snapshot.IsCurrentFor(stamps);
                snapshot.Release();
                if (current)
                {
                    return outcome;
                }
            }
            else
            {
                manifest = IndexManifest.Empty(_analysis);
            }

            var changes = IndexChanges.Between(manifest, stamps);
            outcome.Plan = changes.Plan(_folder);
            if (confirm != null && !confirm(outcome.Plan))
            {
                outcome.Applied = false;
                return outcome;
            }

            if (snapshot == null)
            {
                outcome.Rebuilt = existed;
                _snapshots.Evict(_luceneFolder);
                ClearLuceneFolder();
            }

            var byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var toRead = changes.ToRead;
            using var directory = Lucene.Net.Store.FSDirectory.Open(_luceneFolder);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
            {
                OpenMode = snapshot == null ? OpenMode.CREATE : OpenMode.APPEND,
                Similarity = IndexDocument.Similarity,
                RAMBufferSizeMB = 64,
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var path in changes.ToDelete)
            {
                writer.DeleteDocuments(new Term(IndexDocument.FileField, path));
                byPath.Remove(path);
            }

            var sinceCommit = 0;
            try
            {
                // Files are analysed a batch ahead on every core, and added to the index one by one in their order,
                // so the index (and the order of equal scores) is the same however many cores did the work.
                var next = AnalyseAhead(toRead, 0, cancellation);
                for (var batchStart = 0; batchStart < toRead.Count; batchStart += AnalysisBatch)
                {
                    var batch = Wait(next!);
                    next = batchStart + AnalysisBatch < toRead.Count ? AnalyseAhead(toRead, batchStart + AnalysisBatch, cancellation) : null;
                    for (var k = 0; k < batch.Length; k++)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        var i = batchStart + k;
                        var analysed = batch[k];
                        progress?.Invoke(new IndexProgress(i, toRead.Count, analysed.Stamp.Path));
                        if (analysed.Entry == null)
                        {
                            // Gone between listing and reading: it is simply no longer part of the set.
                            writer.DeleteDocuments(new Term(IndexDocument.FileField, analysed.Stamp.Path));
                            byPath.Remove(analysed.Stamp.Path);
                            continue;
                        }

                        if (analysed.Documents != null)
                        {
                            writer.DeleteDocuments(new Term(IndexDocument.FileField, analysed.Stamp.Path));
                            foreach (var document in analysed.Documents)
                            {
                                writer.AddDocument(document);
                            }
                        }

                        byPath[analysed.Stamp.Path] = analysed.Entry;
                        outcome.FilesIndexed++;
                        if (++sinceCommit >= FilesPerCommit)
                        {
                            Commit(writer, manifest, byPath);
                            sinceCommit = 0;
                        }
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C keeps what was read: the manifest lists exactly the files whose claims are committed.
                Commit(writer, manifest, byPath);
                throw;
            }
            catch
            {
                // Disposing a Lucene writer commits; after a failure nothing half-done may be committed.
                writer.Rollback();
                throw;
            }

            Commit(writer, manifest, byPath);
            return outcome;
        }

        private Task<AnalysedFile[]> AnalyseAhead(List<PendingFile> files, int from, CancellationToken cancellation)
        {
            var batch = files.Skip(from).Take(AnalysisBatch).ToList();
            return Task.Run(() => batch.AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                .WithCancellation(cancellation)
                .Select(Analyse)
                .ToArray());
        }

        private static AnalysedFile[] Wait(Task<AnalysedFile[]> task)
        {
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // PLINQ wraps what a file's analysis threw; the caller expects the error itself.
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }
        }

        private static void Commit(IndexWriter writer, IndexManifest manifest, Dictionary<string, IndexedFile> byPath)
        {
            manifest.Files = byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            writer.SetCommitData(new Dictionary<string, string> { [IndexManifest.CommitDataKey] = manifest.Serialize() });
            writer.Commit();
        }

        /// <summary>Reads and analyses one file; runs on any thread, touching nothing shared.</summary>
        private AnalysedFile Analyse(PendingFile pending)
        {
            var read = IndexedArticle.Read(pending.Stamp, pending.Known, _reader, _extractor);
            if (read.Entry == null || read.Claims == null)
            {
                // A file that became no article loses the claims it had; one gone or only touched keeps the index as it is.
                return new AnalysedFile(pending.Stamp, read.Entry, read.Entry == null || read.Entry.Failure == null ? null : new List<Document>());
            }

            var documents = new List<Document>(read.Claims.Count);
            foreach (var (claim, folded) in read.Claims)
            {
                documents.Add(IndexDocument.For(pending.Stamp.Path, claim, folded));
            }

            return new AnalysedFile(pending.Stamp, read.Entry, documents);
        }

        private void ClearLuceneFolder()
        {
            Directory.CreateDirectory(_luceneFolder);
            foreach (var file in Directory.GetFiles(_luceneFolder))
            {
                if (!string.Equals(Path.GetFileName(file), "write.lock", StringComparison.Ordinal))
                {
                    File.Delete(file);
                }
            }
        }

        private FileStream AcquireLock(CancellationToken cancellation)
        {
            var path = Path.Combine(_folder, LockFileName);
            var deadline = DateTime.UtcNow + LockTimeout;
            while (true)
            {
                try
                {
                    // FileShare.None is an OS lock (flock on Unix): it dies with the process, so a crash leaves no stale lock.
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    cancellation.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100));
                    cancellation.ThrowIfCancellationRequested();
                }
                catch (IOException ex)
                {
                    throw new TimeoutException(Message.Format(Messages.IndexBusy, _folder, LockTimeout.TotalSeconds), ex);
                }
            }
        }

        /// <summary>A file read and analysed, ready to go into the index.</summary>
        private sealed class AnalysedFile
        {
            public AnalysedFile(FileStamp stamp, IndexedFile? entry, List<Document>? documents)
            {
                Stamp = stamp;
                Entry = entry;
                Documents = documents;
            }

            public FileStamp Stamp { get; }

            /// <summary>The manifest entry; null when the file is gone.</summary>
            public IndexedFile? Entry { get; }

            /// <summary>The claims to replace the file's old ones with; null when its claims stay as they are (touched, not changed).</summary>
            public List<Document>? Documents { get; }
        }
    }

    /// <summary>What one update did, for the facade to report.</summary>
    internal sealed class IndexUpdateOutcome
    {
        public int FilesIndexed { get; set; }

        /// <summary>True when an index was there but unusable (damaged, another build) and was made again.</summary>
        public bool Rebuilt { get; set; }

        /// <summary>What the update set out to do; null when the index was already current and nothing was planned.</summary>
        public IndexUpdatePlan? Plan { get; set; }

        /// <summary>False when the plan was declined and nothing was written.</summary>
        public bool Applied { get; set; } = true;
    }

    /// <summary>A file the update must read: its stamp now, and what the index knows of it (null when new).</summary>
    internal sealed class PendingFile
    {
        public PendingFile(FileStamp stamp, IndexedFile? known)
        {
            Stamp = stamp;
            Known = known;
        }

        public FileStamp Stamp { get; }

        /// <summary>The manifest entry: its hash lets a file touched but not changed keep its claims without analysis.</summary>
        public IndexedFile? Known { get; }
    }

    /// <summary>
    /// What an update must do, decided from stamps alone before any file is opened: a file is read again when it is new
    /// or its size or write time differ from what the store knows; a known file no longer listed is dropped. Size and
    /// time are what a stat gives cheaply; the hash then tells a touched file from a changed one, when it is read.
    /// Every store (the local index, a team's) decides this one way.
    /// </summary>
    internal sealed class IndexChanges
    {
        private IndexChanges(List<PendingFile> toRead, List<string> toDelete, int added)
        {
            ToRead = toRead;
            ToDelete = toDelete;
            Added = added;
        }

        /// <summary>The files to read, in the order listed (which fixes the order of their claims in the index).</summary>
        public List<PendingFile> ToRead { get; }

        /// <summary>Known files not listed any more, by path in ordinal order.</summary>
        public List<string> ToDelete { get; }

        /// <summary>Files the store did not know.</summary>
        public int Added { get; }

        /// <summary>Known files read again.</summary>
        public int Changed => ToRead.Count - Added;

        /// <summary>The changes from the local index's manifest to the distinct, existing files of <paramref name="stamps"/>.</summary>
        public static IndexChanges Between(IndexManifest manifest, IReadOnlyList<FileStamp> stamps) => Between(manifest.Files, stamps);

        /// <summary>
        /// The changes from the files a store knows to the distinct, existing files of <paramref name="stamps"/>. A known
        /// file that <paramref name="reusable"/> rejects (a team's file indexed by another build) is read again however
        /// it is stamped, and analysed afresh: it counts as changed, and goes without its entry so its hash cannot keep
        /// the old claims.
        /// </summary>
        public static IndexChanges Between(IEnumerable<IndexedFile> known, IReadOnlyList<FileStamp> stamps, Func<IndexedFile, bool>? reusable = null)
        {
            var byPath = known.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var listed = new HashSet<string>(StringComparer.Ordinal);
            var toRead = new List<PendingFile>();
            var added = 0;
            foreach (var stamp in stamps)
            {
                listed.Add(stamp.Path);
                if (!byPath.TryGetValue(stamp.Path, out var entry))
                {
                    toRead.Add(new PendingFile(stamp, null));
                    added++;
                }
                else if (reusable != null && !reusable(entry))
                {
                    toRead.Add(new PendingFile(stamp, null));
                }
                else if (!entry.HasStamp(stamp))
                {
                    toRead.Add(new PendingFile(stamp, entry));
                }
            }

            var toDelete = byPath.Keys.Where(p => !listed.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();
            return new IndexChanges(toRead, toDelete, added);
        }

        public IndexUpdatePlan Plan(string location) => new IndexUpdatePlan(location, Added, Changed, ToDelete.Count);
    }
}
