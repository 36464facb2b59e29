using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AiDocTools.Articles;
using Lucene.Net.Index;

namespace AiDocTools.Search
{
    /// <summary>
    /// One committed state of the index: an open reader with the manifest that describes exactly it (the manifest is the
    /// commit's own user data, so the two can never disagree). Counted references let a search keep using a snapshot
    /// while a newer commit replaces it in the <see cref="IndexSnapshotCache"/>; the reader closes with the last one.
    /// </summary>
    internal sealed class IndexSnapshot
    {
        private readonly Dictionary<string, IndexedFile> _byPath;
        private int _references = 1;
        private Listing? _lastListing;

        internal IndexSnapshot(DirectoryReader reader, IndexManifest manifest)
        {
            Reader = reader;
            Manifest = manifest;
            _byPath = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            Failures = manifest.Files.Where(f => f.Failure != null)
                .Select(f => new ArticleLoadException(f.Path, f.Failure!.Value, f.Error ?? string.Empty)).ToList();
        }

        public DirectoryReader Reader { get; }

        /// <summary>The commit this reader was found current for (see <see cref="IndexSnapshotCache"/>); null when unknown.</summary>
        public string? CommitKey { get; set; }

        public IndexManifest Manifest { get; }

        /// <summary>The indexed files that are no articles, reported at every search as Get-AiArticle would.</summary>
        public IReadOnlyList<ArticleLoadException> Failures { get; }

        /// <summary>The snapshot of an opened reader, or null (reader closed) when it was written by another build or format.</summary>
        public static IndexSnapshot? Open(DirectoryReader reader, string analysis)
        {
            try
            {
                var manifest = IndexManifest.Deserialize(reader.IndexCommit.UserData.TryGetValue(IndexManifest.CommitDataKey, out var json) ? json : null);
                if (manifest != null && manifest.IsWrittenBy(analysis))
                {
                    return new IndexSnapshot(reader, manifest);
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

        /// <summary>True when every file, listed as when the snapshot was last found current, still has the stamp it was indexed at.</summary>
        public static bool HaveStamps(IndexedFile[]? entries, FileStamp?[] read)
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
    }
}
