using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// The Pester suite and build script run only where pwsh is installed; here the real PowerShell parser at least
    /// proves they parse, so a typo cannot hide until a reviewer's machine runs them.
    /// </summary>
    public sealed class ScriptSyntaxTests
    {
        private static readonly string RepoRoot = BuildMetadata.Get("RepoRoot");

        public static TheoryData<string> Scripts()
        {
            var data = new TheoryData<string>();
            data.Add("build.ps1");
            foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "tests"), "*.ps1").OrderBy(f => f))
            {
                data.Add(Path.GetRelativePath(RepoRoot, file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Scripts))]
        public void ParsesWithoutErrors(string script)
        {
            Parser.ParseFile(Path.Combine(RepoRoot, script), out _, out var errors);
            Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{script}:{e.Extent.StartLineNumber}: {e.Message}")));
        }
    }
}
