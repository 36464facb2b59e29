using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Time;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AiDocTools.Articles
{
    /// <summary>
    /// A saved web page: SmartReader (a port of Mozilla's Readability) finds the main content and the page's
    /// metadata; AngleSharp turns that content into blocks. Scripts, styles and markup never reach the text.
    /// </summary>
    public static class HtmlParser
    {

        // Readability-style extraction walks the tree recursively; a hostile page nested tens of thousands deep
        // would exhaust the stack (a crash no catch can stop) or take minutes. Real pages stay far below this.
        public const int MaximumNesting = 1000;

        internal static RawDocument Parse(string html, string path, BoilerplateCues boilerplate, TemporalRecognizer dates)
        {
            if (MarkupNesting.Exceeds(html, MaximumNesting))
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedMarkup, Message.Format(Messages.MarkupTooDeep, path, MaximumNesting));
            }

            // The page is parsed once, as SmartReader parses it, and its metadata read from that tree before SmartReader
            // rewrites it. SmartReader parses with scripting on, which reads <noscript> as text; a page with one is read
            // for metadata from a second parse with scripting off, so an address inside <noscript> is still found.
            var document = ParseAsSmartReaderDoes(html);
            var blocks = new List<DocumentBlock>();
            var raw = new RawDocument(ArticleFormat.Html, blocks);
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            HtmlMetadata.Read(html.IndexOf("<noscript", StringComparison.OrdinalIgnoreCase) < 0 ? document : parser.ParseDocument(html), raw, dates);

            // The page's own word on where its article is comes first; SmartReader's scoring decides only when the page
            // marks no body, and scores what is left once the chrome the markup names is gone.
            var marked = PageStructure.MarkedBody(document);
            PageStructure.RemoveChrome(document, marked, raw.Title ?? document.Title, boilerplate);
            var markedHtml = marked?.OuterHtml;
            var prunedHtml = document.Body?.OuterHtml ?? html;
            var reader = new SmartReader.Reader("file:///" + Uri.EscapeDataString(System.IO.Path.GetFileName(path)), document);
            var extracted = reader.GetArticle();
            var contentHtml = markedHtml ?? (extracted.IsReadable && !string.IsNullOrWhiteSpace(extracted.Content) ? extracted.Content : prunedHtml);

            var content = parser.ParseDocument(contentHtml);
            if (content.Body != null)
            {
                PageStructure.RemoveStatedDates(content.Body);
                new BlockWalker(blocks).Walk(content.Body);
            }

            if (blocks.Count == 0)
            {
                foreach (var line in PlainTextParser.SplitLines(content.Body?.TextContent ?? string.Empty))
                {
                    var text = Collapse(line);
                    if (text.Length > 0)
                    {
                        blocks.Add(new DocumentBlock(text, BlockKind.Line));
                    }
                }
            }

            HtmlMetadata.Set(raw, MetadataField.Title, extracted.Title, "SmartReader title", dates);
            HtmlMetadata.Set(raw, MetadataField.Author, extracted.Byline ?? extracted.Author, "SmartReader byline", dates);
            HtmlMetadata.Set(raw, MetadataField.Site, extracted.SiteName, "SmartReader site name", dates);
            if (raw.Published == null && extracted.PublicationDate is DateTime published)
            {
                raw.Published = PartialDate.FromDay(published);
                raw.Sources[MetadataField.Published] = "SmartReader date";
            }

            raw.Language = NullIfBlank(extracted.Language);
            return raw;
        }

        // SmartReader 0.11's own parse of a page given as text: the default configuration, scripting on.
        private static AngleSharp.Html.Dom.IHtmlDocument ParseAsSmartReaderDoes(string html) =>
            new AngleSharp.Html.Parser.HtmlParser(new HtmlParserOptions { IsScripting = true }, AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default)).ParseDocument(html);

        /// <summary>
        /// Reads blocks the way a browser lays them out: every block-level element (a paragraph, but also a div or a cell
        /// that holds text directly, as many sites write their paragraphs) starts a new block, inline markup joins its
        /// text as written, and a line break inside a block ends a block. The outermost heading, list item or quote
        /// gives the block its kind. A table row is one block; a layout table's cells still break at their paragraphs.
        /// </summary>
        private sealed class BlockWalker
        {
            private static readonly HashSet<string> BlockTags = new HashSet<string>(StringComparer.Ordinal)
            {
                "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
                "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "center",
            };

            private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.Ordinal)
            {
                "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "select", "button", "head", "title",
            };

            private readonly List<DocumentBlock> _blocks;
            private readonly System.Text.StringBuilder _text = new System.Text.StringBuilder();
            private BlockKind _kind = BlockKind.Paragraph;

            public BlockWalker(List<DocumentBlock> blocks)
            {
                _blocks = blocks;
            }

            public void Walk(INode root)
            {
                Visit(root, BlockKind.Paragraph);
                Flush();
            }

            private void Visit(INode node, BlockKind kind)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IText text)
                    {
                        if (_text.Length == 0)
                        {
                            _kind = kind;
                        }

                        _text.Append(text.Data);
                        continue;
                    }

                    if (!(child is IElement element) || Skipped.Contains(element.LocalName))
                    {
                        continue;
                    }

                    if (element.LocalName == "br")
                    {
                        Flush();
                        continue;
                    }

                    if (!BlockTags.Contains(element.LocalName))
                    {
                        Visit(element, kind);

                        // A table row reads as one line, its cells apart, as a reader copies a results table.
                        if (element.LocalName == "td" || element.LocalName == "th")
                        {
                            _text.Append(' ');
                        }

                        continue;
                    }

                    Flush();
                    Visit(element, kind == BlockKind.Paragraph ? KindOf(element.LocalName) : kind);
                    Flush();
                }
            }

            private void Flush()
            {
                var text = Collapse(_text.ToString());
                _text.Clear();
                if (text.Length > 0)
                {
                    _blocks.Add(new DocumentBlock(text, _kind));
                }
            }
        }

        private static BlockKind KindOf(string tag)
        {
            switch (tag)
            {
                case "h1":
                case "h2":
                case "h3":
                case "h4":
                case "h5":
                case "h6":
                    return BlockKind.Heading;
                case "li":
                    return BlockKind.ListItem;
                case "blockquote":
                    return BlockKind.Quote;
                default:
                    return BlockKind.Paragraph;
            }
        }

        private static string Collapse(string text) =>
            string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));

        private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s!.Trim();
    }
}
