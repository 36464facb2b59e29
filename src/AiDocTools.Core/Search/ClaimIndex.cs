using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AiDocTools.Articles;
using AiDocTools.Claims;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AiDocTools.Search
{
    /// <summary>How far an index update has got, for progress bars.</summary>
    public readonly struct IndexProgress
    {
        public IndexProgress(int done, int total, string path)
        {
            Done = done;
            Total = total;
            Path = path;
        }

        public int Done { get; }

        public int Total { get; }

        public string Path { get; }
    }

    /// <summary>What a search over an index found, and which files could not be read as articles.</summary>
    public sealed class IndexedSearch
    {
        public IndexedSearch(IReadOnlyList<SearchResult> results, IReadOnlyList<ArticleLoadException> failures, int filesIndexed, bool rebuilt)
        {
            Results = results;
            Failures = failures;
            FilesIndexed = filesIndexed;
            Rebuilt = rebuilt;
        }

        public IReadOnlyList<SearchResult> Results { get; }

        /// <summary>Files that are no articles (empty, binary, gone…), reported at every search as Get-AiArticle would.</summary>
        public IReadOnlyList<ArticleLoadException> Failures { get; }

        /// <summary>How many files were read into the index by this search (0 when it was already up to date).</summary>
        public int FilesIndexed { get; }

        /// <summary>True when the index was found damaged or from another build and made again from the files.</summary>
        public bool Rebuilt { get; }
    }

    /// <summary>
    /// A persistent Lucene index of the claims of a set of files, for corpora too large to read at every search.
    /// Each search first compares the files' stamps with the manifest committed with the index and brings the index
    /// up to date (added, changed, deleted files), so results are never stale; ranking is done by the same
    /// <see cref="ClaimRanker"/> as the in-memory search, so both give the same results for the same files.
    /// Crash safety comes from Lucene's atomic commits (the manifest is part of the commit); a damaged index is rebuilt.
    /// Updates take an exclusive lock file, so two sessions updating at once wait for each other rather than collide.
    /// </summary>
    public sealed class ClaimIndex
    {
        private const string GramsField = "grams";
        private const string FileField = "file";
        private const string ClaimField = "claim";
        private const string LockFileName = "update.lock";
        private const int FilesPerCommit = 500;

        private static readonly FieldType GramsType = CreateGramsType();

        private readonly string _folder;
        private readonly string _luceneFolder;
        private readonly ArticleReader _reader;
        private readonly ClaimExtractor _extractor;

        public ClaimIndex(string folder, ArticleReader? reader = null, ClaimExtractor? extractor = null)
        {
            _folder = folder;
            _luceneFolder = Path.Combine(folder, "lucene");
            _reader = reader ?? new ArticleReader();
            _extractor = extractor ?? ClaimExtractor.Default;
        }

        /// <summary>How long an update waits for another session's update of the same index.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

        public string Folder => _folder;

        /// <summary>
        /// The per-user cache folder: $AIDOCTOOLS_CACHE when set (tests, portable installs), else the local
        /// application data folder, so indexes never roam with a user profile.
        /// </summary>
        public static string CacheRoot()
        {
            var configured = Environment.GetEnvironmentVariable("AIDOCTOOLS_CACHE");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured!;
            }

            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "AiDocTools");
        }

        /// <summary>The index folder for a file set named by its roots (the folders and files the user gave) and recursion.</summary>
        public static string FolderFor(IEnumerable<string> roots, bool recurse, string? cacheRoot = null)
        {
            var key = string.Join("\n", roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal))
                + (recurse ? "\n-Recurse" : string.Empty);
            var hash = FileStamp.Hash(Encoding.UTF8.GetBytes(key)).Substring(0, 24).ToLowerInvariant();
            return Path.Combine(cacheRoot ?? CacheRoot(), "index", hash);
        }

        /// <summary>Brings the index up to date with <paramref name="files"/> and searches it.</summary>
        /// <exception cref="TimeoutException">Another session held the index's update lock for longer than <see cref="LockTimeout"/>.</exception>
        /// <exception cref="OperationCanceledException">Cancelled; the files indexed so far are committed.</exception>
        public IndexedSearch Search(IReadOnlyList<string> files, ClaimQuery query, SearchOptions? options = null,
            Action<IndexProgress>? progress = null, CancellationToken cancellation = default)
        {
            var failures = new List<ArticleLoadException>();
            var stamps = new List<FileStamp>();
            foreach (var file in files.Distinct(StringComparer.Ordinal))
            {
                var stamp = FileStamp.Read(file);
                if (stamp == null)
                {
                    failures.Add(new ArticleLoadException(file, ArticleLoadFailure.NotFound, Message.Format(Messages.FileNotFound, file)));
                }
                else
                {
                    stamps.Add(stamp.Value);
                }
            }

            var filesIndexed = 0;
            var rebuilt = false;
            for (var attempt = 0; ; attempt++)
            {
                var snapshot = OpenSnapshot(out _);
                if (attempt > 0 || snapshot == null || !snapshot.Manifest.IsCurrentFor(stamps))
                {
                    snapshot?.Dispose();
                    var update = Update(stamps, forceRebuild: attempt > 0, progress, cancellation);
                    filesIndexed += update.FilesIndexed;
                    rebuilt |= update.Rebuilt;
                    snapshot = OpenSnapshot(out var error)
                        ?? throw new IOException(Message.Format(Messages.IndexUnreadable, _folder, error?.Message), error);
                }

                try
                {
                    using (snapshot)
                    {
                        var results = snapshot.Search(query, options);
                        failures.AddRange(snapshot.Manifest.Files.Where(f => f.Failure != null)
                            .Select(f => new ArticleLoadException(f.Path, f.Failure!.Value, f.Error ?? string.Empty)));
                        return new IndexedSearch(results, failures, filesIndexed, rebuilt);
                    }
                }
                catch (Exception ex) when (attempt == 0 && IsDamage(ex))
                {
                    // Damage inside a segment shows only when a stored claim is read: rebuild once and search again.
                }
            }
        }

        private static bool IsDamage(Exception ex) =>
            ex is IOException || ex is CorruptIndexException || ex is InvalidDataException || ex is System.Text.Json.JsonException
            || ex is FormatException || ex is IndexOutOfRangeException || ex is ArgumentOutOfRangeException;

        private Snapshot? OpenSnapshot(out Exception? error)
        {
            error = null;
            if (!System.IO.Directory.Exists(_luceneFolder))
            {
                return null;
            }

            LuceneDirectory? directory = null;
            DirectoryReader? reader = null;
            try
            {
                directory = Lucene.Net.Store.FSDirectory.Open(_luceneFolder);
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return null;
                }

                reader = DirectoryReader.Open(directory);
                var manifest = IndexManifest.Deserialize(reader.IndexCommit.UserData.TryGetValue(IndexManifest.CommitDataKey, out var json) ? json : null);
                if (manifest == null || !manifest.IsCompatible)
                {
                    reader.Dispose();
                    directory.Dispose();
                    return null;
                }

                return new Snapshot(directory, reader, manifest);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // A half-written or damaged index is not an error for the user: the update rebuilds it.
                error = ex;
                reader?.Dispose();
                directory?.Dispose();
                return null;
            }
        }

        private sealed class UpdateOutcome
        {
            public int FilesIndexed;
            public bool Rebuilt;
        }

        private UpdateOutcome Update(IReadOnlyList<FileStamp> stamps, bool forceRebuild, Action<IndexProgress>? progress, CancellationToken cancellation)
        {
            System.IO.Directory.CreateDirectory(_folder);
            using var updateLock = AcquireLock(cancellation);
            var outcome = new UpdateOutcome();

            // Another session may have brought the index up to date while this one waited for the lock.
            var snapshot = forceRebuild ? null : OpenSnapshot(out _);
            var existed = System.IO.Directory.Exists(_luceneFolder) && System.IO.Directory.EnumerateFileSystemEntries(_luceneFolder).Any();
            IndexManifest manifest;
            if (snapshot != null)
            {
                manifest = snapshot.Manifest;
                snapshot.Dispose();
                if (manifest.IsCurrentFor(stamps))
                {
                    return outcome;
                }
            }
            else
            {
                manifest = IndexManifest.Empty();
                outcome.Rebuilt = existed;
                ClearLuceneFolder();
            }

            var byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var current = new HashSet<string>(stamps.Select(s => s.Path), StringComparer.Ordinal);
            var toRead = stamps.Where(s => !byPath.TryGetValue(s.Path, out var known) || !known.HasStamp(s)).ToList();
            var toDelete = manifest.Files.Where(f => !current.Contains(f.Path)).Select(f => f.Path).ToList();

            using var directory = Lucene.Net.Store.FSDirectory.Open(_luceneFolder);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
            {
                OpenMode = snapshot == null ? OpenMode.CREATE : OpenMode.APPEND,
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var path in toDelete)
            {
                writer.DeleteDocuments(new Term(FileField, path));
                byPath.Remove(path);
            }

            var sinceCommit = 0;
            try
            {
                for (var i = 0; i < toRead.Count; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var stamp = toRead[i];
                    progress?.Invoke(new IndexProgress(i, toRead.Count, stamp.Path));
                    byPath.TryGetValue(stamp.Path, out var known);
                    var entry = IndexFile(writer, stamp, known);
                    if (entry == null)
                    {
                        // Gone between listing and reading: it is simply no longer part of the set.
                        writer.DeleteDocuments(new Term(FileField, stamp.Path));
                        byPath.Remove(stamp.Path);
                        continue;
                    }

                    byPath[stamp.Path] = entry;
                    outcome.FilesIndexed++;
                    if (++sinceCommit >= FilesPerCommit)
                    {
                        Commit(writer, manifest, byPath);
                        sinceCommit = 0;
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

        private static void Commit(IndexWriter writer, IndexManifest manifest, Dictionary<string, IndexedFile> byPath)
        {
            manifest.Files = byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            writer.SetCommitData(new Dictionary<string, string> { [IndexManifest.CommitDataKey] = manifest.Serialize() });
            writer.Commit();
        }

        /// <summary>Reads one file into the index; the manifest entry, or null when the file is gone.</summary>
        private IndexedFile? IndexFile(IndexWriter writer, FileStamp stamp, IndexedFile? known)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(stamp.Path);
            }
            catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
            {
                return null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return Failed(stamp, string.Empty, ArticleLoadFailure.Unreadable, Message.Format(Messages.FileUnreadable, stamp.Path, ex.Message));
            }

            var hash = FileStamp.Hash(bytes);
            if (known != null && known.Sha256 == hash)
            {
                // Touched, not changed (a copy, a checkout): keep its claims, remember the new stamp.
                known.Length = stamp.Length;
                known.LastWriteUtcTicks = stamp.LastWriteUtcTicks;
                return known;
            }

            writer.DeleteDocuments(new Term(FileField, stamp.Path));
            Article article;
            try
            {
                article = _reader.Read(bytes, stamp.Path);
            }
            catch (ArticleLoadException ex)
            {
                return Failed(stamp, hash, ex.Failure, ex.Message);
            }

            var entry = new IndexedFile { Path = stamp.Path, Length = stamp.Length, LastWriteUtcTicks = stamp.LastWriteUtcTicks, Sha256 = hash };
            foreach (var claim in _extractor.Extract(article))
            {
                var folded = FoldedText.Fold(claim.Text);
                var document = new Document
                {
                    new StringField(FileField, stamp.Path, Field.Store.YES),
                    new Field(GramsField, string.Join(" ", FoldedText.IndexTokens(folded)), GramsType),
                    new StoredField(ClaimField, ClaimJson.Serialize(claim)),
                };
                writer.AddDocument(document);
                entry.Claims++;
                entry.FoldedLength += folded.Length;
            }

            return entry;
        }

        private static IndexedFile Failed(FileStamp stamp, string hash, ArticleLoadFailure failure, string message) => new IndexedFile
        {
            Path = stamp.Path,
            Length = stamp.Length,
            LastWriteUtcTicks = stamp.LastWriteUtcTicks,
            Sha256 = hash,
            Failure = failure,
            Error = message,
        };

        private void ClearLuceneFolder()
        {
            System.IO.Directory.CreateDirectory(_luceneFolder);
            foreach (var file in System.IO.Directory.GetFiles(_luceneFolder))
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

        private static FieldType CreateGramsType()
        {
            var type = new FieldType
            {
                IsIndexed = true,
                IsTokenized = true,
                IsStored = false,
                OmitNorms = true,
                IndexOptions = IndexOptions.DOCS_ONLY,
            };
            type.Freeze();
            return type;
        }

        /// <summary>One committed state of the index, with the manifest that describes exactly it.</summary>
        private sealed class Snapshot : IDisposable
        {
            // Beyond this many features a union of per-feature queries costs more than reading every claim.
            private const int MaximumFeatureQueries = 256;

            private readonly LuceneDirectory _directory;
            private readonly DirectoryReader _reader;

            public Snapshot(LuceneDirectory directory, DirectoryReader reader, IndexManifest manifest)
            {
                _directory = directory;
                _reader = reader;
                Manifest = manifest;
            }

            public IndexManifest Manifest { get; }

            public IReadOnlyList<SearchResult> Search(ClaimQuery query, SearchOptions? options)
            {
                var ranker = new ClaimRanker(query);
                ranker.AddUnmatched(Manifest.Files.Sum(f => f.Claims), Manifest.Files.Sum(f => f.FoldedLength));
                if (!query.IsEmpty)
                {
                    var searcher = new IndexSearcher(_reader);
                    var collector = new AllDocuments();
                    searcher.Search(CandidateQuery(query), collector);
                    foreach (var doc in collector.Documents)
                    {
                        var stored = searcher.Doc(doc);
                        ranker.AddCounted(ClaimJson.Deserialize(stored.Get(ClaimField)), stored.Get(FileField));
                    }
                }

                return ranker.Results(options);
            }

            /// <summary>
            /// Every claim that could contain any positive feature: then each feature's claim count (for BM25) and
            /// the claims that satisfy the query are both exact, as in memory.
            /// </summary>
            private static Query CandidateQuery(ClaimQuery query)
            {
                if (query.Positive.Count > MaximumFeatureQueries || query.Positive.Any(f => f.RequiredTokens.Count == 0))
                {
                    return new MatchAllDocsQuery();
                }

                var any = new BooleanQuery();
                foreach (var feature in query.Positive)
                {
                    var all = new BooleanQuery();
                    foreach (var token in feature.RequiredTokens)
                    {
                        all.Add(new TermQuery(new Term(GramsField, token)), Occur.MUST);
                    }

                    any.Add(all, Occur.SHOULD);
                }

                return any;
            }

            public void Dispose()
            {
                _reader.Dispose();
                _directory.Dispose();
            }
        }

        private sealed class AllDocuments : ICollector
        {
            private int _docBase;

            public List<int> Documents { get; } = new List<int>();

            public bool AcceptsDocsOutOfOrder => true;

            public void SetScorer(Scorer scorer)
            {
            }

            public void Collect(int doc) => Documents.Add(_docBase + doc);

            public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        }
    }
}
