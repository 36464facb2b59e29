using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using AiDocTools.Time;
using AngleSharp.Dom;

namespace AiDocTools.Articles
{
    /// <summary>
    /// The metadata a saved page states in its markup, each value with where it came from: JSON-LD (a NewsArticle's
    /// headline, author, datePublished, publisher), OpenGraph and <c>article:</c> meta tags, the first
    /// <c>&lt;time datetime&gt;</c>, and the canonical address. The order of the sources is the order of trust:
    /// structured data publishers fill for search engines first, then the tags they fill for social cards.
    /// </summary>
    internal static class HtmlMetadata
    {
        private static readonly string[] ArticleTypes = { "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "WebPage", "LiveBlogPosting" };

        // A date as a page writes it in structured data: the calendar day comes first and is read as written,
        // in the page's own time zone, not converted.
        private static readonly Regex IsoDay = new Regex(@"^\s*(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})", RegexOptions.CultureInvariant, LineShape.RegexTimeout);

        public static void Read(IDocument page, RawDocument raw, TemporalRecognizer dates)
        {
            var article = ArticleNodes(page).ToList();
            Set(raw, MetadataField.Title, FirstString(article, "headline"), "JSON-LD headline", dates);
            Set(raw, MetadataField.Title, Meta(page, "og:title"), "OpenGraph og:title", dates);
            Set(raw, MetadataField.Title, Meta(page, "twitter:title"), "meta twitter:title", dates);

            Set(raw, MetadataField.Author, article.Select(n => Names(n, "author")).FirstOrDefault(a => a != null), "JSON-LD author", dates);
            Set(raw, MetadataField.Author, NotAddress(Meta(page, "article:author")), "meta article:author", dates);
            Set(raw, MetadataField.Author, NotAddress(Meta(page, "author")), "meta author", dates);
            Set(raw, MetadataField.Author, AuthorLink(page), "<a rel=author>", dates);

            Set(raw, MetadataField.Published, FirstString(article, "datePublished"), "JSON-LD datePublished", dates);
            Set(raw, MetadataField.Published, Meta(page, "article:published_time"), "meta article:published_time", dates);
            Set(raw, MetadataField.Published, page.QuerySelector("time[datetime]")?.GetAttribute("datetime"), "<time datetime>", dates);

            Set(raw, MetadataField.Site, article.Select(n => Names(n, "publisher")).FirstOrDefault(a => a != null), "JSON-LD publisher", dates);
            Set(raw, MetadataField.Site, Meta(page, "og:site_name"), "OpenGraph og:site_name", dates);

            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Set(raw, MetadataField.Url, canonical, "<link rel=canonical>", dates);
            Set(raw, MetadataField.Url, Meta(page, "og:url"), "OpenGraph og:url", dates);
        }

        /// <summary>Sets a field the page states, unless a more trusted source has set it; the source is kept.</summary>
        internal static void Set(RawDocument raw, MetadataField field, string? value, string source, TemporalRecognizer dates)
        {
            if (string.IsNullOrWhiteSpace(value) || raw.Sources.ContainsKey(field))
            {
                return;
            }

            // Publishers' plugins write HTML entities into JSON-LD and meta values (&#8217;, &amp;): they are markup, not text.
            var text = OneLine(System.Net.WebUtility.HtmlDecode(value!));
            switch (field)
            {
                case MetadataField.Title:
                    raw.Title = text;
                    break;
                case MetadataField.Author:
                    raw.Author = text;
                    break;
                case MetadataField.Site:
                    raw.Site = text;
                    break;
                case MetadataField.Url:
                    raw.Urls.Add(text);
                    break;
                case MetadataField.Published:
                    var day = DayOf(text, dates);
                    if (day == null)
                    {
                        return;
                    }

                    raw.Published = day;
                    break;
            }

            raw.Sources[field] = source;
        }

        internal static PartialDate? DayOf(string text, TemporalRecognizer dates)
        {
            var m = SafeRegex.Match(IsoDay, text);
            if (m == null || !m.Success)
            {
                // Some themes write the day out in a datetime attribute or a meta value (19 Nov 2019 07:09 GMT,
                // November 19, 2019, 07:47 PM EST): the module's one date grammar reads it; only a whole day counts.
                return dates.Find(text)
                    .FirstOrDefault(t => t.Form == MentionForm.Absolute && t.Date?.Precision == DatePrecision.Day)?.Date;
            }

            var (y, mo, d) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
            return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? PartialDate.FromDay(y, mo, d) : null;
        }

        private static IEnumerable<JsonElement> ArticleNodes(IDocument page)
        {
            var nodes = page.QuerySelectorAll("script[type='application/ld+json']").SelectMany(s => JsonLd.Nodes(s.TextContent)).ToList();

            // A page's graph also describes the site, its breadcrumbs and its logo; the article comes first, then a page.
            return nodes.Where(n => JsonLd.IsType(n, ArticleTypes.Take(ArticleTypes.Length - 2).ToArray()))
                .Concat(nodes.Where(n => JsonLd.IsType(n, "WebPage", "LiveBlogPosting")));
        }

        private static string? FirstString(IEnumerable<JsonElement> nodes, string property)
        {
            foreach (var node in nodes)
            {
                if (node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                {
                    return value.GetString();
                }
            }

            return null;
        }

        // author and publisher are a name, a Person or Organization with a name, or a list of them (co-written stories).
        private static string? Names(JsonElement node, string property)
        {
            if (!node.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = new List<string>();
            foreach (var item in value.ValueKind == JsonValueKind.Array ? (IEnumerable<JsonElement>)value.EnumerateArray() : new[] { value })
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()
                    : item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()
                    : null;
                name = NotAddress(name);
                if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name!.Trim()))
                {
                    names.Add(name.Trim());
                }
            }

            return names.Count == 0 ? null : string.Join(", ", names);
        }

        // Blog themes link the byline to the author's page (<a rel="author">) and state the author nowhere else. The link
        // text is the name, unless it is an account handle or a login (@someone, admin), or not a name at all.
        private static string? AuthorLink(IDocument page)
        {
            foreach (var link in page.QuerySelectorAll("a[rel~=author]"))
            {
                var text = OneLine(link.TextContent);
                if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
                {
                    text = text.Substring(3).TrimStart();
                }

                if (text.Length == 0)
                {
                    continue;
                }

                var words = text.Split(' ');
                var looksLikeName = text.Length <= 60 && words.Length <= 6 && text.IndexOf('@') < 0
                    && !(words.Length == 1 && text.ToLowerInvariant() == text);
                return looksLikeName ? text : null;
            }

            return null;
        }

        // Markup wraps and indents what it states: a field is one line with single spaces.
        private static string OneLine(string value) =>
            string.Join(" ", value.Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));

        // Facebook asks for article:author as a profile address; an address is not a name.
        private static string? NotAddress(string? value) =>
            value == null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith("//", StringComparison.Ordinal) ? null : value;

        private static string? Meta(IDocument page, string name)
        {
            foreach (var meta in page.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(meta.GetAttribute("content")))
                {
                    return meta.GetAttribute("content");
                }
            }

            return null;
        }
    }

    /// <summary>A piece of an article's metadata whose source is reported.</summary>
    public enum MetadataField
    {
        Title,
        Author,
        Published,
        Site,
        Url,
    }
}
