using System.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class GetAiClaimTests : System.IDisposable
    {
        private const string Interview =
            "オープンモデルをめぐる議論\n\n" +
            "山田花子氏は新しいモデルを公開した。\n\n" +
            "「公開は技術革新を加速する」と山田花子氏は述べた。同氏は、規制は慎重であるべきだと主張した。\n\n" +
            "調査会社の報告によると、利用者は倍増した。\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        [Fact]
        public void ClaimsOfOnePipedArticlePointIntoItsBody()
        {
            var result = _session.Run("$a = Get-AiArticle -Id '001*'; $a | Get-AiClaim | ForEach-Object { [pscustomobject]@{ Id = $_.ArticleId; Same = ($a.Body.Substring($_.Start, $_.Length) -eq $_.Text); Kind = [string]$_.Kind } }");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.All(result.Output, o => Assert.True(o.Get<bool>("Same")));
            Assert.All(result.Output, o => Assert.StartsWith("001", o.Text("Id")));
            Assert.Contains(result.Output, o => o.Text("Kind") == "DirectQuote");
            Assert.Contains(result.Output, o => o.Text("Kind") == "Assertion");
        }

        [Fact]
        public void OutputIsTheClaimTypeWithItsView()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Write("a.txt", Interview)}' | Get-AiClaim");
            Assert.Empty(result.Errors);
            Assert.Contains("AiDocTools.Claim", result.Output[0].TypeNames);
            var kinds = result.Output.Select(o => o.Text("Kind")).ToArray();
            Assert.Equal(new[] { "Assertion", "Assertion", "DirectQuote", "ReportedSpeech", "ReportedSpeech" }, kinds);
        }

        [Fact]
        public void SpeakerTakesWildcardsAndMatchesTheNameAsWrittenOrCanonical()
        {
            var file = _folder.Write("a.txt", Interview);
            var byName = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim -Speaker '山田*'");
            Assert.Equal(2, byName.Output.Count);
            Assert.Equal(new[] { "山田花子氏", "同氏" }, byName.Output.Select(o => o.Text("SpeakerAsWritten")).ToArray());
            // The canonical name is read from IPADIC, given name first; the kanji pattern still finds it, through SpeakerAliases.
            Assert.All(byName.Output, o => Assert.Equal("Hanako Yamada", o.Text("Speaker")));

            var asWritten = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim -Speaker '同氏'");
            Assert.Equal("同氏", Assert.Single(asWritten.Output).Text("SpeakerAsWritten"));

            var none = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim -Speaker 'Nobody*'");
            Assert.Empty(none.Output);
        }

        [Fact]
        public void KindFiltersAndAcceptsSeveralKinds()
        {
            var file = _folder.Write("a.txt", Interview);
            var reported = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim -Kind ReportedSpeech");
            Assert.Equal(2, reported.Output.Count);
            Assert.Contains(reported.Output, o => o.Text("Cue") == "によると" && o.Text("Speaker") == "調査会社の報告");

            var both = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim -Kind DirectQuote, ReportedSpeech");
            Assert.Equal(3, both.Output.Count);
            Assert.Equal("公開は技術革新を加速する", both.Output[0].Text("Quote"));
        }

        [Fact]
        public void EntityFilterMatchesTheCanonicalNameWhateverTheScript()
        {
            var text = "モデル公開の波\n\nメタは新しいモデルを公開した。\n\nグーグルも続いた。\n\n利用者は倍増した。\n";
            var result = _session.Run($"Get-AiArticle -LiteralPath '{_folder.Write("a.txt", text)}' | Get-AiClaim -Entity 'Meta', 'Goo*'");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "メタは新しいモデルを公開した。", "グーグルも続いた。" }, result.Output.Select(o => o.Text("Text")));
        }

        [Fact]
        public void WithoutInputTheSeedsAreUsed()
        {
            var result = _session.Run("Get-AiClaim -Kind DirectQuote | ForEach-Object { $_.ArticleId } | Where-Object { $_ }");
            Assert.Empty(result.Errors);
            Assert.True(result.Output.Select(o => o.BaseObject.ToString()).Distinct().Count() >= 2);
        }

        [Fact]
        public void AnInvalidKindIsAParameterError()
        {
            var result = _session.Run("Get-AiClaim -Kind Rumour");
            Assert.Empty(result.Output);
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, Assert.Single(result.Errors).CategoryInfo.Category);
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
