using System;
using System.Collections.Generic;
using System.Linq;
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
        private static readonly string[] BlockSelectors = { "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "td" };

        // Readability-style extraction walks the tree recursively; a hostile page nested tens of thousands deep
        // would exhaust the stack (a crash no catch can stop) or take minutes. Real pages stay far below this.
        public const int MaximumNesting = 1000;

        public static RawDocument Parse(string html, string path)
        {
            if (MarkupNesting.Exceeds(html, MaximumNesting))
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedMarkup, Message.Format(Messages.MarkupTooDeep, path, MaximumNesting));
            }

            var reader = new SmartReader.Reader("file:///" + Uri.EscapeDataString(System.IO.Path.GetFileName(path)), html);
            var extracted = reader.GetArticle();
            var contentHtml = extracted.IsReadable && !string.IsNullOrWhiteSpace(extracted.Content) ? extracted.Content : html;

            var parser = new AngleSharp.Html.Parser.HtmlParser();
            var content = parser.ParseDocument(contentHtml);
            var blocks = new List<DocumentBlock>();
            foreach (var element in content.QuerySelectorAll(string.Join(",", BlockSelectors)))
            {
                // A block nested in another block (p inside li or blockquote) is read once, as the outer block.
                if (element.Ancestors<IElement>().Any(a => BlockSelectors.Contains(a.LocalName)))
                {
                    continue;
                }

                var text = Collapse(element.TextContent);
                if (text.Length == 0)
                {
                    continue;
                }

                blocks.Add(new DocumentBlock(text, KindOf(element.LocalName)));
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

            var raw = new RawDocument(ArticleFormat.Html, blocks)
            {
                Title = NullIfBlank(extracted.Title),
                Author = NullIfBlank(extracted.Byline) ?? NullIfBlank(extracted.Author),
                Site = NullIfBlank(extracted.SiteName),
                Language = NullIfBlank(extracted.Language),
            };
            if (extracted.PublicationDate is DateTime published)
            {
                raw.Published = PartialDate.FromDay(published);
            }

            var original = parser.ParseDocument(html);
            var canonical = original.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                ?? original.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(canonical))
            {
                raw.Urls.Add(canonical!.Trim());
            }

            return raw;
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
