using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiDocTools.Articles
{
    /// <summary>Markdown with optional YAML front matter; the front matter's fields win over detected ones.</summary>
    public static class MarkdownParser
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

        // Front matter is a few fields; anything bigger is not front matter we should spend time on.
        private const int MaxFrontMatterChars = 64 * 1024;

        // The head of a page where its metadata and headline sit, counted in blocks.
        private const int ClippingHeadBlocks = 8;

        public static RawDocument Parse(string text, string path)
        {
            var (frontMatter, body) = SplitFrontMatter(text, path);
            var blocks = new List<DocumentBlock>();
            var sawHeading = false;
            var document = Markdown.Parse(body, Pipeline);
            foreach (var block in document.Descendants<LeafBlock>())
            {
                var kind = block is HeadingBlock ? BlockKind.Heading
                    : block.Parent is ListItemBlock ? BlockKind.ListItem
                    : block.Parent is QuoteBlock ? BlockKind.Quote
                    : BlockKind.Paragraph;
                // An empty fence (``` with no line before the next fence or the end) has no line array at all.
                var content = block is CodeBlock code ? (code.Lines.Count == 0 ? string.Empty : string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())))
                    : block.Inline != null ? InlineText(block.Inline)
                    : string.Empty;
                if (string.IsNullOrWhiteSpace(content))
                {
                    continue;
                }

                // Text copied from a web page and saved as .md has no heading, and its first lines (reading time, view
                // counts, a dateline, then the headline) run together into one Markdown paragraph. Read as lines, as a
                // text clipping is, they are told apart, so a metadata line never becomes part of the title.
                if (kind == BlockKind.Paragraph && !sawHeading && blocks.Count < ClippingHeadBlocks && content.IndexOf('\n') >= 0)
                {
                    foreach (var line in PlainTextParser.SplitLines(content))
                    {
                        if (!string.IsNullOrWhiteSpace(line))
                        {
                            blocks.Add(new DocumentBlock(line.Trim(), BlockKind.Line));
                        }
                    }

                    continue;
                }

                sawHeading |= kind == BlockKind.Heading;
                blocks.Add(new DocumentBlock(content.Trim(), kind));
            }

            var raw = new RawDocument(ArticleFormat.Markdown, blocks);
            if (frontMatter != null)
            {
                ApplyFrontMatter(raw, frontMatter, path);
            }

            foreach (var link in document.Descendants<LinkInline>())
            {
                if (!link.IsImage && !string.IsNullOrEmpty(link.Url) && link.Url!.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    raw.Urls.Add(link.Url);
                }
            }

            return raw;
        }

        private static (string? FrontMatter, string Body) SplitFrontMatter(string text, string path)
        {
            var trimmed = text.TrimStart('\uFEFF');
            if (!trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                return (null, text);
            }

            var firstBreak = trimmed.IndexOf('\n');
            if (firstBreak < 0 || trimmed.Substring(0, firstBreak).Trim() != "---")
            {
                return (null, text);
            }

            var close = FindClosingFence(trimmed, firstBreak + 1);
            if (close.Item1 < 0)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, "no closing '---' line"));
            }

            var yaml = trimmed.Substring(firstBreak + 1, close.Item1 - firstBreak - 1);
            return (yaml, trimmed.Substring(close.Item2));
        }

        private static (int, int) FindClosingFence(string text, int from)
        {
            var lineStart = from;
            while (lineStart <= text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                var line = lineEnd < 0 ? text.Substring(lineStart) : text.Substring(lineStart, lineEnd - lineStart);
                var fence = line.TrimEnd('\r', ' ', '\t');
                if (fence == "---" || fence == "...")
                {
                    return (lineStart, lineEnd < 0 ? text.Length : lineEnd + 1);
                }

                if (lineEnd < 0)
                {
                    break;
                }

                lineStart = lineEnd + 1;
            }

            return (-1, -1);
        }

        private static void ApplyFrontMatter(RawDocument raw, string yaml, string path)
        {
            if (yaml.Length > MaxFrontMatterChars)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, "larger than " + MaxFrontMatterChars.ToString(CultureInfo.InvariantCulture) + " characters"));
            }

            YamlMappingNode map;
            try
            {
                RefuseAliases(yaml, path);
                var stream = new YamlStream();
                stream.Load(new System.IO.StringReader(yaml));
                if (stream.Documents.Count == 0)
                {
                    return;
                }

                map = stream.Documents[0].RootNode as YamlMappingNode
                    ?? throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, "it is not a list of 'key: value' fields"));
            }
            catch (YamlException ex)
            {
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, ex.Message), ex);
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet's scanner throws this, not a YamlException, on some broken input (a flow list left open
                // across a blank line); it is the same malformed block to the user.
                throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, Messages.FrontMatterUnreadable), ex);
            }

            foreach (var entry in map.Children)
            {
                var key = (entry.Key as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
                var value = key == null || !KnownFields.Contains(key) ? null : FieldValue(key, entry.Value, path);
                switch (key)
                {
                    case "title":
                        raw.Title = value;
                        break;
                    case "author":
                    case "byline":
                        raw.Author = value;
                        break;
                    case "translator":
                        raw.Translator = value;
                        break;
                    case "date":
                    case "published":
                        raw.Published = ParseDate(value);
                        break;
                    case "site":
                    case "publisher":
                        raw.Site = value;
                        break;
                    case "lang":
                    case "language":
                        raw.Language = value;
                        break;
                    case "url":
                    case "source":
                        if (!string.IsNullOrEmpty(value))
                        {
                            raw.Urls.Add(value!);
                        }

                        break;
                }
            }
        }

        private static readonly HashSet<string> KnownFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "title", "author", "byline", "translator", "date", "published", "site", "publisher", "lang", "language", "url", "source",
        };

        // People fields may list several names; every other field is one value. A map, or a list where one value
        // belongs, is a mistake the user should hear about by field name rather than see silently dropped.
        private static string? FieldValue(string key, YamlNode node, string path)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value!.Trim();
                case YamlSequenceNode list when (key == "author" || key == "byline" || key == "translator") && list.Children.All(c => c is YamlScalarNode):
                    var items = list.Children.Cast<YamlScalarNode>().Select(s => s.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
                    return items.Count == 0 ? null : string.Join(", ", items);
                default:
                    throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, Message.Format(Messages.FrontMatterFieldType, key)));
            }
        }

        // Anchors and aliases let a few lines expand into billions of nodes; front matter never needs them.
        private static void RefuseAliases(string yaml, string path)
        {
            var parser = new Parser(new System.IO.StringReader(yaml));
            while (parser.MoveNext())
            {
                if (parser.Current is YamlDotNet.Core.Events.AnchorAlias)
                {
                    throw new ArticleLoadException(path, ArticleLoadFailure.MalformedFrontMatter, Message.Format(Messages.FrontMatterMalformed, path, Messages.FrontMatterAliases));
                }
            }
        }

        private static PartialDate? ParseDate(string? value)
        {
            if (value == null)
            {
                return null;
            }

            if (PartialDate.TryParse(value.Length >= 10 ? value.Substring(0, 10) : value, out var iso))
            {
                return iso;
            }

            return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
                ? PartialDate.FromDay(parsed)
                : null;
        }

        private static string InlineText(ContainerInline inline)
        {
            var text = new StringBuilder();
            foreach (var child in inline.Descendants<Inline>())
            {
                switch (child)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append('\n');
                        break;
                }
            }

            return text.ToString();
        }
    }
}
