using System;
using System.IO;

namespace AiDocTools.Articles
{
    /// <summary>Reads a file of any supported format and encoding into a cleaned <see cref="Article"/>.</summary>
    public sealed class ArticleReader
    {
        /// <summary>Files over this many bytes are refused rather than read into memory.</summary>
        public const long DefaultMaximumFileSize = 50L * 1024 * 1024;

        private readonly ArticleCleaner _cleaner;

        /// <param name="cleaner">How the parsed file becomes an article; an analysis pipeline's (<c>NewReader</c>) carries its packs.</param>
        public ArticleReader(ArticleCleaner cleaner)
        {
            _cleaner = cleaner ?? throw new ArgumentNullException(nameof(cleaner));
        }

        public long MaximumFileSize { get; set; } = DefaultMaximumFileSize;

        /// <summary>Reads one file; every failure is an <see cref="ArticleLoadException"/> naming the file.</summary>
        public Article Read(string path)
        {
            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    throw new ArticleLoadException(path, ArticleLoadFailure.NotFound, Message.Format(Messages.FileNotFound, path));
                }

                if (info.Length > MaximumFileSize)
                {
                    throw new ArticleLoadException(path, ArticleLoadFailure.TooLarge, Message.Format(Messages.FileTooLarge, path, info.Length, MaximumFileSize));
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (FileNotFoundException ex)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.NotFound, Message.Format(Messages.FileNotFound, path), ex);
            }
            catch (DirectoryNotFoundException ex)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.NotFound, Message.Format(Messages.FileNotFound, path), ex);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.Unreadable, Message.Format(Messages.FileUnreadable, path, ex.Message), ex);
            }

            return Read(bytes, path);
        }

        /// <summary>Reads an article from bytes already in memory; <paramref name="path"/> names it in errors and gives its id.</summary>
        public Article Read(byte[] bytes, string path)
        {
            if (bytes.Length > MaximumFileSize)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.TooLarge, Message.Format(Messages.FileTooLarge, path, bytes.Length, MaximumFileSize));
            }

            if (bytes.Length == 0)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.Empty, Message.Format(Messages.FileIsEmpty, path));
            }

            var (text, encoding) = TextDecoder.Decode(bytes, path);
            var article = ReadText(text, path);
            article.Encoding = encoding;
            return article;
        }

        /// <summary>Reads an article from text; the format comes from the path's extension, else from the text itself.</summary>
        public Article ReadText(string text, string path)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.Empty, Message.Format(Messages.FileIsEmpty, path));
            }

            RawDocument raw;
            switch (DetectFormat(path, text))
            {
                case ArticleFormat.Markdown:
                    raw = MarkdownParser.Parse(text, path);
                    break;
                case ArticleFormat.Html:
                    raw = HtmlParser.Parse(text, path, _cleaner.Boilerplate, _cleaner.Dates);
                    break;
                default:
                    raw = PlainTextParser.Parse(text);
                    break;
            }

            var article = _cleaner.Clean(raw);
            article.Id = IdFor(path);
            article.Path = Path.IsPathRooted(path) ? path : null;
            article.Format = raw.Format;
            return article;
        }

        /// <summary>The article's id: its file name without the extension, stable across folders and runs.</summary>
        public static string IdFor(string path) => Path.GetFileNameWithoutExtension(path);

        public static ArticleFormat DetectFormat(string path, string text)
        {
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".md":
                case ".markdown":
                case ".mdown":
                    return ArticleFormat.Markdown;
                case ".html":
                case ".htm":
                case ".xhtml":
                    return ArticleFormat.Html;
            }

            var head = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            {
                return ArticleFormat.Html;
            }

            return head.StartsWith("---\n", StringComparison.Ordinal) || head.StartsWith("---\r\n", StringComparison.Ordinal)
                ? ArticleFormat.Markdown
                : ArticleFormat.Text;
        }
    }
}
