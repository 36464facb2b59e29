using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class ExportAiReportTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        public ExportAiReportTests() =>
            _session.Run($"$ExecutionContext.SessionState.Path.SetLocation('{_folder.Path.Replace("'", "''")}')");

        /// <summary>One quote as the HTML shows it: the speaker section it stands in, its words and its link.</summary>
        private static IEnumerable<(string Speaker, string Words, string Href)> QuotesIn(string html)
        {
            foreach (Match section in Regex.Matches(html, "<article class=\"speaker\"[^>]*>\\s*<h3[^>]*>(?<name>.*?)</h3>(?<body>.*?)</article>", RegexOptions.Singleline))
            {
                var speaker = WebUtility.HtmlDecode(section.Groups["name"].Value);
                foreach (Match item in Regex.Matches(section.Groups["body"].Value, "<li class=\"quote\"[^>]*>(?<item>.*?)</li>", RegexOptions.Singleline))
                {
                    var words = Regex.Match(item.Groups["item"].Value, "<span class=\"words\"[^>]*>(?<w>.*?)</span><span class=\"cite\">", RegexOptions.Singleline).Groups["w"].Value;
                    var href = Regex.Match(item.Groups["item"].Value, "<a href=\"(?<h>[^\"]*)\"").Groups["h"].Value;
                    yield return (speaker, WebUtility.HtmlDecode(Regex.Replace(words, "<[^>]*>", string.Empty)), WebUtility.HtmlDecode(href));
                }
            }
        }

        [Fact]
        public void TheMetaDossierOnTheSeedsHasEveryMetaQuoteUnderItsSpeakerLinkedToItsPlace()
        {
            var claims = _session.Run("Get-AiClaim").Output
                .Where(c => c.Text("Speaker") != null && c.Text("Kind") != "Assertion")
                .Where(c => c.Text("Speaker") == "Meta" || ((IEnumerable<string>)c.Properties["Entities"].Value).Contains("Meta"))
                .ToList();
            Assert.NotEmpty(claims);

            var result = _session.Run("Get-AiArticle | Export-AiReport -Entity 'Meta' -Path meta.html");
            Assert.Empty(result.Errors);
            var quotes = QuotesIn(File.ReadAllText(Path.Combine(_folder.Path, "meta.html"))).ToList();
            foreach (var claim in claims)
            {
                var words = claim.Text("Quote") is string quote && quote.Length > 0 ? quote : claim.Text("Text")!;
                var start = claim.Get<int>("Start");
                var href = new Uri(claim.Text("ArticlePath")!).AbsoluteUri + "#char=" + start + "," + (start + claim.Get<int>("Length"));
                Assert.True(
                    quotes.Any(q => q.Speaker == claim.Text("Speaker") && q.Words.Contains(words) && q.Href == href),
                    $"Missing from the dossier under {claim.Text("Speaker")}: {words} ({href})");
            }
        }

        // What "Meta-related" means for the check below, written here and not taken from the module's own relations:
        // the company, its founder, its models and its apps.
        private static bool ConcernsMeta(string name) =>
            name == "Meta" || name == "Meta AI" || name == "Mark Zuckerberg" || name == "Facebook" || name == "Instagram" || name == "WhatsApp" ||
            name.StartsWith("Llama", StringComparison.Ordinal);

        private static string Folded(string text) => Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormKC), @"\s+", string.Empty);

        /// <summary>
        /// The sentence of the seed that holds a quote beginning at <paramref name="at"/>: back to the end of the sentence
        /// before, on past the quotation's own full stops to the one that ends the attribution.
        /// </summary>
        private static string SentenceAt(string text, int at)
        {
            var start = at;
            while (start > 0 && "。！？\n".IndexOf(text[start - 1]) < 0)
            {
                start--;
            }

            var depth = 0;
            for (var i = start; i < at; i++)
            {
                depth += "「『“".IndexOf(text[i]) >= 0 ? 1 : "」』”".IndexOf(text[i]) >= 0 ? -1 : 0;
            }

            var end = at;
            for (; end < text.Length && text[end] != '\n'; end++)
            {
                depth += "「『“".IndexOf(text[end]) >= 0 ? 1 : "」』”".IndexOf(text[end]) >= 0 ? -1 : 0;
                if (depth <= 0 && "。！？".IndexOf(text[end]) >= 0)
                {
                    break;
                }
            }

            return text.Substring(start, Math.Min(text.Length, end + 1) - start);
        }

        [Fact]
        public void TheMetaDossierAttributesEveryMetaRelatedGoldQuoteToTheGoldSpeaker()
        {
            // The hand-made gold annotations of the seeds live beside the repository, where CI checks them out too.
            var shared = Path.GetFullPath(Path.Combine(BuildMetadata.Get("RepoRoot"), "..", "shared"));
            var goldFolder = Path.Combine(shared, "gold");
            Assert.True(Directory.Exists(goldFolder) && Directory.Exists(Path.Combine(shared, "seeds")),
                $"The seeds' gold annotations are missing: expected {goldFolder} and {Path.Combine(shared, "seeds")} beside the repository. " +
                "Check out the shared folder next to the clone, as CI does, to run this test.");

            var result = _session.Run("Get-AiArticle | Export-AiReport -Entity 'Meta' -Path meta.html");
            Assert.Empty(result.Errors);
            var html = File.ReadAllText(Path.Combine(_folder.Path, "meta.html"));
            var bodies = _session.Run("Get-AiArticle").Output.ToDictionary(a => new Uri(a.Text("Path")!).AbsoluteUri, a => a.Text("Body")!);

            // Each quote of the dossier with the sentence its link points at.
            var shown = QuotesIn(html).Select(q =>
            {
                var link = Regex.Match(q.Href, "^(?<file>[^#]+)#char=(?<from>\\d+),(?<to>\\d+)$");
                Assert.True(link.Success, $"A quote without a link to its place: {q.Href}");
                var body = bodies[link.Groups["file"].Value];
                var from = int.Parse(link.Groups["from"].Value);
                var linked = body.Substring(from, int.Parse(link.Groups["to"].Value) - from);
                return (q.Speaker, Words: Folded(q.Words), Linked: Folded(linked), File: Path.GetFileNameWithoutExtension(new Uri(link.Groups["file"].Value).LocalPath));
            }).ToList();

            var wanted = 0;
            var missing = new List<string>();
            foreach (var file in Directory.GetFiles(goldFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                using var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
                var stem = Path.GetFileNameWithoutExtension(file);
                var seed = File.ReadAllText(Path.Combine(shared, "seeds", stem + ".txt"));
                var metaForms = gold.RootElement.GetProperty("entities").EnumerateArray()
                    .Where(e => ConcernsMeta(e.GetProperty("name").GetString()!))
                    .SelectMany(e => e.GetProperty("as_written").EnumerateArray().Select(f => Folded(f.GetString()!)))
                    .ToList();
                foreach (var quote in gold.RootElement.GetProperty("quotes").EnumerateArray())
                {
                    var speaker = quote.GetProperty("speaker").GetString()!;
                    var start = quote.GetProperty("text_start").GetString()!;
                    var at = seed.IndexOf(start, StringComparison.Ordinal);
                    Assert.True(at >= 0, $"{stem}: the gold quote start is not in the seed: {start}");
                    if (!ConcernsMeta(speaker) && !metaForms.Any(form => Folded(SentenceAt(seed, at)).Contains(form)))
                    {
                        continue;
                    }

                    // The gold's own matching: a quote is found by its first ten characters, here in the words the dossier
                    // shows and in the sentence its link points at. A named speaker must be the canonical name; an unnamed
                    // source (a lower-case gloss: some technologists) is given as written.
                    wanted++;
                    var written = quote.GetProperty("speaker_as_written").ValueKind == System.Text.Json.JsonValueKind.String ? quote.GetProperty("speaker_as_written").GetString() : null;
                    var named = !char.IsLower(speaker[0]);
                    var key = Folded(start).Substring(0, Math.Min(10, Folded(start).Length));
                    if (!shown.Any(q => q.File == stem && q.Words.Contains(key) && q.Linked.Contains(key) && (q.Speaker == speaker || (!named && q.Speaker == written))))
                    {
                        missing.Add($"{stem}: {speaker}: {start}");
                    }
                }
            }

            Assert.True(wanted >= 12, $"Only {wanted} Meta-related gold quotes found; the gold or the seeds changed.");
            Assert.True(missing.Count == 0, $"{wanted - missing.Count} of {wanted} Meta-related gold quotes attributed; missing:\n" + string.Join("\n", missing));
        }

        [Fact]
        public void ConvertToGivesOneMarkdownStringAndHtmlOnRequest()
        {
            var markdown = _session.Run("Get-AiArticle | ConvertTo-AiReport -Title 'Open models'");
            Assert.Empty(markdown.Errors);
            var text = Assert.IsType<string>(Assert.Single(markdown.Output).BaseObject);
            Assert.StartsWith("# Open models\n", text);
            Assert.Contains("\n## ", text);

            var html = _session.Run("Get-AiArticle | ConvertTo-AiReport -Format Html");
            Assert.StartsWith("<!DOCTYPE html>", (string)Assert.Single(html.Output).BaseObject);
        }

        [Fact]
        public void PipedClaimsMakeADossierOfThoseClaimsOnly()
        {
            var result = _session.Run("Get-AiClaim -Speaker 'Yann LeCun' | ConvertTo-AiReport -Format Html");
            Assert.Empty(result.Errors);
            var quotes = QuotesIn((string)result.Output.Single().BaseObject).ToList();
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.Equal("Yann LeCun", q.Speaker));
        }

        [Fact]
        public void SpeakerAndPeriodFiltersNarrowTheDossier()
        {
            var result = _session.Run("Get-AiArticle | ConvertTo-AiReport -Format Html -Speaker 'Mark Zuckerberg' -Before 2024");
            Assert.Empty(result.Errors);
            var quotes = QuotesIn((string)result.Output.Single().BaseObject).ToList();
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.Equal("Mark Zuckerberg", q.Speaker));
        }

        [Fact]
        public void WhatIfWritesNothingAnExistingFileNeedsForceAndLiteralPathTakesBrackets()
        {
            var whatIf = _session.Run("Export-AiReport -Path report.html -WhatIf");
            Assert.Empty(whatIf.Errors);
            Assert.False(File.Exists(Path.Combine(_folder.Path, "report.html")));

            _folder.Write("report.html", "old");
            var refused = _session.Run("Export-AiReport -Path report.html");
            Assert.StartsWith("ReportFileExists", Assert.Single(refused.Errors).FullyQualifiedErrorId);
            Assert.Equal("old", File.ReadAllText(Path.Combine(_folder.Path, "report.html")));

            var forced = _session.Run("Export-AiReport -Path report.html -Force -Format Markdown -PassThru");
            Assert.Empty(forced.Errors);
            Assert.EndsWith("report.html", Assert.Single(forced.Output).Text("FullName"));
            Assert.StartsWith("# ", File.ReadAllText(Path.Combine(_folder.Path, "report.html")));

            var literal = _session.Run("Export-AiReport -LiteralPath 'dossier [1].html'");
            Assert.Empty(literal.Errors);
            Assert.True(File.Exists(Path.Combine(_folder.Path, "dossier [1].html")));

            var missing = _session.Run("Export-AiReport -Path 'no such folder/r.html'");
            Assert.StartsWith("ReportFolderNotFound", Assert.Single(missing.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void AnEmptyPipelineWarnsAndWritesNothing()
        {
            var result = _session.Run("@() | Export-AiReport -Path empty.html");
            Assert.Empty(result.Errors);
            Assert.False(File.Exists(Path.Combine(_folder.Path, "empty.html")));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
