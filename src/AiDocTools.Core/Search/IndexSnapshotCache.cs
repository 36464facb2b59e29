using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AiDocTools.Search
{
    /// <summary>
    /// Open readers by index folder, kept for the session: opening a reader and reading the manifest of a large corpus
    /// costs more than the search itself. Each acquisition first checks for a newer commit (a short directory listing)
    /// and reopens only when there is one, so a snapshot handed out is always the latest commit.
    /// </summary>
    internal sealed class IndexSnapshotCache
    {
        private readonly Dictionary<string, IndexSnapshot> _open = new Dictionary<string, IndexSnapshot>(StringComparer.Ordinal);

        /// <summary>The session's cache, shared by every <see cref="ClaimIndex"/> of the process (every runspace).</summary>
        public static IndexSnapshotCache Session { get; } = new IndexSnapshotCache();

        /// <summary>
        /// The latest committed state of the index in <paramref name="luceneFolder"/>, acquired for the caller (who must
        /// <see cref="IndexSnapshot.Release"/> it); null when there is none written with <paramref name="analysis"/>,
        /// with <paramref name="error"/> saying why when the index could not be read.
        /// </summary>
        public IndexSnapshot? Acquire(string luceneFolder, string analysis, out Exception? error)
        {
            error = null;
            lock (_open)
            {
                // Read before any reader is opened: a commit landing in between makes the key older than the reader,
                // which costs one needless reopen next time, never a stale answer.
                var commit = CommitKey(luceneFolder);
                if (_open.TryGetValue(luceneFolder, out var cached) && cached.Manifest.Analysis != analysis)
                {
                    // Opened for another dictionary (another runspace's -DictionaryPath): not an answer for this one.
                    _open.Remove(luceneFolder);
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

                        var refreshed = IndexSnapshot.Open(newer, analysis);
                        cached.Release();
                        _open.Remove(luceneFolder);
                        if (refreshed != null)
                        {
                            refreshed.CommitKey = commit;
                            _open[luceneFolder] = refreshed;
                            refreshed.Acquire();
                            return refreshed;
                        }
                    }
                    catch (Exception ex) when (!(ex is OutOfMemoryException))
                    {
                        error = ex;
                        _open.Remove(luceneFolder);
                        cached.Release();
                    }
                }

                var opened = Open(luceneFolder, analysis, out var openError);
                error = openError ?? error;
                if (opened != null)
                {
                    opened.CommitKey = commit;
                    _open[luceneFolder] = opened;
                    opened.Acquire();
                }

                return opened;
            }
        }

        /// <summary>Lets go of the folder's open snapshot (before its files are deleted, or when it proved damaged).</summary>
        public void Evict(string luceneFolder)
        {
            lock (_open)
            {
                if (_open.TryGetValue(luceneFolder, out var cached))
                {
                    _open.Remove(luceneFolder);
                    cached.Release();
                }
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

        private static IndexSnapshot? Open(string luceneFolder, string analysis, out Exception? error)
        {
            error = null;
            if (!Directory.Exists(luceneFolder))
            {
                return null;
            }

            LuceneDirectory? directory = null;
            DirectoryReader? reader = null;
            try
            {
                directory = Lucene.Net.Store.FSDirectory.Open(luceneFolder);
                if (!DirectoryReader.IndexExists(directory))
                {
                    directory.Dispose();
                    return null;
                }

                reader = DirectoryReader.Open(directory);
                // The directory object holds no files of its own (its readers do), so it lives as long as the session.
                return IndexSnapshot.Open(reader, analysis);
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
    }
}
