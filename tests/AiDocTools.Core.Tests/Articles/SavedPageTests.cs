using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>
    /// The Japanese saved pages of tests/corpus/html (written for this project in the shapes Japanese news sites use:
    /// menus, ランキング, 関連記事, share buttons, 広告, コメント欄, 次のページ, 著作権表示), scored against their true bodies
    /// by the extraction benchmark's own metric, and read for the metadata their markup states.
    /// </summary>
    public sealed class SavedPageTests
    {
        // Measured 0.997 when the pages were written; a fall below this is a regression, not noise.
        private const double F1Floor = 0.99;

        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "html");

        private static Dictionary<string, JsonElement> Truth() =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "ground-truth.json"))).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

        private static Article Read(string id) => AnalysisPipeline.Shipped.NewReader().Read(Path.Combine(Folder, id + ".html"));

        [Fact]
        public void TheBodiesScoreAboveTheFloor()
        {
            var truth = Truth();
            Assert.True(truth.Count >= 8);
            var scores = truth.ToDictionary(t => t.Key, t => ExtractionScore.Page(t.Value.GetProperty("articleBody").GetString()!, Read(t.Key).Body));
            var (precision, recall, f1) = ExtractionScore.Summary(scores.Values.ToList());
            Assert.True(f1 >= F1Floor, $"F1 {f1:0.000} (P {precision:0.000}, R {recall:0.000}) is below {F1Floor}; worst: "
                + string.Join(", ", scores.OrderBy(s => s.Value.F1).Take(3).Select(s => $"{s.Key} {s.Value.F1:0.00}")));
        }

        [Fact]
        public void TheMetadataIsWhatTheMarkupStates()
        {
            foreach (var page in Truth())
            {
                var article = Read(page.Key);
                Assert.Equal(page.Value.GetProperty("headline").GetString(), article.Title);
                Assert.Equal(page.Value.GetProperty("datePublished").GetString(), article.PublishedValue?.ToString());
                Assert.Equal(page.Value.GetProperty("url").GetString(), article.Urls.FirstOrDefault());
                Assert.True(article.MetadataSources.ContainsKey("Title") && article.MetadataSources.ContainsKey("Published"), page.Key);
            }
        }

        [Fact]
        public void JsonLdWinsAndSaysSo()
        {
            var article = Read("ja-web-03");
            Assert.Equal("JSON-LD headline", article.MetadataSources["Title"]);
            Assert.Equal("JSON-LD datePublished", article.MetadataSources["Published"]);
            Assert.Equal("JSON-LD author", article.MetadataSources["Author"]);
            Assert.Equal("<link rel=canonical>", article.MetadataSources["Url"]);
        }

        [Theory]
        [InlineData("<meta property=\"article:published_time\" content=\"2024-03-07T09:30:00+09:00\">", "", "2024-03-07")]
        [InlineData("", "<time datetime=\"7 Mar 2024 09:30 GMT\">Thursday</time>", "2024-03-07")]
        [InlineData("<meta property=\"article:published_time\" content=\"March 7, 2024, 09:30 PM EST\">", "", "2024-03-07")]
        [InlineData("", "<time datetime=\"March 2024\">Spring</time>", "")]
        public void APublishedDayIsReadInEverySpellingAPageWrites(string head, string time, string published)
        {
            // Themes write the day out (7 Mar 2024 09:30 GMT) where structured data would write ISO; only a whole day counts.
            var paragraph = string.Concat(System.Linq.Enumerable.Repeat("The agency published its draft guidance on training data after a long consultation with publishers. ", 6));
            var article = ReadPage($"<html><head><title>Draft guidance out</title>{head}</head><body><article><h1>Draft guidance out</h1><p>{time}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>");
            Assert.Equal(published, article.PublishedValue?.ToString() ?? "");
        }

        [Theory]
        [InlineData("<a rel=\"author\" href=\"/authors/mika-sato\">Mika Sato</a>", "Mika Sato")]
        [InlineData("<a rel=\"author external\" href=\"/u/7\">By Daniel Okafor</a>", "Daniel Okafor")]
        [InlineData("<a rel=\"author\" href=\"/u/1\"><img alt=\"\" src=\"a.png\"></a> <a rel=\"author\" href=\"/u/1\">Priya Natarajan</a>", "Priya Natarajan")]
        [InlineData("<a rel=\"author\" href=\"/u/2\">webadmin</a>", null)]
        [InlineData("<a rel=\"author\" href=\"/u/3\">Follow @kenji_writes</a>", null)]
        public void AnAuthorLinkIsTheAuthorWhenThePageStatesNoOther(string link, string? author)
        {
            // A blog theme's byline links to the author's page and no structured data names the author.
            var paragraph = string.Concat(System.Linq.Enumerable.Repeat("The committee heard three hours of testimony on model licensing before it adjourned for the day. ", 6));
            var article = ReadPage($"<html><head><title>Licensing hearing ends</title></head><body><article><h1>Licensing hearing ends</h1><p class=\"meta\">{link}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>");
            Assert.Equal(author, article.Author);
            if (author != null)
            {
                Assert.Equal("<a rel=author>", article.MetadataSources["Author"]);
            }
        }

        // A page of our own written to a temporary file, read as a saved page is.
        private static Article ReadPage(string html)
        {
            var folder = Path.Combine(Path.GetTempPath(), "aidoc-page-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var file = Path.Combine(folder, "post.html");
                File.WriteAllText(file, html);
                return AnalysisPipeline.Shipped.NewReader().Read(file);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void TheTextIsKeptAsWritten()
        {
            // A space the page puts between Japanese and a Latin word stays; nothing is joined or split.
            var body = Read("ja-web-06").Body;
            Assert.Contains("回答の下書きを AI がつくり、職員が確認したうえで Microsoft Teams などを通じて送る", body);
        }

        [Fact]
        public void TheChromeLeavesTheBody()
        {
            foreach (var id in Truth().Keys)
            {
                var body = Read(id).Body;
                foreach (var chrome in new[] { "ランキング", "関連記事", "ツイート", "次のページ", "Copyright", "©", "無断転載", "スポンサーリンク", "コメント" })
                {
                    Assert.False(body.Contains(chrome) && !Truth()[id].GetProperty("articleBody").GetString()!.Contains(chrome), $"{id} keeps '{chrome}'");
                }
            }
        }
    }

    /// <summary>
    /// The extraction benchmark's metric (../shared/tools/score_extraction.py): words are \w+ runs, each body a multiset
    /// of 4-word shingles (fewer than 4 words: one shingle); per page the shared, extra and missing counts; precision
    /// averaged over pages that predicted anything, recall over pages whose truth has anything.
    /// </summary>
    internal static class ExtractionScore
    {
        private static readonly Regex Word = new Regex(@"\w+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

        public sealed class Counts
        {
            public double Shared { get; set; }

            public double Extra { get; set; }

            public double Missing { get; set; }

            public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

            public double Precision => Ratio(Shared, Extra);

            public double Recall => Ratio(Shared, Missing);
        }

        public static Counts Page(string truth, string predicted)
        {
            var t = Shingles(truth);
            var p = Shingles(predicted);
            double shared = t.Sum(s => Math.Min(s.Value, p.TryGetValue(s.Key, out var n) ? n : 0));
            double extra = p.Sum(s => Math.Max(0, s.Value - (t.TryGetValue(s.Key, out var n) ? n : 0)));
            double missing = t.Sum(s => Math.Max(0, s.Value - (p.TryGetValue(s.Key, out var n) ? n : 0)));
            var total = shared + extra + missing;
            return total == 0 ? new Counts() : new Counts { Shared = shared / total, Extra = extra / total, Missing = missing / total };
        }

        public static (double Precision, double Recall, double F1) Summary(IReadOnlyList<Counts> pages)
        {
            var ps = pages.Where(c => c.Shared + c.Extra > 0).Select(c => c.Precision).ToList();
            var rs = pages.Where(c => c.Shared + c.Missing > 0).Select(c => c.Recall).ToList();
            var p = ps.Count > 0 ? ps.Average() : 0;
            var r = rs.Count > 0 ? rs.Average() : 0;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        private static double Ratio(double hit, double miss) => miss == 0 && hit > 0 ? 1.0 : hit + miss > 0 ? hit / (hit + miss) : 0.0;

        private static Dictionary<string, int> Shingles(string text)
        {
            var words = Word.Matches(text ?? string.Empty).Cast<Match>().Select(m => m.Value).ToList();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = words.Count <= 4
                ? (words.Count > 0 ? new[] { string.Join("\u0001", words) } : new string[0])
                : Enumerable.Range(0, words.Count - 3).Select(i => string.Join("\u0001", words.Skip(i).Take(4)));
            foreach (var key in keys)
            {
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }

            return counts;
        }
    }
}
