using System.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// The capabilities working together through the one entity dictionary: speakers, search aliases and completion
    /// meet across scripts, so a user never has to know how a name was written.
    /// </summary>
    public sealed class CrossCapabilityTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        public CrossCapabilityTests()
        {
            _folder.Write("ja.txt", "オープンモデルの行方\n\n「オープンなモデルこそが安全だ」とマーク・ザッカーバーグ氏は述べた。\n\nメタは2024年4月に新しいモデルを公開した。\n");
            _folder.Write("en.txt", "The open model debate\n\n\"Open weights make everyone safer,\" Zuckerberg said on Tuesday.\n\nCritics disagreed with the plan.\n");
        }

        [Fact]
        public void ACanonicalSpeakerFindsQuotesWrittenInEitherScript()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | Get-AiClaim -Speaker 'Mark Zuckerberg'");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "en", "ja" }, result.Output.Select(c => c.Get<string>("ArticleId")).OrderBy(i => i));
            Assert.All(result.Output, c => Assert.Equal("Mark Zuckerberg", c.Text("Speaker")));
        }

        [Fact]
        public void AJapaneseSpeakerAliasFindsTheEnglishQuote()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | Get-AiClaim -Speaker 'ザッカーバーグ'");
            Assert.Contains(result.Output, c => c.Get<string>("ArticleId") == "en");
        }

        [Theory]
        [InlineData("Get-AiClaim -Speaker 'マークザッカーバーグ'")]
        [InlineData("Get-AiClaim -Speaker 'ＺＵＣＫＥＲＢＥＲＧ'")]
        [InlineData("Get-AiClaim -Entity 'ﾏｰｸ･ｻﾞｯｶｰﾊﾞｰｸﾞ'")]
        [InlineData("Get-AiEntity -Name 'マークザッカー*'")]
        [InlineData("Get-AiEntity -Name 'ｍａｒｋ ｚｕｃｋ*'")]
        public void EveryNameParameterMatchesTheWayANameIsTypedWithoutSeparatorsOrInFullWidth(string command)
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | {command}");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.All(result.Output, o => Assert.True(Names(o, "Mark Zuckerberg"), "unexpected " + o));
        }

        private static bool Names(System.Management.Automation.PSObject o, string name) =>
            o.Text("Speaker") == name || o.Text("Name") == name
            || (o.Properties["Entities"]?.Value as System.Collections.IEnumerable)?.Cast<object>().Any(e => e.ToString() == name) == true;

        [Fact]
        public void SearchingAKatakanaNameFindsTheEnglishQuoteThroughItsAliases()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | Search-AiClaim 'ザッカーバーグ'");
            Assert.Empty(result.Errors);
            Assert.Contains(result.Output, r => r.Get<string>("ArticleId") == "en" && r.Text("Text")!.Contains("Open weights"));
            Assert.Contains(result.Output, r => r.Get<string>("ArticleId") == "ja");
        }

        [Fact]
        public void ClaimsAndEventsCarryTheEntitiesOfTheirSentence()
        {
            var claims = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | Get-AiClaim | Where-Object {{ $_.Entities -contains 'Mark Zuckerberg' }}");
            Assert.Equal(2, claims.Output.Count);
            var events = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Path}' | Get-AiEvent -Entity 'Meta'");
            Assert.Equal("2024-04", Assert.Single(events.Output).Text("Date"));
        }

        [Theory]
        [InlineData("Get-AiClaim -Speaker Zucker", "'Mark Zuckerberg'")]
        [InlineData("Search-AiClaim open -Entity ザッカー", "'Mark Zuckerberg'")]
        [InlineData("Get-AiEvent -Entity Llama", "'Llama 3'")]
        [InlineData("Export-AiTimeline -Format Merm", "Mermaid")]
        public void TabCompletesNamesUsersWouldOtherwiseLookUp(string line, string expected)
        {
            var result = _session.Run($"(TabExpansion2 -inputScript '{line.Replace("'", "''")}' -cursorColumn {line.Length}).CompletionMatches | ForEach-Object {{ $_.CompletionText }}");
            Assert.Contains(expected, result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void TabCompletesArticleIdsFromTheSeedsOrTheTypedPath()
        {
            var seeds = _session.Run("(TabExpansion2 -inputScript 'Get-AiArticle -Id 00' -cursorColumn 20).CompletionMatches | ForEach-Object { $_.CompletionText }");
            Assert.Equal(5, seeds.Output.Count);
            var line = $"Get-AiArticle -LiteralPath '{_folder.Path}' -Id e";
            var typed = _session.Run($"(TabExpansion2 -inputScript \"{line}\" -cursorColumn {line.Length}).CompletionMatches | ForEach-Object {{ $_.CompletionText }}");
            Assert.Equal("en", Assert.Single(typed.Output).ToString());
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
