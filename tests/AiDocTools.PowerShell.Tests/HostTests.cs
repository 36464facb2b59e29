using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>The console host as README's first command runs it: a table on standard output, and an exit code that tells.</summary>
    public sealed class HostTests
    {
        private static readonly string HostAssembly = typeof(HostTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "HostAssembly").Value!;

        [Fact]
        public void RedirectedOutputIsThePlainSeedTable()
        {
            var (exit, output, _) = Run("Get-AiArticle");
            Assert.Equal(0, exit);
            Assert.DoesNotContain('\u001b', output);
            var lines = output.Split('\n');
            Assert.Contains(lines, l => l.StartsWith("Id ") && l.Contains("Published") && l.Contains("Language") && l.Contains("Title"));
            Assert.Equal(5, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^00[0-4]_[0-9a-f]{16} ")));
        }

        [Fact]
        public void ATerminatingErrorExitsNonZeroWithTheErrorOnStandardError()
        {
            var (exit, _, error) = Run("Get-AiArticle -LiteralPath ./no-such-file.txt -ErrorAction Stop");
            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.txt", error);
        }

        private static (int Exit, string Output, string Error) Run(string command)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            start.ArgumentList.Add(HostAssembly);
            start.ArgumentList.Add(command);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }
}
