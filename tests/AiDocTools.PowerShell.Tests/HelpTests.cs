using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>Get-Help -Full for every exported cmdlet, and every help example run against the seeds.</summary>
    public sealed class HelpTests : System.IDisposable
    {
        private static readonly string[] CommonParameters =
        {
            "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable", "WarningVariable",
            "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
        };

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        public static IEnumerable<object[]> ExportedCmdlets()
        {
            using var session = new ModuleSession();
            return session.Run("(Get-Module AiDocTools).ExportedCmdlets.Keys").Output.Select(o => new object[] { o.BaseObject.ToString()! }).ToList();
        }

        [Theory]
        [MemberData(nameof(ExportedCmdlets))]
        public void FullHelpDocumentsEveryParameterWithExamples(string cmdlet)
        {
            var help = _session.Run($"Get-Help {cmdlet} -Full").Output.Single();
            Assert.False(string.IsNullOrWhiteSpace(help.Text("Synopsis")));
            Assert.DoesNotContain(cmdlet + " [", help.Text("Synopsis")); // an auto-generated synopsis means no help was found
            var examples = _session.Run($"@((Get-Help {cmdlet} -Full).examples.example).Count").Output.Single().BaseObject;
            Assert.True((int)examples >= 2, $"{cmdlet} has {examples} examples");

            var documented = _session.Run($"(Get-Help {cmdlet} -Full).parameters.parameter | ForEach-Object {{ $_.name }}")
                .Output.Select(o => o.BaseObject.ToString()).ToHashSet();
            var actual = _session.Run($"(Get-Command {cmdlet}).Parameters.Keys").Output.Select(o => o.BaseObject.ToString()!)
                .Where(p => !CommonParameters.Contains(p));
            var undocumented = string.Join(", ", actual.Where(p => !documented.Contains(p)));
            Assert.True(undocumented.Length == 0, $"{cmdlet} does not document: {undocumented}");
        }

        [Theory]
        [MemberData(nameof(ExportedCmdlets))]
        public void EveryExampleRunsWithoutError(string cmdlet)
        {
            _folder.Write("clips/open-models.md", "---\ntitle: Open models\ndate: 2024-04-18\n---\n# Open models\n\nMeta released Llama 3 in April 2024, Mark Zuckerberg said.\n");
            _folder.Write("clips/japanese.txt", "オープンソースAIの行方\n\nメタは2024年4月にLlama 3を公開した。\n\n研究者たちは「公開は安全性を高める」と述べた。\n");
            _session.Run("$ExecutionContext.SessionState.Path.SetLocation($args[0])".Replace("$args[0]", "'" + _folder.Path + "'"));

            var codes = _session.Run($"(Get-Help {cmdlet} -Full).examples.example | ForEach-Object {{ $_.code }}").Output
                .Select(o => o.BaseObject.ToString()!).ToList();
            var ran = 0;
            foreach (var code in codes)
            {
                var script = string.Join("\n", code.Split('\n').Where(l => l.StartsWith("PS> ")).Select(l => l.Substring(4)));
                Assert.False(string.IsNullOrWhiteSpace(script), $"An example of {cmdlet} has no 'PS> ' command line:\n{code}");

                // The hosted engine has no Utility or Management cmdlets (no Get-ChildItem, Sort-Object…);
                // examples that use them run in the Pester suite under real pwsh instead.
                if (!CommandsExist(script))
                {
                    continue;
                }

                var result = _session.Run(script);
                Assert.True(result.Errors.Count == 0, $"Example of {cmdlet} failed:\n{script}\n{string.Join("\n", result.Errors)}");
                ran++;
            }

            Assert.True(ran >= 2, $"Only {ran} examples of {cmdlet} could run in the hosted engine; give it at least two that use core cmdlets only.");
        }

        private bool CommandsExist(string script)
        {
            var ast = Parser.ParseInput(script, out _, out var errors);
            Assert.Empty(errors);
            var names = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>().Select(c => c.GetCommandName()).Where(n => n != null);
            return names.All(n => _session.Run($"Get-Command '{n}' -ErrorAction SilentlyContinue").Output.Count > 0);
        }

        [Fact]
        public void AnAboutTopicIntroducesEveryCmdlet()
        {
            var topic = string.Join("\n", _session.Run("Get-Help about_AiDocTools").Output.Select(o => o.BaseObject.ToString()));
            Assert.Contains("about_AiDocTools", topic);
            foreach (var cmdlet in ExportedCmdlets().Select(c => (string)c[0]))
            {
                Assert.Contains(cmdlet, topic);
            }
        }

        [Theory]
        // Text that Markdown would read as markup or a link: a help page names it, so help must show it as typed.
        [InlineData("Export-AiTimeline", "markup such as <script> shows it as text")]
        [InlineData("Export-AiTimeline", "a hidden temporary file named .<file>.<random>.tmp may remain")]
        [InlineData("Get-AiArticle", "names with [ or * are read as written")]
        public void CompiledHelpKeepsWhatMarkdownWouldReadAsMarkup(string cmdlet, string text)
        {
            var maml = System.Xml.Linq.XDocument.Load(Path.Combine(Path.GetDirectoryName(ModuleSession.ManifestPath)!, "en-US", "AiDocTools.PowerShell.dll-Help.xml"));
            var command = maml.Descendants().Single(e => e.Name.LocalName == "command" && e.Elements().Any(d => d.Name.LocalName == "details" && d.Elements().Any(n => n.Name.LocalName == "name" && n.Value == cmdlet)));
            var paragraphs = command.Descendants().Where(e => e.Name.LocalName == "para").Select(e => e.Value);
            Assert.Contains(paragraphs, p => p.Contains(text));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
