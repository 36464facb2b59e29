using System;
using System.Collections.Generic;
using AiDocTools.Articles;

namespace AiDocTools.Search
{
    /// <summary>
    /// The files of a search or an update as the caller listed them, with their stamps; the distinct ones as an index
    /// needs them, made when needed. Every store (the local index, a team's) reads a listing this one way, so a file
    /// listed twice or gone is treated the same by both.
    /// </summary>
    internal sealed class ListedFiles
    {
        private readonly IReadOnlyList<string> _paths;
        private readonly FileStamp?[] _read;
        private List<FileStamp>? _stamps;
        private List<ArticleLoadException>? _missing;

        /// <summary>Takes <paramref name="read"/>, the stamp of each of <paramref name="paths"/> (<see cref="FileStamp.ReadAll"/>), null where it does not exist.</summary>
        public ListedFiles(IReadOnlyList<string> paths, FileStamp?[] read)
        {
            _paths = paths;
            _read = read;
        }

        /// <summary>Stats every file as listed.</summary>
        public static ListedFiles Read(IReadOnlyList<string> paths) => new ListedFiles(paths, FileStamp.ReadAll(paths));

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
}
