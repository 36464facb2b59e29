using System;
using System.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class GetAiEventTests : IDisposable
    {
        // No date of its own: 先週 cannot be resolved; 過去20年間 is a length; the two absolute dates straddle 2010.
        private const string Undated = "オープンソースの歩み\n\n1999年10月にパネルが開かれた。\n\n先週、Metaは新しいモデルを公開した。\n\nプロジェクトは過去20年間で増えた。\n\n2024年4月にLlama 3が公開された。\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        private string Clip(string content = Undated) => _folder.Write("clip.txt", content);

        private ModuleSession.Result Events(string arguments) =>
            _session.Run($"Get-AiArticle -LiteralPath '{Clip()}' | Get-AiEvent {arguments}");

        [Fact]
        public void ByDefaultOnlyDatedEventsComeOut()
        {
            var result = Events("");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "1999-10", "2024-04" }, result.Output.Select(e => e.Text("Date")).ToArray());
            Assert.All(result.Output, e => Assert.True(e.Get<bool>("Resolved")));
            Assert.Contains("AiDocTools.TimelineEvent", result.Output[0].TypeNames);
            Assert.Equal("clip", result.Output[0].Text("ArticleId"));
        }

        [Fact]
        public void IncludeUnresolvedAddsRelativeDatesWithNothingToAnchorThem()
        {
            var result = Events("-IncludeUnresolved");
            var lastWeek = Assert.Single(result.Output, e => e.Text("Expression") == "先週");
            Assert.False(lastWeek.Get<bool>("Resolved"));
            Assert.Null(lastWeek.Properties["Date"].Value);
            Assert.Equal("Relative", lastWeek.Text("Kind"));
            Assert.DoesNotContain(result.Output, e => e.Text("Kind") == "Duration");
        }

        [Fact]
        public void IncludeDurationsAddsLengthsWithTheirIsoForm()
        {
            var result = Events("-IncludeDurations");
            var length = Assert.Single(result.Output, e => e.Text("Kind") == "Duration");
            Assert.Equal("過去20年間", length.Text("Expression"));
            Assert.Equal("P20Y", length.Text("Duration"));
            Assert.DoesNotContain(result.Output, e => e.Text("Expression") == "先週");
        }

        [Theory]
        [InlineData("-After 2010", "2024-04")]
        [InlineData("-After '2024-03'", "2024-04")]
        [InlineData("-Before 2010", "1999-10")]
        [InlineData("-Before '1999-11-01'", "1999-10")]
        [InlineData("-After ([datetime]'1999-11-01')", "2024-04")]
        [InlineData("-After ([datetime]'1999-10-31')", "1999-10,2024-04")]
        [InlineData("-After 1999 -Before 2025 -IncludeUnresolved -IncludeDurations", "1999-10,2024-04")]
        [InlineData("-After 2000 -Before 2024 -IncludeUnresolved -IncludeDurations", "2024-04")]
        public void AfterAndBeforeMeanInOrAfterAndInOrBefore(string arguments, string expected)
        {
            var result = Events(arguments);
            Assert.Empty(result.Errors);
            Assert.Equal(expected.Split(','), result.Output.Select(e => e.Text("Date")).ToArray());
        }

        // One meaning on every cmdlet, as Search-AiClaim has it: a date inside the given span is both in-or-after and in-or-before it.
        [Fact]
        public void ADateInsideTheGivenSpanIsBothInOrAfterAndInOrBeforeIt()
        {
            Assert.Contains(Events("-After 2024").Output, e => e.Text("Date") == "2024-04");
            Assert.Contains(Events("-Before '2024-04'").Output, e => e.Text("Date") == "2024-04");
            Assert.DoesNotContain(Events("-After '2024-05'").Output, e => e.Text("Date") == "2024-04");
        }

        [Fact]
        public void AValueThatIsNotADateIsABindingError()
        {
            var result = _session.Run($"try {{ Get-AiArticle -LiteralPath '{Clip()}' | Get-AiEvent -After 'next tuesday' -ErrorAction Stop }} catch {{ $_.FullyQualifiedErrorId; $_.Exception.Message }}");
            var text = string.Join("\n", result.Output.Select(o => o.BaseObject.ToString()));
            Assert.Contains("ParameterArgumentTransformationError", text);
            Assert.Contains("not a date", text);
        }

        [Fact]
        public void EntityFiltersOnTheEventsEntities()
        {
            // Only the 2024 sentence names an entity (Llama 3); the 1999 panel names none.
            Assert.Equal(new[] { "2024-04" }, Events("-Entity 'Llama*'").Output.Select(e => e.Text("Date")));
            Assert.All(Events("-Entity 'Llama*'").Output, e => Assert.Contains("Llama 3", EntitiesOf(e)));
            Assert.Empty(Events("-Entity 'No such entity*'").Output);
        }

        private static string[] EntitiesOf(System.Management.Automation.PSObject e) =>
            ((System.Collections.IEnumerable)e.Properties["Entities"].Value).Cast<object>().Select(n => n.ToString()!).ToArray();

        [Fact]
        public void RelativeDatesResolveAgainstAFrontMatterDate()
        {
            var file = _folder.Write("dated.md", "---\ntitle: Dated\ndate: 2023-05-20\n---\n# Dated\n\n先週、Metaは新しいモデルを公開した。\n");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiEvent");
            var lastWeek = Assert.Single(result.Output);
            Assert.Equal("2023-W19", lastWeek.Text("Date"));
            Assert.Contains("2023-05-20", lastWeek.Text("Anchor"));
        }

        [Fact]
        public void WithoutInputTheSeedsAreRead()
        {
            var result = _session.Run("Get-AiEvent | ForEach-Object { $_.ArticleId } ");
            Assert.Empty(result.Errors);
            Assert.True(result.Output.Select(o => o.BaseObject.ToString()).Distinct().Count() >= 2);
        }

        [Fact]
        public void OffsetsPointIntoTheArticleBody()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Clip()}' | ForEach-Object {{ $a = $_; $a | Get-AiEvent -IncludeUnresolved -IncludeDurations | ForEach-Object {{ $a.Body.Substring($_.Start, $_.Length) -eq $_.Expression }} }}");
            Assert.Equal(4, result.Output.Count);
            Assert.All(result.Output, o => Assert.True((bool)o.BaseObject));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
