using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class ExportAiTimelineTests : System.IDisposable
    {
        // Hand-made events, built through the module's own types (they live in the module's load context, so
        // the script reaches them from an object the module emitted rather than by type name).
        private const string NewEvent = @"
$core = @(Get-AiArticle)[0].GetType().Assembly
$partialDate = $core.GetType('AiDocTools.PartialDate')
function New-Event([string] $Date, [string] $Summary, [string] $ArticleId) {
    $e = $core.CreateInstance('AiDocTools.TimelineEvent')
    $e.Date = $partialDate::Parse($Date)
    $e.Summary = $Summary
    $e.Sentence = $Summary
    $e.ArticleId = $ArticleId
    $e.Resolved = $true
    $e
}
";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        public ExportAiTimelineTests()
        {
            _session.Run($"$ExecutionContext.SessionState.Path.SetLocation('{_folder.Path.Replace("'", "''")}')");
            _session.Run(NewEvent);
        }

        private string Target => Path.Combine(_folder.Path, "timeline.md");

        [Fact]
        public void ArticlesToJsonOnThePipelineIsOneStringOfValidJson()
        {
            var result = _session.Run("Get-AiArticle | Export-AiTimeline -Format Json");

            Assert.Empty(result.Errors);
            var json = Assert.IsType<string>(Assert.Single(result.Output).BaseObject);
            using var document = JsonDocument.Parse(json);
            Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("entries").ValueKind);
        }

        [Fact]
        public void PipedEventsComeOutInOrderMergedAcrossArticles()
        {
            var result = _session.Run(
                "@((New-Event '2024-04' 'Meta released Llama 3' 'b'), (New-Event '2000-01-10' 'IBM backs Linux' 'a'), (New-Event '2024-04' 'Meta released Llama 3.' 'c')) | Export-AiTimeline -Format Json");

            Assert.Empty(result.Errors);
            using var document = JsonDocument.Parse((string)result.Output.Single().BaseObject);
            var entries = document.RootElement.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(new[] { "2000-01-10", "2024-04" }, entries.Select(e => e.GetProperty("date").GetString()));
            Assert.Equal(new[] { "b", "c" }, entries[1].GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("articleId").GetString()));
        }

        [Fact]
        public void EveryFormatIsAccepted()
        {
            foreach (var format in new[] { "Markdown", "Html", "Csv", "Json", "Mermaid", "TimelineJs" })
            {
                var result = _session.Run($"New-Event '2024' 'Something <script>' 'a' | Export-AiTimeline -Format {format}");
                Assert.Empty(result.Errors);
                Assert.False(string.IsNullOrWhiteSpace((string)Assert.Single(result.Output).BaseObject), format);
            }
        }

        [Fact]
        public void PathWritesTheFileRelativeToTheCurrentLocation()
        {
            var result = _session.Run("New-Event '2024-04' 'Meta released Llama 3' 'a' | Export-AiTimeline -Path ./timeline.md");

            Assert.Empty(result.Errors);
            Assert.Empty(result.Output);
            var text = File.ReadAllText(Target, Encoding.UTF8);
            Assert.StartsWith("# Timeline", text);
            Assert.Contains("## 2024-04", text);
            Assert.Equal(new[] { "timeline.md" }, Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        }

        [Fact]
        public void LiteralPathTakesWildcardCharactersAsPartOfTheName()
        {
            var result = _session.Run("Get-AiArticle | Export-AiTimeline -LiteralPath './time[1].csv' -Format Csv");

            Assert.Empty(result.Errors);
            Assert.True(File.Exists(Path.Combine(_folder.Path, "time[1].csv")));
        }

        [Fact]
        public void WhatIfWritesNothing()
        {
            var result = _session.Run("Get-AiArticle | Export-AiTimeline -Path ./timeline.md -WhatIf");

            Assert.Empty(result.Errors);
            Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
        }

        [Fact]
        public void AnExistingFileWithoutForceIsAnErrorAndStaysByteIdentical()
        {
            var original = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'k', (byte)'e', (byte)'e', (byte)'p', 0x0D, 0x0A };
            File.WriteAllBytes(Target, original);
            var before = File.GetLastWriteTimeUtc(Target);

            var result = _session.Run("New-Event '2024' 'x' 'a' | Export-AiTimeline -Path ./timeline.md -PassThru");

            var error = Assert.Single(result.Errors);
            Assert.Equal("TimelineFileExists,AiDocTools.PowerShell.ExportAiTimelineCommand", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Equal(Target, error.TargetObject);
            Assert.Empty(result.Output); // nothing written, so nothing passed through
            Assert.Equal(original, File.ReadAllBytes(Target));
            Assert.Equal(before, File.GetLastWriteTimeUtc(Target));
            Assert.Single(Directory.GetFiles(_folder.Path));
        }

        [Fact]
        public void ForceOverwrites()
        {
            File.WriteAllText(Target, "old");

            var result = _session.Run("New-Event '2023-06-02' 'Replaced' 'a' | Export-AiTimeline -Path ./timeline.md -Force");

            Assert.Empty(result.Errors);
            Assert.Contains("## 2023-06-02", File.ReadAllText(Target));
            Assert.Single(Directory.GetFiles(_folder.Path));
        }

        [Fact]
        public void PassThruEmitsTheEventsOnTheTimelineInItsOrder()
        {
            var result = _session.Run(
                "@((New-Event '2024' 'Later' 'a'), (New-Event '1999-H2' 'Earlier' 'a')) | Export-AiTimeline -Path ./timeline.md -PassThru");

            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "Earlier", "Later" }, result.Output.Select(o => o.Text("Summary")));
            Assert.Contains("AiDocTools.TimelineEvent", result.Output[0].TypeNames);
            Assert.True(File.Exists(Target));
        }

        [Fact]
        public void WithoutPathPassThruIsNotAParameterOfTheDocumentForm()
        {
            var result = _session.Run("try { Export-AiTimeline -PassThru -ErrorAction Stop; 'bound' } catch { $_.FullyQualifiedErrorId }");

            Assert.Contains("AmbiguousParameterSet", (string)result.Output.Single().BaseObject + "|" + string.Join("|", result.Errors));
        }

        [Fact]
        public void OtherObjectsAreReportedAndSkipped()
        {
            var result = _session.Run("42, (New-Event '2024' 'Kept' 'a') | Export-AiTimeline -Format Json");

            var error = Assert.Single(result.Errors);
            Assert.Equal("UnsupportedTimelineInput,AiDocTools.PowerShell.ExportAiTimelineCommand", error.FullyQualifiedErrorId);
            using var document = JsonDocument.Parse((string)result.Output.Single().BaseObject);
            Assert.Single(document.RootElement.GetProperty("entries").EnumerateArray());
        }

        [Fact]
        public void AMissingFolderIsAnErrorAndNothingIsCreated()
        {
            var result = _session.Run("New-Event '2024' 'x' 'a' | Export-AiTimeline -Path ./missing/timeline.md");

            var error = Assert.Single(result.Errors);
            Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
        }

        [Fact]
        public void UnresolvedAndDurationEventsAreNotExported()
        {
            var result = _session.Run(@"
$unresolved = New-Event '2024' 'Last week' 'a'; $unresolved.Kind = 'Relative'; $unresolved.Resolved = $false
$duration = New-Event '2024' 'For twenty years' 'a'; $duration.Kind = 'Duration'
$unresolved, $duration, (New-Event '2024' 'Kept' 'a') | Export-AiTimeline -Format Csv");

            Assert.Empty(result.Errors);
            var csv = (string)result.Output.Single().BaseObject;
            Assert.Contains("Kept", csv);
            Assert.DoesNotContain("Last week", csv);
            Assert.DoesNotContain("twenty", csv);
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
