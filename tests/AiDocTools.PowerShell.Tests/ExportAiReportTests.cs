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
