using System.Collections.Generic;

namespace AiDocTools.Articles
{
    /// <summary>
    /// A document as its format gives it: the blocks in order, and whatever metadata the format declares
    /// (YAML front matter, HTML meta tags), which wins over what the cleaner detects from the text.
    /// </summary>
    public sealed class RawDocument
    {
        public RawDocument(ArticleFormat format, IReadOnlyList<DocumentBlock> blocks)
        {
            Format = format;
            Blocks = blocks;
        }

        public ArticleFormat Format { get; }

        public IReadOnlyList<DocumentBlock> Blocks { get; }

        public string? Title { get; set; }

        public string? Author { get; set; }

        public string? Translator { get; set; }

        public PartialDate? Published { get; set; }

        public string? Site { get; set; }

        public string? Language { get; set; }

        public List<string> Urls { get; } = new List<string>();

        /// <summary>Where each declared field came from (JSON-LD headline, OpenGraph og:title, …), for the user who asks.</summary>
        public Dictionary<MetadataField, string> Sources { get; } = new Dictionary<MetadataField, string>();
    }
}
