using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using Lucene.Net.Index;

namespace AiDocTools.Search
{
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
    /// A persistent Lucene index of the claims of a set of files, for corpora too large to read at every search: what
    /// the cmdlets and the benchmark use. Each search first compares the files' stamps with the manifest committed with
    /// the index and brings the index up to date (added, changed, deleted files), so results are never stale. The work
    /// is done by three parts this facade only sequences: <see cref="IndexSnapshotCache"/> keeps the latest commit open
    /// for the session, <see cref="IndexUpdater"/> brings it up to date, <see cref="IndexQuery"/> runs a query on it.
    /// A damaged index is rebuilt.
    /// </summary>
    public sealed class ClaimIndex : IClaimStore
    {
        private readonly string _folder;
        private readonly string _luceneFolder;
        private readonly string _analysis;
        private readonly IndexSnapshotCache _snapshots = IndexSnapshotCache.Session;
        private readonly IndexUpdater _updater;

        public ClaimIndex(string folder, ArticleReader? reader = null, ClaimExtractor? extractor = null)
        {
            _folder = folder;
            _luceneFolder = Path.Combine(folder, "lucene");
            var claims = extractor ?? AnalysisPipeline.Shipped.Claims;
            _analysis = IndexManifest.AnalysisOf(claims);
            _updater = new IndexUpdater(_folder, _luceneFolder, reader ?? AnalysisPipeline.Shipped.NewReader(), claims, _analysis, _snapshots);
        }

        /// <summary>How long an update waits for another session's update of the same index.</summary>
        public TimeSpan LockTimeout
        {
            get => _updater.LockTimeout;
            set => _updater.LockTimeout = value;
        }

        public string Folder => _folder;

        string IClaimStore.Location => _folder;

        /// <summary>Brings the index up to date with <paramref name="files"/> without searching it (Update-AiIndex).</summary>
        /// <exception cref="TimeoutException">Another session held the index's update lock for longer than <see cref="LockTimeout"/>.</exception>
        public IndexUpdate Update(ArticleFileSet files, Func<IndexUpdatePlan, bool>? confirm = null,
            Action<IndexProgress>? progress = null, CancellationToken cancellation = default)
        {
            var listed = ListedFiles.Read(files.Files);
            var outcome = _updater.Update(listed.Stamps, forceRebuild: false, progress, cancellation, confirm);
            var snapshot = outcome.Applied ? _snapshots.Acquire(_luceneFolder, _analysis, out _) : null;
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
            var stampsRead = Task.Run(() => FileStamp.ReadAll(files));
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
                var currentAsListedBefore = snapshot != null && IndexSnapshot.HaveStamps(listedAsBefore, read);
                var current = currentAsListedBefore || (snapshot != null && snapshot.IsCurrentFor(listed.Stamps));
                if (!current)
                {
                    snapshot?.Release();
                    searchedAhead = false;
                    var update = _updater.Update(listed.Stamps, forceRebuild: attempt > 0, progress, cancellation);
                    filesIndexed += update.FilesIndexed;
                    rebuilt |= update.Rebuilt;
                    snapshot = _snapshots.Acquire(_luceneFolder, _analysis, out var error)
                        ?? throw new IOException(Message.Format(Messages.IndexUnreadable, _folder, error?.Message), error);
                }
                else if (listedAsBefore == null && listed.Stamps.Count == files.Count)
                {
                    snapshot!.RememberListing(files);
                }

                try
                {
                    var results = searchedAhead ? ahead.Outcome() : Query(snapshot!, query, options);
                    // A list found current as listed before has no file missing.
                    var failures = (currentAsListedBefore ? snapshot!.Failures : listed.Missing.Concat(snapshot!.Failures)).ToList();
                    return new IndexedSearch(results, failures, filesIndexed, rebuilt);
                }
                catch (Exception ex) when (attempt == 0 && IsDamage(ex))
                {
                    // Damage inside a segment shows only when it is read: rebuild once and search again.
                    _snapshots.Evict(_luceneFolder);
                }
                finally
                {
                    snapshot!.Release();
                }
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
            var snapshot = _snapshots.Acquire(_luceneFolder, _analysis, out _);
            if (snapshot == null)
            {
                return new SearchedAhead(null, null, null);
            }

            try
            {
                return new SearchedAhead(snapshot, Query(snapshot, query, options), null);
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

            public SearchedAhead(IndexSnapshot? snapshot, IReadOnlyList<SearchResult>? results, ExceptionDispatchInfo? failure)
            {
                Snapshot = snapshot;
                _results = results;
                _failure = failure;
            }

            public IndexSnapshot? Snapshot { get; }

            public IReadOnlyList<SearchResult> Outcome()
            {
                _failure?.Throw();
                return _results!;
            }
        }

        private static IReadOnlyList<SearchResult> Query(IndexSnapshot snapshot, ClaimQuery query, SearchOptions? options) =>
            IndexQuery.Search(snapshot.Reader, snapshot.Manifest, query, options);

        private static bool IsDamage(Exception ex) =>
            ex is IOException || ex is CorruptIndexException || ex is InvalidDataException || ex is System.Text.Json.JsonException
            || ex is FormatException || ex is IndexOutOfRangeException || ex is ArgumentOutOfRangeException;
    }
}
