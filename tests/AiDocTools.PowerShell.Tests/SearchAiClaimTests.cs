using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class SearchAiClaimTests : IDisposable
    {
        private const string Japanese = "オープンソースAIの行方\n\nメタは2024年4月にLlamaを公開した。\n\nグーグルはGemmaを公開した。\n\n研究者たちは「公開は安全性を高める」と述べた。\n";
        private const string Dated = "---\ntitle: Open models\ndate: 2024-04-18\n---\n# Open models\n\nMeta released Llama 3 in April 2024, Mark Zuckerberg said.\n\nOpen weights are not open source.\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }

        [Fact]
        public void WithoutInputTheSeedsAreSearchedAndATwoCharacterKeywordIsFound()
        {
            var result = _session.Run("Search-AiClaim '著作'");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.All(result.Output, r => Assert.Contains("«著作»", r.Text("Snippet")));
            Assert.Contains("AiDocTools.SearchResult", result.Output[0].TypeNames);
            var scores = result.Output.Select(r => r.Get<double>("Score")).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }

        [Fact]
        public void SpeakerStarKeepsOnlyAttributedClaims()
        {
            var all = _session.Run("Search-AiClaim 'Llama'").Output;
            var attributed = _session.Run("Search-AiClaim 'Llama' -Speaker *");
            Assert.Empty(attributed.Errors);
            Assert.All(attributed.Output, r => Assert.False(string.IsNullOrEmpty(r.Text("Speaker"))));
            Assert.Equal(all.Count(r => !string.IsNullOrEmpty(r.Text("Speaker"))), attributed.Output.Count);
        }

        [Fact]
        public void KindFiltersPartitionTheResults()
        {
            var total = _session.Run("Search-AiClaim 'AI'").Output.Count;
            var kinds = new[] { "Assertion", "ReportedSpeech", "DirectQuote" };
            var sum = 0;
            foreach (var kind in kinds)
            {
                var output = _session.Run($"Search-AiClaim 'AI' -Kind {kind}").Output;
                Assert.All(output, r => Assert.Equal(kind, r.Text("Kind")));
                sum += output.Count;
            }

            Assert.Equal(total, sum);
        }

        [Fact]
        public void QuerySyntaxWorksOnPipedArticles()
        {
            var file = _folder.Write("ja.txt", Japanese);
            var texts = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Search-AiClaim 'メタ OR グーグル 公開 -Gemma' | ForEach-Object {{ $_.Text }}")
                .Output.Select(o => o.BaseObject.ToString()).ToList();
            Assert.Equal(new[] { "メタは2024年4月にLlamaを公開した。" }, texts);

            var phrase = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Search-AiClaim '\"オープン ソース\"'").Output;
            Assert.Equal("«オープンソース»AIの行方", Assert.Single(phrase).Text("Snippet"));
        }

        [Fact]
        public void FirstKeepsTheBestN()
        {
            var all = _session.Run("Search-AiClaim 'AI'").Output;
            var first = _session.Run("Search-AiClaim 'AI' -First 2").Output;
            Assert.True(all.Count > 2);
            Assert.Equal(all.Take(2).Select(r => r.Text("Text")), first.Select(r => r.Text("Text")));
        }

        [Fact]
        public void RegexModeAndItsErrors()
        {
            var file = _folder.Write("ja.txt", Japanese);
            var found = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Search-AiClaim '\\d{{4}}年' -Regex");
            Assert.Equal("メタは«2024年»4月にLlamaを公開した。", Assert.Single(found.Output).Text("Snippet"));
            // Statement-terminating: nothing is searched, and the error names the pattern.
            var invalid = _session.Run("Search-AiClaim '(unclosed' -Regex");
            Assert.Empty(invalid.Output);
            var error = Assert.Single(invalid.Errors);
            Assert.Equal("InvalidRegex", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal("(unclosed", error.TargetObject);
        }

        [Fact]
        public void AfterAndBeforeFilterByTheArticleDate()
        {
            var dated = _folder.Write("dated.md", Dated);
            var undated = _folder.Write("undated.txt", "Open weights matter, he said.\n");
            var both = $"Get-AiArticle -LiteralPath '{dated}', '{undated}' | Search-AiClaim 'open'";
            Assert.Equal(3, _session.Run(both).Output.Count);
            Assert.Equal(2, _session.Run(both + " -After 2024-04").Output.Count);
            Assert.Empty(_session.Run(both + " -After 2024-05").Output);
            Assert.Equal(2, _session.Run(both + " -Before 2024").Output.Count);
            Assert.Empty(_session.Run(both + " -Before 2023").Output);
        }

        [Fact]
        public void PathSearchesThroughTheIndexAndSeesEditsMadeAfterIndexing()
        {
            var file = _folder.Write("clips/a.txt", "古い文には規制という語がある。\n");
            _folder.Write("clips/sub/b.md", Dated);
            var clips = Path.Combine(_folder.Path, "clips");
            var first = _session.Run($"Search-AiClaim '規制' -Path '{clips}'");
            Assert.Empty(first.Errors);
            Assert.Equal(file, Assert.Single(first.Output).Text("Path"));
            Assert.Empty(_session.Run($"Search-AiClaim 'Llama' -Path '{clips}'").Output);
            Assert.Single(_session.Run($"Search-AiClaim 'Llama' -Path '{clips}' -Recurse").Output);

            File.WriteAllText(file, "新しい文は著作権だけを語る。\n");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
            Assert.Empty(_session.Run($"Search-AiClaim '規制' -Path '{clips}'").Output);
            Assert.Equal("新しい文は«著作»権だけを語る。", Assert.Single(_session.Run($"Search-AiClaim '著作' -Path '{clips}'").Output).Text("Snippet"));
            Assert.True(Directory.Exists(Path.Combine(TestCache.Root, "index")));
        }

        [Fact]
        public void TheIndexedAndInMemoryPathsFindTheSameClaims()
        {
            _folder.Write("clips/ja.txt", Japanese);
            _folder.Write("clips/en.md", Dated);
            var clips = Path.Combine(_folder.Path, "clips");
            foreach (var query in new[] { "の", "open", "公開 -Gemma" })
            {
                // The index ranks with Lucene's BM25 over its own terms: the same claims and snippets, scores of its own.
                var indexed = _session.Run($"Search-AiClaim '{query}' -LiteralPath '{clips}' | ForEach-Object {{ '{{0}}|{{1}}|{{2}}' -f $_.ArticleId, $_.Start, $_.Snippet }}").Output.Select(o => o.ToString()).OrderBy(x => x, StringComparer.Ordinal).ToList();
                var memory = _session.Run($"Get-AiArticle -LiteralPath '{clips}' | Search-AiClaim '{query}' | ForEach-Object {{ '{{0}}|{{1}}|{{2}}' -f $_.ArticleId, $_.Start, $_.Snippet }}").Output.Select(o => o.ToString()).OrderBy(x => x, StringComparer.Ordinal).ToList();
                Assert.NotEmpty(indexed);
                Assert.Equal(memory, indexed);
            }
        }

        [Fact]
        public void BrokenFilesInAPathAreNamedErrorsAndTheRestIsSearched()
        {
            _folder.Write("clips/good.txt", Japanese);
            _folder.Write("clips/empty.txt", new byte[0]);
            var clips = Path.Combine(_folder.Path, "clips");
            var result = _session.Run($"Search-AiClaim 'メタ' -Path '{clips}'");
            Assert.Single(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.Equal("ArticleEmpty", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.EndsWith("empty.txt", error.TargetObject.ToString());
        }
    }
}
