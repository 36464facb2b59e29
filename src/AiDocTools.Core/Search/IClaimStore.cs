using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AiDocTools.Articles;

namespace AiDocTools.Search
{
    /// <summary>
    /// A persistent index of claims as the cmdlets use it, whichever store holds it: the local Lucene index
    /// (<see cref="ClaimIndex"/>) or a team's shared index in PostgreSQL. Both take the module's own analysis, so a
    /// query means the same on either.
    /// </summary>
    public interface IClaimStore
    {
        /// <summary>Where the index lives, fit to show the user (a folder; a server with no password).</summary>
        string Location { get; }

        /// <summary>
        /// Brings the index up to date with a set of files: added and changed files are read, files of the set's folders
        /// that are gone are dropped. <paramref name="confirm"/> sees what would change and may decline (-WhatIf).
        /// </summary>
        IndexUpdate Update(ArticleFileSet files, Func<IndexUpdatePlan, bool>? confirm = null,
            Action<IndexProgress>? progress = null, CancellationToken cancellation = default);

        /// <summary>The claims of the index that match, best first, as the index holds them now.</summary>
        IReadOnlyList<SearchResult> Search(ClaimQuery query, SearchOptions? options = null, CancellationToken cancellation = default);
    }

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

    /// <summary>Article files as the user named them: the folders and files given, whether sub-folders count, and the files found there.</summary>
    public sealed class ArticleFileSet
    {
        public ArticleFileSet(IEnumerable<string> roots, bool recurse, IReadOnlyList<string> files)
        {
            Roots = roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
            Recurse = recurse;
            Files = files;
        }

        public IReadOnlyList<string> Roots { get; }

        public bool Recurse { get; }

        public IReadOnlyList<string> Files { get; }

        /// <summary>
        /// True when <paramref name="path"/> lies where this set looks: a root itself, a file directly in a root folder,
        /// or (with <see cref="Recurse"/>) anywhere below one. An indexed file covered by the set but not found in it is gone.
        /// </summary>
        public bool Covers(string path)
        {
            foreach (var root in Roots)
            {
                if (string.Equals(path, root, StringComparison.Ordinal))
                {
                    return true;
                }

                var folder = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
                if (path.StartsWith(folder, StringComparison.Ordinal)
                    && (Recurse || path.IndexOf(Path.DirectorySeparatorChar, folder.Length) < 0))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>What an update is about to do, before it does it.</summary>
    public sealed class IndexUpdatePlan
    {
        public IndexUpdatePlan(string location, int added, int changed, int deleted)
        {
            Location = location;
            Added = added;
            Changed = changed;
            Deleted = deleted;
        }

        public string Location { get; }

        /// <summary>Files not in the index yet.</summary>
        public int Added { get; }

        /// <summary>Files whose size or time differ from when they were indexed (read again; kept as they are when only touched).</summary>
        public int Changed { get; }

        /// <summary>Indexed files of the set's folders that are no longer there.</summary>
        public int Deleted { get; }

        public bool IsEmpty => Added == 0 && Changed == 0 && Deleted == 0;
    }

    /// <summary>What an update did: Update-AiIndex's output.</summary>
    public sealed class IndexUpdate
    {
        public IndexUpdate(IndexUpdatePlan plan, bool applied, int unchanged, IReadOnlyList<ArticleLoadException> failures)
        {
            Location = plan.Location;
            Added = plan.Added;
            Changed = plan.Changed;
            Deleted = plan.Deleted;
            Applied = applied;
            Unchanged = unchanged;
            Failures = failures;
        }

        public string Location { get; }

        public int Added { get; }

        public int Changed { get; }

        public int Deleted { get; }

        public int Unchanged { get; }

        /// <summary>False when the update was declined (-WhatIf) and nothing was written.</summary>
        public bool Applied { get; }

        /// <summary>Files of the set that are no articles (empty, binary, gone…), reported as Get-AiArticle would.</summary>
        public IReadOnlyList<ArticleLoadException> Failures { get; }
    }
}
