using System;

namespace AiDocTools.Articles
{
    /// <summary>Why a file could not become an article.</summary>
    public enum ArticleLoadFailure
    {
        NotFound,
        Unreadable,
        Empty,
        Binary,
        TooLarge,
        UnknownEncoding,
        MalformedFrontMatter,
        MalformedMarkup,
    }

    /// <summary>A file that could not be read as an article; <see cref="Path"/> names it.</summary>
    public sealed class ArticleLoadException : Exception
    {
        public ArticleLoadException(string path, ArticleLoadFailure failure, string message, Exception? inner = null)
            : base(message, inner)
        {
            Path = path;
            Failure = failure;
        }

        public string Path { get; }

        public ArticleLoadFailure Failure { get; }
    }
}
