using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>The module in the pinned pwsh as README's main command runs it: a plain table on redirected output, and an exit code that tells.</summary>
    public sealed class PwshProcessTests
    {
        [Fact]
        public async Task TheMainCommandPrintsTheSeedTable()
        {
            var (exit, output, _) = await PwshProcess.RunAsync("Get-AiArticle");
            Assert.Equal(0, exit);
            // pwsh's command line colours table headers even when its output is redirected (PowerShell issue 20170),
            // which is pwsh's to change: the table is read as a terminal shows it.
            var lines = System.Text.RegularExpressions.Regex.Replace(output, "\u001b\\[[0-9;]*m", "").Split('\n');
            Assert.Contains(lines, l => l.StartsWith("Id ") && l.Contains("Published") && l.Contains("Language") && l.Contains("Title"));
            Assert.Equal(5, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^00[0-4]_[0-9a-f]{16} ")));
        }

        [Fact]
        public async Task ATerminatingErrorExitsNonZeroWithTheErrorOnStandardError()
        {
            var (exit, _, error) = await PwshProcess.RunAsync("Get-AiArticle -LiteralPath ./no-such-file.txt -ErrorAction Stop");
            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.txt", error);
        }
    }
}
