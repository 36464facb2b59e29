using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>The console host as README's first command runs it: a table on standard output, and an exit code that tells.</summary>
    public sealed class HostTests
    {
        [Fact]
        public async Task RedirectedOutputIsThePlainSeedTable()
        {
            var (exit, output, _) = await HostProcess.RunAsync("Get-AiArticle");
            Assert.Equal(0, exit);
            Assert.DoesNotContain('\u001b', output);
            var lines = output.Split('\n');
            Assert.Contains(lines, l => l.StartsWith("Id ") && l.Contains("Published") && l.Contains("Language") && l.Contains("Title"));
            Assert.Equal(5, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^00[0-4]_[0-9a-f]{16} ")));
        }

        [Fact]
        public async Task ATerminatingErrorExitsNonZeroWithTheErrorOnStandardError()
        {
            var (exit, _, error) = await HostProcess.RunAsync("Get-AiArticle -LiteralPath ./no-such-file.txt -ErrorAction Stop");
            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.txt", error);
        }
    }
}
