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

            // The page is parsed once, as SmartReader parses it, and the canonical address read from that tree before
            // SmartReader rewrites it. SmartReader parses with scripting on, which reads <noscript> as text; a page with
            // one is parsed a second time with scripting off, as before, so an address inside <noscript> is still found.
            var document = ParseAsSmartReaderDoes(html);
            var canonical = html.IndexOf("<noscript", StringComparison.OrdinalIgnoreCase) < 0 ? CanonicalAddress(document) : null;
            var reader = new SmartReader.Reader("file:///" + Uri.EscapeDataString(System.IO.Path.GetFileName(path)), document);
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

            if (html.IndexOf("<noscript", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                canonical = CanonicalAddress(parser.ParseDocument(html));
            }

            if (!string.IsNullOrWhiteSpace(canonical))
            {
                raw.Urls.Add(canonical!.Trim());
            }

            return raw;
        }

        private static string? CanonicalAddress(IDocument page) =>
            page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");

        // SmartReader 0.11's own parse of a page given as text: the default configuration, scripting on.
        private static AngleSharp.Html.Dom.IHtmlDocument ParseAsSmartReaderDoes(string html) =>
            new AngleSharp.Html.Parser.HtmlParser(new HtmlParserOptions { IsScripting = true }, AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default)).ParseDocument(html);

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
