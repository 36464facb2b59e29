using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using AiDocTools.Articles;
using AiDocTools.Claims;
using System.Threading.Tasks;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
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
    public sealed class ClaimIndex : IClaimStore
    {
        private const string TextField = "text";
        private const string KindField = "kind";
        private const string SpeakerField = "speaker";
        private const string EntityField = "entity";
        private const string PublishedStartField = "published.start";
        private const string PublishedEndField = "published.end";
        private const string FileField = "file";
        private const string ClaimField = "claim";
        private const string LockFileName = "update.lock";
        private const int FilesPerCommit = 1000;
        private const int AnalysisBatch = 32;
        private const int ParallelStampThreshold = 2000;

        // Lucene's BM25 with the usual constants, the same as the in-memory ranking's.
        private static readonly BM25Similarity Similarity = new BM25Similarity(1.2f, 0.75f);

        private readonly string _folder;
        private readonly string _luceneFolder;
        private readonly ArticleReader _reader;
        private readonly ClaimExtractor _extractor;
        private readonly string _analysis;

        public ClaimIndex(string folder, ArticleReader? reader = null, ClaimExtractor? extractor = null)
        {
            _folder = folder;
            _luceneFolder = Path.Combine(folder, "lucene");
            _reader = reader ?? new ArticleReader();
            _extractor = extractor ?? ClaimExtractor.Default;
            _analysis = IndexManifest.AnalysisOf(_extractor);
        }

        /// <summary>How long an update waits for another session's update of the same index.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

        public string Folder => _folder;

        string IClaimStore.Location => _folder;

        /// <summary>Brings the index up to date with <paramref name="files"/> without searching it (Update-AiIndex).</summary>
        /// <exception cref="TimeoutException">Another session held the index's update lock for longer than <see cref="LockTimeout"/>.</exception>
        public IndexUpdate Update(ArticleFileSet files, Func<IndexUpdatePlan, bool>? confirm = null,
            Action<IndexProgress>? progress = null, CancellationToken cancellation = default)
        {
            var listed = new ListedFiles(files.Files, ReadStamps(files.Files));
            var outcome = Update(listed.Stamps, forceRebuild: false, progress, cancellation, confirm);
            var snapshot = outcome.Applied ? AcquireSnapshot(out _) : null;
            try
            {
                var failures = listed.Missing.Concat(snapshot?.Failures ?? new ArticleLoadException[0]).ToList();
                var plan = outcome.Plan ?? new IndexUpdatePlan(_folder, 0, 0, 0);
                return new IndexUpdate(plan, outcome.Applied, listed.Stamps.Count - plan.Added - plan.Changed, failures);
            }
            finally
            {
                snapshot?.Release();
            }
        }

        /// <summary>The index as it was last committed, without looking at the files.</summary>
        public IReadOnlyList<SearchResult> Search(ClaimQuery query, SearchOptions? options = null, CancellationToken cancellation = default) =>
            SearchWithoutFreshnessCheck(query, options) ?? new SearchResult[0];

        /// <summary>
        /// The per-user cache folder: $AIDOCTOOLS_CACHE when set (tests, portable installs); on Linux and macOS the XDG
        /// cache folder ($XDG_CACHE_HOME, else ~/.cache), which backup tools and cleaners know to skip; on Windows the
        /// local application data folder, so indexes never roam with a user profile.
        /// </summary>
        public static string CacheRoot() => CacheRoot(Environment.GetEnvironmentVariable, Path.DirectorySeparatorChar == '/');

        internal static string CacheRoot(Func<string, string?> variable, bool unix)
        {
            var configured = variable("AIDOCTOOLS_CACHE");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured!;
            }

            if (unix)
            {
                var xdg = variable("XDG_CACHE_HOME");
                if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
                {
                    return Path.Combine(xdg, "AiDocTools");
                }

                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                if (!string.IsNullOrEmpty(home))
                {
                    return Path.Combine(home, ".cache", "AiDocTools");
                }
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
            // The freshness check and the query on the latest snapshot run at the same time: on a large folder each
            // costs about as much as the other, and the index is almost always current. The snapshot's answer is used
            // only once the stamps show it is current; otherwise it is dropped and the updated index is searched.
            // Files are stat'ed as listed (one listed twice, twice) so that nothing but the stats waits for them.
            var stampsRead = Task.Run(() => ReadStamps(files));
            var ahead = SearchAhead(query, options);
            var listedAsBefore = ahead.Snapshot?.EntriesListedAsBefore(files);
            FileStamp?[] read;
            try
            {
                read = stampsRead.GetAwaiter().GetResult();
            }
            catch
            {
                ahead.Snapshot?.Release();
                throw;
            }

            var listed = new ListedFiles(files, read);
            var filesIndexed = 0;
            var rebuilt = false;
            for (var attempt = 0; ; attempt++)
            {
                var snapshot = attempt == 0 ? ahead.Snapshot : null;
                var searchedAhead = snapshot != null;
                var currentAsListedBefore = snapshot != null && HaveStamps(listedAsBefore, read);
                var current = currentAsListedBefore || (snapshot != null && snapshot.IsCurrentFor(listed.Stamps));
                if (!current)
                {
                    snapshot?.Release();
                    searchedAhead = false;
                    var update = Update(listed.Stamps, forceRebuild: attempt > 0, progress, cancellation);
                    filesIndexed += update.FilesIndexed;
                    rebuilt |= update.Rebuilt;
                    snapshot = AcquireSnapshot(out var error)
                        ?? throw new IOException(Message.Format(Messages.IndexUnreadable, _folder, error?.Message), error);
                }
                else if (listedAsBefore == null && listed.Stamps.Count == files.Count)
                {
                    snapshot!.RememberListing(files);
                }

                try
                {
                    var results = searchedAhead ? ahead.Outcome() : snapshot!.Search(query, options);
                    // A list found current as listed before has no file missing.
                    var failures = (currentAsListedBefore ? snapshot!.Failures : listed.Missing.Concat(snapshot!.Failures)).ToList();
                    return new IndexedSearch(results, failures, filesIndexed, rebuilt);
                }
                catch (Exception ex) when (attempt == 0 && IsDamage(ex))
                {
                    // Damage inside a segment shows only when it is read: rebuild once and search again.
                    Evict(_luceneFolder);
                }
                finally
                {
                    snapshot!.Release();
                }
            }
        }

        /// <summary>True when every file, listed as when the snapshot was last found current, still has the stamp it was indexed at.</summary>
        private static bool HaveStamps(IndexedFile[]? entries, FileStamp?[] read)
        {
            if (entries == null)
            {
                return false;
            }

            for (var i = 0; i < entries.Length; i++)
            {
                if (read[i] == null || !entries[i].HasStamp(read[i]!.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The files of a search as the caller listed them with their stamps; the distinct ones as the index needs them, made when needed.</summary>
        private sealed class ListedFiles
        {
            private readonly IReadOnlyList<string> _paths;
            private readonly FileStamp?[] _read;
            private List<FileStamp>? _stamps;
            private List<ArticleLoadException>? _missing;

            public ListedFiles(IReadOnlyList<string> paths, FileStamp?[] read)
            {
                _paths = paths;
                _read = read;
            }

            /// <summary>The stamp of each distinct file that exists, in the order first listed.</summary>
            public List<FileStamp> Stamps
            {
                get
                {
                    Split();
                    return _stamps!;
                }
            }

            /// <summary>Each distinct file that does not exist, as Get-AiArticle would report it.</summary>
            public List<ArticleLoadException> Missing
            {
                get
                {
                    Split();
                    return _missing!;
                }
            }

            private void Split()
            {
                if (_stamps != null)
                {
                    return;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                var stamps = new List<FileStamp>(_paths.Count);
                var missing = new List<ArticleLoadException>();
                for (var i = 0; i < _paths.Count; i++)
                {
                    var path = _paths[i];
                    if (!seen.Add(path))
                    {
                        continue;
                    }

                    if (_read[i] == null)
                    {
                        missing.Add(new ArticleLoadException(path, ArticleLoadFailure.NotFound, Message.Format(Messages.FileNotFound, path)));
                    }
                    else
                    {
                        stamps.Add(_read[i]!.Value);
                    }
                }

                _stamps = stamps;
                _missing = missing;
            }
        }

        /// <summary>
        /// The query on the latest committed state of the index as it is, skipping the freshness check; null when there
        /// is no index. Only for the benchmark, which reports what a search costs apart from its check of the files.
        /// </summary>
        internal IReadOnlyList<SearchResult>? SearchWithoutFreshnessCheck(ClaimQuery query, SearchOptions? options = null)
        {
            var ahead = SearchAhead(query, options);
            try
            {
                return ahead.Snapshot == null ? null : ahead.Outcome();
            }
            finally
            {
                ahead.Snapshot?.Release();
            }
        }

        /// <summary>The latest snapshot (acquired for the caller) and what the query finds in it, or how the query failed there.</summary>
        private SearchedAhead SearchAhead(ClaimQuery query, SearchOptions? options)
        {
            var snapshot = AcquireSnapshot(out _);
            if (snapshot == null)
            {
                return new SearchedAhead(null, null, null);
            }

            try
            {
                return new SearchedAhead(snapshot, snapshot.Search(query, options), null);
            }
            catch (Exception ex)
            {
                // Whether this failure counts is known only once the stamps say whether this snapshot is the one to search.
                return new SearchedAhead(snapshot, null, ExceptionDispatchInfo.Capture(ex));
            }
        }

        private sealed class SearchedAhead
        {
            private readonly IReadOnlyList<SearchResult>? _results;
            private readonly ExceptionDispatchInfo? _failure;

            public SearchedAhead(Snapshot? snapshot, IReadOnlyList<SearchResult>? results, ExceptionDispatchInfo? failure)
            {
                Snapshot = snapshot;
                _results = results;
                _failure = failure;
            }

            public Snapshot? Snapshot { get; }

            public IReadOnlyList<SearchResult> Outcome()
            {
                _failure?.Throw();
                return _results!;
            }
        }

        /// <summary>
        /// One stat per file, at every search: this is what keeps results from ever being stale, and on a large folder
        /// it is most of a search's cost, so a long list is read on every core.
        /// </summary>
        internal static FileStamp?[] ReadStamps(IReadOnlyList<string> files)
        {
            var stamps = new FileStamp?[files.Count];
            if (files.Count < ParallelStampThreshold)
            {
                for (var i = 0; i < stamps.Length; i++)
                {
                    stamps[i] = FileStamp.Read(files[i]);
                }
            }
            else
            {
                Parallel.For(0, stamps.Length, i => stamps[i] = FileStamp.Read(files[i]));
            }

            return stamps;
        }

        private static bool IsDamage(Exception ex) =>
            ex is IOException || ex is CorruptIndexException || ex is InvalidDataException || ex is System.Text.Json.JsonException
            || ex is FormatException || ex is IndexOutOfRangeException || ex is ArgumentOutOfRangeException;

        // Open readers by index folder, kept for the session: opening a reader and reading the manifest of a large
        // corpus costs more than the search itself. Each search checks for a newer commit (a directory listing) first.
        private static readonly Dictionary<string, Snapshot> OpenSnapshots = new Dictionary<string, Snapshot>(StringComparer.Ordinal);

        /// <summary>The latest committed state of the index, acquired for the caller (who must <see cref="Snapshot.Release"/> it); null when there is none usable.</summary>
        private Snapshot? AcquireSnapshot(out Exception? error)
        {
            error = null;
            lock (OpenSnapshots)
            {
                // Read before any reader is opened: a commit landing in between makes the key older than the reader,
                // which costs one needless reopen next time, never a stale answer.
                var commit = CommitKey(_luceneFolder);
                if (OpenSnapshots.TryGetValue(_luceneFolder, out var cached) && cached.Manifest.Analysis != _analysis)
                {
                    // Opened for another dictionary (another runspace's -DictionaryPath): not an answer for this one.
                    OpenSnapshots.Remove(_luceneFolder);
                    cached.Release();
                    cached = null;
                }

                if (cached != null)
                {
                    if (commit != null && commit == cached.CommitKey)
                    {
                        cached.Acquire();
                        return cached;
                    }

                    try
                    {
                        var newer = DirectoryReader.OpenIfChanged(cached.Reader);
                        if (newer == null)
                        {
                            cached.CommitKey = commit;
                            cached.Acquire();
                            return cached;
                        }

                        var refreshed = Snapshot.Open(newer, _analysis);
                        cached.Release();
                        OpenSnapshots.Remove(_luceneFolder);
                        if (refreshed != null)
                        {
                            refreshed.CommitKey = commit;
                            OpenSnapshots[_luceneFolder] = refreshed;
                            refreshed.Acquire();
                            return refreshed;
                        }
                    }
                    catch (Exception ex) when (!(ex is OutOfMemoryException))
                    {
                        error = ex;
                        OpenSnapshots.Remove(_luceneFolder);
                        cached.Release();
                    }
                }

                var opened = OpenSnapshot(out var openError);
                error = openError ?? error;
                if (opened != null)
                {
                    opened.CommitKey = commit;
                    OpenSnapshots[_luceneFolder] = opened;
                    opened.Acquire();
                }

                return opened;
            }
        }

        /// <summary>
        /// What names the index's latest commit: every commit, and every rebuild, writes a new segments_N file. Comparing
        /// names, sizes and times of those few files costs a short directory listing, where asking Lucene whether the
        /// reader is current reads and parses the commit itself — most of a search's time on a large index.
        /// </summary>
        private static string? CommitKey(string luceneFolder)
        {
            try
            {
                var key = new StringBuilder();
                foreach (var file in new DirectoryInfo(luceneFolder).GetFiles("segments*").OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    key.Append(file.Name).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append(';');
                }

                return key.Length == 0 ? null : key.ToString();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static void Evict(string luceneFolder)
        {
            lock (OpenSnapshots)
            {
                if (OpenSnapshots.TryGetValue(luceneFolder, out var cached))
                {
                    OpenSnapshots.Remove(luceneFolder);
                    cached.Release();
                }
            }
        }

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
                // The directory object holds no files of its own (its readers do), so it lives as long as the session.
                return Snapshot.Open(reader, _analysis);
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
            public IndexUpdatePlan? Plan;
            public bool Applied = true;
        }

        private UpdateOutcome Update(IReadOnlyList<FileStamp> stamps, bool forceRebuild, Action<IndexProgress>? progress, CancellationToken cancellation,
            Func<IndexUpdatePlan, bool>? confirm = null)
        {
            System.IO.Directory.CreateDirectory(_folder);
            using var updateLock = AcquireLock(cancellation);
            var outcome = new UpdateOutcome();

            // Another session may have brought the index up to date while this one waited for the lock.
            var snapshot = forceRebuild ? null : AcquireSnapshot(out _);
            var existed = System.IO.Directory.Exists(_luceneFolder) && System.IO.Directory.EnumerateFileSystemEntries(_luceneFolder).Any();
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

            var byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var listed = new HashSet<string>(stamps.Select(s => s.Path), StringComparer.Ordinal);
            var toRead = stamps.Where(s => !byPath.TryGetValue(s.Path, out var known) || !known.HasStamp(s))
                .Select(s => new PendingFile(s, byPath.TryGetValue(s.Path, out var known) ? known : null))
                .ToList();
            var toDelete = manifest.Files.Where(f => !listed.Contains(f.Path)).Select(f => f.Path).ToList();
            var added = toRead.Count(p => p.Known == null);
            outcome.Plan = new IndexUpdatePlan(_folder, added, toRead.Count - added, toDelete.Count);
            if (confirm != null && !confirm(outcome.Plan))
            {
                outcome.Applied = false;
                return outcome;
            }

            if (snapshot == null)
            {
                outcome.Rebuilt = existed;
                Evict(_luceneFolder);
                ClearLuceneFolder();
            }

            using var directory = Lucene.Net.Store.FSDirectory.Open(_luceneFolder);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
            {
                OpenMode = snapshot == null ? OpenMode.CREATE : OpenMode.APPEND,
                Similarity = Similarity,
                RAMBufferSizeMB = 64,
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
                            writer.DeleteDocuments(new Term(FileField, analysed.Stamp.Path));
                            byPath.Remove(analysed.Stamp.Path);
                            continue;
                        }

                        if (analysed.Documents != null)
                        {
                            writer.DeleteDocuments(new Term(FileField, analysed.Stamp.Path));
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

        private sealed class PendingFile
        {
            public PendingFile(FileStamp stamp, IndexedFile? known)
            {
                Stamp = stamp;
                Known = known;
            }

            public FileStamp Stamp { get; }

            public IndexedFile? Known { get; }
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
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
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
                return new AnalysedFile(pending.Stamp, read.Entry, read.Entry == null || read.Entry.Failure == null ? null : new List<Document>());
            }

            var documents = new List<Document>();
            foreach (var (claim, folded) in read.Claims)
            {
                var document = new Document
                {
                    new StringField(FileField, pending.Stamp.Path, Field.Store.YES),
                    new TextField(TextField, new PositionedTokenStream(FoldedText.IndexTokens(folded))),
                    new StoredField(ClaimField, ClaimJson.Serialize(claim)),
                    new StringField(KindField, claim.Kind.ToString(), Field.Store.NO),
                };
                foreach (var speaker in IndexedArticle.Speakers(claim))
                {
                    document.Add(new StringField(SpeakerField, speaker, Field.Store.NO));
                }

                foreach (var entity in claim.Entities.Distinct(StringComparer.Ordinal))
                {
                    document.Add(new StringField(EntityField, entity, Field.Store.NO));
                }

                if (claim.PublishedValue != null)
                {
                    document.Add(new Int64Field(PublishedStartField, claim.PublishedValue.Start.Ticks, Field.Store.NO));
                    document.Add(new Int64Field(PublishedEndField, claim.PublishedValue.End.Ticks, Field.Store.NO));
                }

                documents.Add(document);
            }

            return new AnalysedFile(pending.Stamp, read.Entry, documents);
        }

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

        /// <summary>One committed state of the index, with the manifest that describes exactly it.</summary>
        private sealed class Snapshot
        {
            // Hits whose claims are read at a time when a filter leaves some out: enough for a page in one go.
            private const int FilterWindow = 64;

            private readonly Dictionary<string, IndexedFile> _byPath;
            private int _references = 1;
            private Listing? _lastListing;

            private Snapshot(DirectoryReader reader, IndexManifest manifest)
            {
                Reader = reader;
                Manifest = manifest;
                _byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
                Failures = manifest.Files.Where(f => f.Failure != null)
                    .Select(f => new ArticleLoadException(f.Path, f.Failure!.Value, f.Error ?? string.Empty)).ToList();
            }

            public DirectoryReader Reader { get; }

            /// <summary>The commit this reader was found current for (see CommitKey); null when unknown.</summary>
            public string? CommitKey { get; set; }

            public IndexManifest Manifest { get; }

            public IReadOnlyList<ArticleLoadException> Failures { get; }

            /// <summary>The snapshot of an opened reader, or null (reader closed) when it was written by another build or format.</summary>
            public static Snapshot? Open(DirectoryReader reader, string analysis)
            {
                try
                {
                    var manifest = IndexManifest.Deserialize(reader.IndexCommit.UserData.TryGetValue(IndexManifest.CommitDataKey, out var json) ? json : null);
                    if (manifest != null && manifest.IsWrittenBy(analysis))
                    {
                        return new Snapshot(reader, manifest);
                    }
                }
                catch
                {
                    reader.Dispose();
                    throw;
                }

                reader.Dispose();
                return null;
            }

            public void Acquire() => Interlocked.Increment(ref _references);

            public void Release()
            {
                if (Interlocked.Decrement(ref _references) == 0)
                {
                    Reader.Dispose();
                }
            }

            /// <summary>
            /// The manifest entry of each file, in the caller's order, when <paramref name="files"/> is the list this
            /// snapshot was last found current for; else null. A session searches the same folder again and again:
            /// comparing the paths with that list costs a fraction of deduplicating them and looking each one up, and
            /// it is done while the files are stat'ed, leaving only a comparison of stamps once they are in.
            /// </summary>
            public IndexedFile[]? EntriesListedAsBefore(IReadOnlyList<string> files)
            {
                var listing = Volatile.Read(ref _lastListing);
                if (listing == null || listing.Paths.Length != files.Count)
                {
                    return null;
                }

                for (var i = 0; i < files.Count; i++)
                {
                    if (!string.Equals(files[i], listing.Paths[i], StringComparison.Ordinal))
                    {
                        return null;
                    }
                }

                return listing.Entries;
            }

            /// <summary>Remembers a list of distinct, existing files this snapshot was just found current for.</summary>
            public void RememberListing(IReadOnlyList<string> files)
            {
                var paths = files.ToArray();
                var entries = paths.Select(p => _byPath[p]).ToArray();
                Volatile.Write(ref _lastListing, new Listing(paths, entries));
            }

            /// <summary>True when every file has the stamp it was indexed at and no file was added or removed.</summary>
            public bool IsCurrentFor(IReadOnlyList<FileStamp> stamps)
            {
                if (_byPath.Count != stamps.Count)
                {
                    return false;
                }

                foreach (var stamp in stamps)
                {
                    if (!_byPath.TryGetValue(stamp.Path, out var file) || !file.HasStamp(stamp))
                    {
                        return false;
                    }
                }

                return true;
            }

            public IReadOnlyList<SearchResult> Search(ClaimQuery query, SearchOptions? options)
            {
                if (query.IsEmpty)
                {
                    return new SearchResult[0];
                }

                var searcher = new IndexSearcher(Reader) { Similarity = Similarity };
                var lucene = LuceneQuery(query);
                if (lucene != null && options != null)
                {
                    lucene = Filtered(lucene, options);
                }

                return lucene == null ? ScanEveryClaim(searcher, query, options) : Ranked(searcher, lucene, query, options);
            }

            /// <summary>Lucene ranks (BM25) and returns the best hits; only their claims are read from disk.</summary>
            private static IReadOnlyList<SearchResult> Ranked(IndexSearcher searcher, Query lucene, ClaimQuery query, SearchOptions? options)
            {
                var first = options?.First > 0 ? options.First : 0;
                Func<Claim, bool>? filter = options?.Filter == null ? null : options.Keeps;
                var results = new List<SearchResult>();
                var window = first == 0 ? CountHits(searcher, lucene) : filter == null ? first : Math.Max(first * 2, FilterWindow);
                var seen = 0;
                while (window > 0)
                {
                    // Without a filter the first page is all that is read: only claims that can be on it need scoring.
                    var top = filter == null && first > 0 && lucene is PhraseQuery phrase
                        ? PhraseTopHits.Search(searcher, phrase, window)
                        : searcher.Search(lucene, window);
                    for (; seen < top.ScoreDocs.Length; seen++)
                    {
                        var hit = top.ScoreDocs[seen];
                        var stored = searcher.Doc(hit.Doc);
                        var claim = ClaimJson.Deserialize(stored.Get(ClaimField));
                        if (filter != null && !filter(claim))
                        {
                            continue;
                        }

                        results.Add(ClaimRanker.Result(query, claim, stored.Get(FileField), hit.Score));
                        if (first > 0 && results.Count == first)
                        {
                            return results;
                        }
                    }

                    // A filter left some of the best hits out: read further down the ranking.
                    window = top.TotalHits > window ? (int)Math.Min(top.TotalHits, (long)window * 4) : 0;
                }

                return results;
            }

            /// <summary>The speaker, kind, entity and date filters as Lucene filters, so the ranking only ever holds claims they keep.</summary>
            private static Query Filtered(Query query, SearchOptions options)
            {
                if (options.Speaker != null)
                {
                    query = new FilteredQuery(query, new MatchingTermsFilter(SpeakerField, options.Speaker));
                }

                if (options.Kinds != null)
                {
                    var kinds = new HashSet<string>(options.Kinds.Select(k => k.ToString()), StringComparer.Ordinal);
                    query = new FilteredQuery(query, new MatchingTermsFilter(KindField, kinds.Contains));
                }

                if (options.Entity != null)
                {
                    query = new FilteredQuery(query, new MatchingTermsFilter(EntityField, options.Entity));
                }

                if (options.After != null)
                {
                    query = new FilteredQuery(query, NumericRangeFilter.NewInt64Range(PublishedEndField, options.After.Start.Ticks, null, true, true));
                }

                if (options.Before != null)
                {
                    query = new FilteredQuery(query, NumericRangeFilter.NewInt64Range(PublishedStartField, null, options.Before.End.Ticks, true, true));
                }

                return query;
            }

            private static int CountHits(IndexSearcher searcher, Query lucene)
            {
                var counter = new TotalHitCountCollector();
                searcher.Search(lucene, counter);
                return counter.TotalHits;
            }

            /// <summary>A regular expression has no index terms: every claim is read and ranked in memory, as without an index.</summary>
            private IReadOnlyList<SearchResult> ScanEveryClaim(IndexSearcher searcher, ClaimQuery query, SearchOptions? options)
            {
                var ranker = new ClaimRanker(query);
                ranker.AddUnmatched(Manifest.Files.Sum(f => f.Claims), Manifest.Files.Sum(f => f.FoldedLength));
                var collector = new AllDocuments();
                searcher.Search(new MatchAllDocsQuery(), collector);
                foreach (var doc in collector.Documents)
                {
                    var stored = searcher.Doc(doc);
                    ranker.AddCounted(ClaimJson.Deserialize(stored.Get(ClaimField)), stored.Get(FileField));
                }

                return ranker.Results(options);
            }

            /// <summary>
            /// The query in Lucene's terms: each term a phrase of its index terms at their offsets (a substring of the
            /// claim's folded text), OR within a group, every group required, excluded terms prohibited. Null when a
            /// feature has no index terms (a regular expression).
            /// </summary>
            private static Query? LuceneQuery(ClaimQuery query)
            {
                var all = new BooleanQuery();
                foreach (var group in query.Required)
                {
                    var any = new BooleanQuery();
                    foreach (var feature in group)
                    {
                        var phrase = PhraseQuery(feature);
                        if (phrase == null)
                        {
                            return null;
                        }

                        any.Add(phrase, Occur.SHOULD);
                    }

                    all.Add(any.Clauses.Count == 1 ? any.Clauses[0].Query : any, Occur.MUST);
                }

                foreach (var feature in query.Excluded)
                {
                    var phrase = PhraseQuery(feature);
                    if (phrase == null)
                    {
                        return null;
                    }

                    all.Add(phrase, Occur.MUST_NOT);
                }

                return all.Clauses.Count == 1 && all.Clauses[0].Occur == Occur.MUST ? all.Clauses[0].Query : all;
            }

            private static Query? PhraseQuery(QueryFeature feature)
            {
                var tokens = feature.PhraseTokens;
                if (tokens == null || tokens.Count == 0)
                {
                    return null;
                }

                if (tokens.Count == 1)
                {
                    return new TermQuery(new Term(TextField, tokens[0].Term));
                }

                var phrase = new PhraseQuery();
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(TextField, token.Term), token.Position);
                }

                return phrase;
            }
        }

        /// <summary>A list of files as a caller gave it, and the manifest entry of each.</summary>
        private sealed class Listing
        {
            public Listing(string[] paths, IndexedFile[] entries)
            {
                Paths = paths;
                Entries = entries;
            }

            public string[] Paths { get; }

            public IndexedFile[] Entries { get; }
        }

        /// <summary>The claims holding a value of a field that satisfies a test, each distinct value tested once.</summary>
        private sealed class MatchingTermsFilter : Filter
        {
            private readonly string _field;
            private readonly Func<string, bool> _keep;
            private readonly Dictionary<string, bool> _tested = new Dictionary<string, bool>(StringComparer.Ordinal);

            public MatchingTermsFilter(string field, Func<string, bool> keep)
            {
                _field = field;
                _keep = keep;
            }

            public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
            {
                var terms = context.AtomicReader.GetTerms(_field);
                if (terms == null)
                {
                    return null;
                }

                var matching = new FixedBitSet(context.AtomicReader.MaxDoc);
                var values = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (values.MoveNext())
                {
                    var value = values.Term.Utf8ToString();
                    if (!_tested.TryGetValue(value, out var keep))
                    {
                        keep = _keep(value);
                        _tested[value] = keep;
                    }

                    if (!keep)
                    {
                        continue;
                    }

                    docs = values.Docs(acceptDocs, docs, DocsFlags.NONE);
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        matching.Set(doc);
                    }
                }

                return matching;
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

        /// <summary>Index terms computed by <see cref="FoldedText.IndexTokens"/>, handed to Lucene as they are.</summary>
        private sealed class PositionedTokenStream : TokenStream
        {
            private readonly List<PositionedToken> _tokens;
            private readonly ICharTermAttribute _term;
            private readonly IPositionIncrementAttribute _increment;
            private int _next;
            private int _lastPosition = -1;

            public PositionedTokenStream(List<PositionedToken> tokens)
            {
                _tokens = tokens;
                _term = AddAttribute<ICharTermAttribute>();
                _increment = AddAttribute<IPositionIncrementAttribute>();
            }

            public override bool IncrementToken()
            {
                if (_next >= _tokens.Count)
                {
                    return false;
                }

                ClearAttributes();
                var token = _tokens[_next++];
                _term.SetEmpty().Append(token.Term);
                _increment.PositionIncrement = token.Position - _lastPosition;
                _lastPosition = token.Position;
                return true;
            }

            public override void Reset()
            {
                base.Reset();
                _next = 0;
                _lastPosition = -1;
            }
        }
    }
}
