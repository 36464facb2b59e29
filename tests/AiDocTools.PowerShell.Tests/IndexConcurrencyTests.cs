using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// Two PowerShell processes building and searching the same index at once, as two terminals of one user would:
    /// both answer, they agree, and the index they leave behind still answers the same.
    /// </summary>
    public sealed class IndexConcurrencyTests : IDisposable
    {
        private readonly TempFolder _articles = new TempFolder();
        private readonly TempFolder _cache = new TempFolder();

        [Fact]
        public async Task TwoProcessesUpdatingOneIndexDoNotCorruptIt()
        {
            for (var i = 0; i < 60; i++)
            {
                _articles.Write($"clip{i:D2}.txt", $"記事{i}\n\n著作権と生成AIについての議論が続いている。第{i}回の会合で研究者は「学習データの透明性が必要だ」と述べた。\n\nOpen models were discussed again in round {i}.\n");
            }

            var command = $"Search-AiClaim '著作' -LiteralPath '{_articles.Path}' | ForEach-Object {{ $_.ArticleId + '|' + $_.Start }}";
            var results = await Task.WhenAll(Run(command), Run(command));
            Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Error));
            Assert.Equal(60, results[0].Lines.Length);
            Assert.Equal(results[0].Lines.OrderBy(l => l), results[1].Lines.OrderBy(l => l));

            var after = await Run(command);
            Assert.True(after.ExitCode == 0, after.Error);
            Assert.Equal(results[0].Lines.OrderBy(l => l), after.Lines.OrderBy(l => l));
        }

        private async Task<(int ExitCode, string[] Lines, string Error)> Run(string command)
        {
            var (exit, output, error) = await PwshProcess.RunAsync(command, _cache.Path);
            return (exit, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error);
        }

        public void Dispose()
        {
            _articles.Dispose();
            _cache.Dispose();
        }
    }
}
