using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Time;

namespace AiDocTools.Core.Tests.Corpus
{
    /// <summary>Precision, recall and F1 as the shared scorers print them.</summary>
    public sealed class Score
    {
        public Score(string name, int truePredicted, int predicted, int trueGold, int gold)
        {
            Name = name;
            Precision = predicted == 0 ? 0 : (double)truePredicted / predicted;
            Recall = gold == 0 ? 0 : (double)trueGold / gold;
            F1 = Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
            Gold = gold;
            Predicted = predicted;
        }

        public string Name { get; }

        public double Precision { get; }

        public double Recall { get; }

        public double F1 { get; }

        public int Gold { get; }

        public int Predicted { get; }

        public override string ToString() =>
            FormattableString.Invariant($"{Name}: precision={Precision:0.00} recall={Recall:0.00} f1={F1:0.00} (gold {Gold}, predicted {Predicted})");
    }

    /// <summary>A count of articles whose stated field the module read right, as score_articles.py counts titles and people.</summary>
    public sealed class Tally
    {
        public Tally(string name, int right, int stated)
        {
            Name = name;
            Right = right;
            Stated = stated;
        }

        public string Name { get; }

        public int Right { get; }

        public int Stated { get; }

        public double Share => Stated == 0 ? 0 : (double)Right / Stated;

        public override string ToString() => FormattableString.Invariant($"{Name}={Right}/{Stated} ({Share:0.00})");
    }

    /// <summary>One article of the corpus with its gold annotation (the ../shared/gold format).</summary>
    public sealed class GoldArticle
    {
        public GoldArticle(string id, JsonElement gold, Article article)
        {
            Id = id;
            Gold = gold;
            Article = article;
        }

        /// <summary>The gold's file name without its extension, which is also the article's id.</summary>
        public string Id { get; }

        public JsonElement Gold { get; }

        public Article Article { get; }
    }

    /// <summary>
    /// The metrics of ../shared/tools/score_extract.py (quotes, dates, entities) and score_articles.py (titles, people),
    /// ported line for line so that the figure a test asserts is the figure the scripts print; run in-process on the core.
    /// </summary>
    public static class CorpusScorer
    {
        private static readonly Regex ExtractNoise = new Regex(@"[\s・「」『』“”""'、。,.]+", RegexOptions.CultureInvariant);
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);
        private static readonly Regex SpeakerSplit = new Regex(@"[\s・]+", RegexOptions.CultureInvariant);
        private static readonly Regex SpeakerSuffix = new Regex(@"(氏|さん|教授|CEO)$", RegexOptions.CultureInvariant);
        private static readonly Regex FormSuffix = new Regex(@"(氏|さん|社|誌|紙|教授)$", RegexOptions.CultureInvariant);

        /// <summary>Reads every gold file of <paramref name="folder"/>/gold and its article from <paramref name="folder"/>/articles.</summary>
        public static IReadOnlyList<GoldArticle> Load(string folder)
        {
            var reader = AiDocTools.Analysis.AnalysisPipeline.Shipped.NewReader();
            var loaded = new List<GoldArticle>();
            foreach (var path in Directory.GetFiles(Path.Combine(folder, "gold"), "*.json").OrderBy(p => p, StringComparer.Ordinal))
            {
                var gold = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8)).RootElement.Clone();
                var file = Text(gold, "file") ?? throw new InvalidDataException($"{path} names no article file.");
                var article = Path.Combine(folder, "articles", file);
                if (!File.Exists(article))
                {
                    throw new FileNotFoundException($"{path} annotates {file}, which is not in {Path.Combine(folder, "articles")}.", article);
                }

                loaded.Add(new GoldArticle(Path.GetFileNameWithoutExtension(file), gold, reader.Read(article)));
            }

            return loaded;
        }

        /// <summary>score_extract.py quotes: attributed claims (not assertions) against the gold quotes, on speaker and opening words.</summary>
        public static Score Quotes(IReadOnlyList<GoldArticle> corpus, Func<Article, IEnumerable<Claim>> extract)
        {
            var claims = corpus.ToDictionary(a => a.Id, a => extract(a.Article)
                .Where(c => c.Kind != ClaimKind.Assertion && !string.IsNullOrEmpty(c.Speaker)).ToList());
            int goldCount = 0, found = 0, predicted = 0, right = 0;
            foreach (var a in corpus)
            {
                var quotes = Items(a.Gold, "quotes").ToList();
                foreach (var q in quotes)
                {
                    if (Truthy(q, "optional") || string.IsNullOrEmpty(Text(q, "speaker")))
                    {
                        continue;
                    }

                    goldCount++;
                    var start = Prefix(Norm(Text(q, "text_start") ?? Text(q, "text")), 10);
                    var speakers = SpeakerSplit.Split(Text(q, "speaker") ?? string.Empty).Select(Norm).Where(t => t.Length >= 2).ToList();
                    var asWritten = Text(q, "speaker_as_written");
                    if (!string.IsNullOrEmpty(asWritten))
                    {
                        speakers.Add(Norm(SpeakerSuffix.Replace(asWritten!, string.Empty)));
                    }

                    if (claims[a.Id].Any(c => start.Length > 0 && Norm((c.Quote ?? string.Empty) + c.Text).Contains(start)
                        && speakers.Any(t => t.Length > 0 && (Norm(c.Speaker).Contains(t) || Norm(c.SpeakerAsWritten).Contains(t)))))
                    {
                        found++;
                    }
                }

                foreach (var c in claims[a.Id])
                {
                    predicted++;
                    var body = Norm((c.Quote ?? string.Empty) + c.Text);
                    if (quotes.Any(q => body.Contains(Prefix(Norm(Text(q, "text_start") ?? Text(q, "text")), 10))))
                    {
                        right++;
                    }
                }
            }

            return new Score("quotes", right, predicted, found, goldCount);
        }

        /// <summary>score_extract.py dates: resolved, non-duration events against the gold's valued dates.</summary>
        public static Score Dates(IReadOnlyList<GoldArticle> corpus, Func<Article, IEnumerable<TimelineEvent>> extract)
        {
            int goldCount = 0, found = 0, predicted = 0, right = 0;
            foreach (var a in corpus)
            {
                var dates = Items(a.Gold, "dates").ToList();
                var want = dates.Where(d => !string.IsNullOrEmpty(Text(d, "value")) && Text(d, "kind") != "duration" && !Text(d, "value")!.StartsWith("P", StringComparison.Ordinal)).ToList();
                var neutral = dates.Where(d => string.IsNullOrEmpty(Text(d, "value")) || Text(d, "kind") == "duration" || Text(d, "value")!.StartsWith("P", StringComparison.Ordinal)).ToList();
                var got = extract(a.Article).Where(e => e.Resolved && e.Kind != TemporalKind.Duration && e.DateValue != null).ToList();
                foreach (var d in want)
                {
                    goldCount++;
                    var value = Text(d, "value")!;
                    var fuzzy = IsFuzzy(d);
                    if (got.Any(e => e.DateValue!.ToString().StartsWith(value, StringComparison.Ordinal)
                        && (fuzzy || value.Count(ch => ch == '-') == e.DateValue.ToString().Count(ch => ch == '-'))
                        && Overlaps(Text(d, "text"), e.Expression)))
                    {
                        found++;
                    }
                }

                foreach (var e in got)
                {
                    if (neutral.Any(d => Overlaps(Text(d, "text"), e.Expression)))
                    {
                        continue;
                    }

                    predicted++;
                    var date = e.DateValue!.ToString();
                    if (want.Any(d => (date == Text(d, "value") || (IsFuzzy(d) && date.StartsWith(Text(d, "value")!, StringComparison.Ordinal)))
                        && Overlaps(Text(d, "text"), e.Expression)))
                    {
                        right++;
                    }
                }
            }

            return new Score("dates", right, predicted, found, goldCount);
        }

        /// <summary>Every entity the catalog lists for the corpus, unknown ones included, as Get-AiEntity -IncludeUnknown gives them.</summary>
        public static IReadOnlyList<Entity> Catalog(IReadOnlyList<GoldArticle> corpus, IEntityRecognizer recognizer)
        {
            var catalog = new EntityCatalog(recognizer);
            foreach (var a in corpus)
            {
                catalog.Add(a.Article);
            }

            return catalog.Entities;
        }

        /// <summary>score_extract.py entities: the entities found against the gold's names and forms.</summary>
        public static Score Entities(IReadOnlyList<GoldArticle> corpus, IEnumerable<Entity> entities)
        {
            var forms = new HashSet<string>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in entities)
            {
                names.Add(Norm(e.Name));
                forms.Add(Norm(e.Name));
                forms.UnionWith(e.Aliases.Select(Norm));
            }

            int goldCount = 0, found = 0;
            var goldForms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in corpus)
            {
                foreach (var ent in Items(a.Gold, "entities"))
                {
                    string name;
                    List<string> written;
                    if (ent.ValueKind == JsonValueKind.String)
                    {
                        name = ent.GetString()!;
                        written = new List<string> { name };
                    }
                    else
                    {
                        name = Text(ent, "name") ?? string.Empty;
                        written = Items(ent, "as_written").Select(w => w.GetString() ?? string.Empty).ToList();
                        if (written.Count == 0)
                        {
                            written.Add(name);
                        }
                    }

                    goldForms.Add(Norm(name));
                    goldCount++;
                    if (written.Any(w => forms.Contains(Norm(w))) || names.Contains(Norm(name)))
                    {
                        found++;
                    }
                }
            }

            foreach (var a in corpus)
            {
                foreach (var ent in Items(a.Gold, "entities"))
                {
                    var written = ent.ValueKind == JsonValueKind.String ? new[] { ent.GetString()! } : Items(ent, "as_written").Select(w => w.GetString() ?? string.Empty).ToArray();
                    goldForms.UnionWith(written.Select(w => Norm(FormSuffix.Replace(w, string.Empty))));
                }
            }

            var right = names.Count(n => goldForms.Contains(n) || goldForms.Any(g => g.Length >= 3 && n.Length >= 3 && (g.Contains(n) || n.Contains(g))));
            return new Score("entities", right, names.Count, found, goldCount);
        }

        /// <summary>score_articles.py titles: the title read equals the gold's (after NFKC and without spaces), over every article.</summary>
        public static Tally Titles(IReadOnlyList<GoldArticle> corpus) =>
            new Tally("titles", corpus.Count(a => NormLine(a.Article.Title) == NormLine(Text(a.Gold, "title"))), corpus.Count);

        /// <summary>score_articles.py people: each stated author or translator is found inside the field read.</summary>
        public static Tally People(IReadOnlyList<GoldArticle> corpus, bool authorsOnly = false)
        {
            int stated = 0, right = 0;
            foreach (var a in corpus)
            {
                foreach (var (field, read) in new[] { ("author", a.Article.Author), ("translator", a.Article.Translator) })
                {
                    var want = Text(a.Gold, field);
                    if (string.IsNullOrEmpty(want) || (authorsOnly && field != "author"))
                    {
                        continue;
                    }

                    stated++;
                    if (NormLine(want).Length > 0 && NormLine(read).Contains(NormLine(want)))
                    {
                        right++;
                    }
                }
            }

            return new Tally(authorsOnly ? "bylines" : "people", right, stated);
        }

        // score_extract.py's norm: NFKC, lower case, without spaces, brackets, middle dots and sentence punctuation.
        internal static string Norm(string? text) =>
            ExtractNoise.Replace((text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant(), string.Empty);

        // score_articles.py's norm: NFKC, without spaces.
        internal static string NormLine(string? text) => Spaces.Replace((text ?? string.Empty).Normalize(NormalizationForm.FormKC), string.Empty);

        private static bool Overlaps(string? gold, string predicted)
        {
            var g = Norm(gold);
            var p = Norm(predicted);
            return g.Contains(p) || p.Contains(g);
        }

        // "2025年の早期" may fairly come out as 2025 or 2025-H1: a fuzzy date, or one the annotator marked fuzzy.
        private static bool IsFuzzy(JsonElement d) => Text(d, "kind") == "fuzzy" || d.TryGetProperty("fuzzy", out _);

        private static string Prefix(string text, int length) => text.Length <= length ? text : text.Substring(0, length);

        private static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
                : null;

        private static bool Truthy(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null && value.ValueKind != JsonValueKind.False
            && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

        private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray()
                : Enumerable.Empty<JsonElement>();
    }
}
