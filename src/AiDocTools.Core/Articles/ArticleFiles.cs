using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiDocTools.Articles
{
    /// <summary>Which files in a folder are articles, found without following links out of the tree.</summary>
    public static class ArticleFiles
    {
        public static IReadOnlyList<string> Extensions { get; } = new[] { ".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml" };

        public static bool IsArticleFile(string path) =>
            Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

        // What sits beside clippings in a folder a user keeps: exports, settings, scripts and data, none of them articles.
        private static readonly string[] DataExtensions =
        {
            ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".toml", ".ini", ".js", ".css", ".ps1", ".psd1", ".psm1", ".py", ".sh",
        };

        /// <summary>
        /// True for a file that is not an article by its extension and its content: a data or code extension, or, under
        /// an extension that says nothing, text that opens as JSON or XML. Such a file named directly is skipped, not read
        /// as an article titled {}.
        /// </summary>
        public static bool IsDataFile(string path)
        {
            if (IsArticleFile(path))
            {
                return false;
            }

            if (DataExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            try
            {
                using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
                var head = new char[256];
                var read = reader.Read(head, 0, head.Length);
                var text = new string(head, 0, read).TrimStart();
                return text.StartsWith("{", StringComparison.Ordinal) || text.StartsWith("[", StringComparison.Ordinal)
                    || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return false; // the reader reports what it cannot read
            }
        }

        /// <summary>
        /// The article files in <paramref name="folder"/>, in ordinal name order so runs are reproducible.
        /// With <paramref name="recurse"/>, sub-folders too, except folders that are links:
        /// a link back up the tree would otherwise never end.
        /// </summary>
        public static IEnumerable<string> InFolder(string folder, bool recurse)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                string[] files;
                string[] folders;
                try
                {
                    files = Directory.GetFiles(current);
                    folders = recurse ? Directory.GetDirectories(current) : new string[0];
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    if (IsArticleFile(file))
                    {
                        yield return file;
                    }
                }

                Array.Sort(folders, StringComparer.Ordinal);
                for (var i = folders.Length - 1; i >= 0; i--)
                {
                    if ((File.GetAttributes(folders[i]) & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(folders[i]);
                    }
                }
            }
        }
    }
}
