using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>The source a translated article names: its own title, author and date.</summary>
    public sealed class OriginalWork
    {
        public string? Title { get; set; }

        public string? Author { get; set; }

        // Internal for the reason TimelineEvent.DateValue is: ConvertTo-Json would write the date as a nested object.
        internal PartialDate? PublishedValue { get; set; }

        /// <summary>The date in its ISO form; PowerShell shows the PartialDate.</summary>
        public string? Published => PublishedValue?.ToString();

        public override string ToString() => Title ?? string.Empty;
    }

    /// <summary>The format an article was read from.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ArticleFormat
    {
        Text,
        Markdown,
        Html,
    }

    /// <summary>
    /// One article, cleaned: <see cref="Body"/> holds the content paragraphs joined by blank lines,
    /// and every offset reported by claims and events points into it.
    /// </summary>
    public sealed class Article
    {
        private IReadOnlyList<string> _urls = ItemList.Of<string>(null);
        private IReadOnlyList<string> _headings = ItemList.Of<string>(null);
        private IReadOnlyList<string> _paragraphs = ItemList.Of<string>(null);
        private IReadOnlyList<string> _boilerplate = ItemList.Of<string>(null);

        /// <summary>Stable identifier: the file name without its extension.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Full path of the file, or null for text given directly.</summary>
        public string? Path { get; set; }

        public ArticleFormat Format { get; set; }

        /// <summary>The name of the encoding the file was decoded from (utf-8, shift_jis, …).</summary>
        public string Encoding { get; set; } = "utf-8";

        public string? Title { get; set; }

        public string? Author { get; set; }

        public string? Translator { get; set; }

        public OriginalWork? Original { get; set; }

        // Internal for the reason TimelineEvent.DateValue is: ConvertTo-Json would write the date as a nested object.
        internal PartialDate? PublishedValue { get; set; }

        /// <summary>The article's date in its ISO form; PowerShell shows the PartialDate, so dates compare.</summary>
        public string? Published => PublishedValue?.ToString();

        /// <summary>ISO 639-1 code decided by script statistics: ja or en.</summary>
        public string Language { get; set; } = "und";

        public string? Site { get; set; }

        public IReadOnlyList<string> Urls
        {
            get => _urls;
            set => _urls = ItemList.Of(value);
        }

        public IReadOnlyList<string> Headings
        {
            get => _headings;
            set => _headings = ItemList.Of(value);
        }

        public IReadOnlyList<string> Paragraphs
        {
            get => _paragraphs;
            set => _paragraphs = ItemList.Of(value);
        }

        /// <summary>The clean text: <see cref="Paragraphs"/> joined by <see cref="ParagraphSeparator"/>.</summary>
        public string Body { get; set; } = string.Empty;

        /// <summary>The blocks removed as boilerplate, verbatim, kept so the cleaning can be audited.</summary>
        public IReadOnlyList<string> Boilerplate
        {
            get => _boilerplate;
            set => _boilerplate = ItemList.Of(value);
        }

        /// <summary>Where each piece of metadata came from: the page's JSON-LD or meta tags, front matter, or the text.</summary>
        public IReadOnlyDictionary<string, string> MetadataSources { get; set; } = new Dictionary<string, string>();

        public int CharCount => Body.Length;

        /// <summary>What separates two paragraphs in <see cref="Body"/>.</summary>
        public const string ParagraphSeparator = "\n\n";

        public override string ToString() => Id;
    }
}
