using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;
using AiDocTools.Text;
using AiDocTools.Time;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Turns a parsed document into an article: separates boilerplate from content and finds the title,
    /// people, date and site in the text. Metadata the format declared wins over what is detected.
    /// </summary>
    public sealed class ArticleCleaner
    {
        private readonly BoilerplateCues _boilerplate;
        private readonly MetadataDetector _metadata;
        private readonly SiteDetector _sites;

        /// <param name="packs">The packs of boilerplate lines, bylines and dates.</param>
        /// <param name="boilerplate">The boilerplate cue words; the shipped ones when null.</param>
        /// <param name="metadata">The metadata cue words; the shipped ones when null.</param>
        public ArticleCleaner(LanguagePacks packs, BoilerplateCues? boilerplate = null, ArticleMetadataCues? metadata = null)
            : this(packs, TemporalRecognizer.From(packs), boilerplate, metadata)
        {
        }

        /// <param name="packs">The packs of boilerplate lines and bylines, and of dates unless <paramref name="dates"/> is given.</param>
        /// <param name="dates">The date grammar datelines and page metadata are read with (an analysis pipeline shares its own).</param>
        /// <param name="boilerplate">The boilerplate cue words; the shipped ones when null.</param>
        /// <param name="metadata">The metadata cue words; the shipped ones when null.</param>
        internal ArticleCleaner(LanguagePacks packs, TemporalRecognizer dates, BoilerplateCues? boilerplate, ArticleMetadataCues? metadata)
        {
            _boilerplate = (boilerplate ?? BoilerplateCues.Default).WithLinePacks(packs);
            Dates = dates;
            var metadataCues = metadata ?? ArticleMetadataCues.Default;
            _metadata = new MetadataDetector(metadataCues, dates, packs);
            _sites = new SiteDetector(metadataCues);
        }

        /// <summary>The boilerplate cues and line rules, which a web page's chrome is also removed by.</summary>
        internal BoilerplateCues Boilerplate => _boilerplate;

        /// <summary>The date grammar, which a web page's metadata dates are also read with.</summary>
        internal TemporalRecognizer Dates { get; }


        public Article Clean(RawDocument raw)
        {
            var lines = raw.Blocks.Select((b, i) => new ArticleLine(i, b.Text, b.Kind)).ToList();

            // Chrome that is chrome on its own goes first, so the headline is not taken from a breadcrumb or a counter;
            // blocks judged by context come after, so they stop at the headline.
            var boilerplate = new BoilerplateDetector(_boilerplate);
            boilerplate.MarkInterfaceLines(lines);
            var found = _metadata.Detect(lines, raw);
            boilerplate.MarkBlocks(lines);

            // A saved page states its headline, date and byline in its markup, where Title, Published and Author read them;
            // in its text they are the page's furniture around the story. Plain text and Markdown keep them, as before.
            // A line that is just the author the markup names is the byline, whatever words sit around it elsewhere.
            var kept = lines.Where(l => !l.IsBlank && !l.IsBoilerplate
                && !(raw.Format == ArticleFormat.Html && (l.Role == LineRole.Metadata || (raw.Author != null && l.Text.Trim() == raw.Author)))).ToList();
            var paragraphs = kept.Select(l => l.Text.Trim()).ToList();
            var headings = HeadingDetector.Find(lines).Select(l => l.Text.Trim()).ToList();
            var body = string.Join(Article.ParagraphSeparator, paragraphs);

            return new Article
            {
                Title = found.Title,
                Author = raw.Author ?? found.Author,
                Translator = raw.Translator ?? found.Translator,
                Original = found.Original,
                PublishedValue = raw.Published ?? found.Published,
                Site = raw.Site ?? _sites.FindSite(lines),
                // The language counts letters only, so the body stands for its paragraphs; the whole text is joined only when none is kept.
                Language = raw.Language ?? LanguageDetector.Detect(paragraphs.Count > 0 ? body : string.Join("\n", lines.Select(l => l.Text))),
                Urls = _sites.FindUrls(lines, raw.Urls),
                Headings = headings,
                Paragraphs = paragraphs,
                Body = body,
                Boilerplate = BoilerplateBlocks(lines),
                MetadataSources = SourcesOf(raw, found),
            };
        }

        // What the format declared names its own source; what the cleaner found in the lines came from the text.
        private static IReadOnlyDictionary<string, string> SourcesOf(RawDocument raw, DetectedMetadata found)
        {
            var sources = raw.Sources.ToDictionary(p => p.Key.ToString(), p => p.Value);
            void FromText(MetadataField field, object? declared, object? detected)
            {
                if (declared == null && detected != null && !sources.ContainsKey(field.ToString()))
                {
                    sources[field.ToString()] = "text";
                }
            }

            FromText(MetadataField.Title, raw.Title, found.Title);
            FromText(MetadataField.Author, raw.Author, found.Author);
            FromText(MetadataField.Published, raw.Published, found.Published);
            return sources;
        }

        /// <summary>Each removed block verbatim: consecutive lines removed by one rule, blank lines inside kept.</summary>
        private static IReadOnlyList<string> BoilerplateBlocks(IReadOnlyList<ArticleLine> lines)
        {
            var blocks = new List<string>();
            var i = 0;
            while (i < lines.Count)
            {
                if (!lines[i].IsBoilerplate || lines[i].IsBlank)
                {
                    i++;
                    continue;
                }

                var region = lines[i].Region;
                var last = i;
                for (var j = i + 1; j < lines.Count; j++)
                {
                    if (lines[j].IsBlank)
                    {
                        continue;
                    }

                    if (!lines[j].IsBoilerplate || lines[j].Region != region)
                    {
                        break;
                    }

                    last = j;
                }

                var block = lines.Skip(i).Take(last - i + 1).ToList();
                var separator = block.All(l => l.Kind == BlockKind.Line) ? "\n" : Article.ParagraphSeparator;
                blocks.Add(string.Join(separator, block.Where(l => l.Kind == BlockKind.Line || !l.IsBlank).Select(l => l.Text)));
                i = last + 1;
            }

            return blocks;
        }
    }
}
