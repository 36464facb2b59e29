using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation.Language;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>The Gallery package: what it holds, and that the manifest exports exactly the assembly's cmdlets.</summary>
    public sealed class PackageTests
    {
        [Fact]
        public void PackProducesAGalleryPackageAndAVersionedModuleFolder()
        {
            using var output = new TempFolder();
            var project = Path.Combine(BuildMetadata.Get("RepoRoot"), "src", "AiDocTools.PowerShell", "AiDocTools.PowerShell.csproj");
            var pack = Process.Start(new ProcessStartInfo("dotnet", $"pack \"{project}\" --no-build -c {BuildMetadata.Get("Configuration")} -o \"{output.Path}\" -nologo")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var log = pack.StandardOutput.ReadToEnd() + pack.StandardError.ReadToEnd();
            pack.WaitForExit();
            Assert.True(pack.ExitCode == 0, log);

            var version = ManifestValue("ModuleVersion");
            var package = Path.Combine(output.Path, $"AiDocTools.{version}.nupkg");
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
            Assert.Contains("AiDocTools.psd1", entries);
            Assert.Contains("AiDocTools.format.ps1xml", entries);
            Assert.Contains("AiDocTools.types.ps1xml", entries);
            Assert.Contains("AiDocTools.PowerShell.dll", entries);
            Assert.Contains("en-US/AiDocTools.PowerShell.dll-Help.xml", entries);
            Assert.Contains("dependencies/AiDocTools.Core.dll", entries);
            Assert.Equal(5, entries.Count(e => e.StartsWith("seeds/")));
            Assert.DoesNotContain(entries, e => e.EndsWith("System.Management.Automation.dll"));

            using var nuspecStream = zip.GetEntry("AiDocTools.nuspec")!.Open();
            var nuspec = XDocument.Load(nuspecStream);
            var ns = nuspec.Root!.GetDefaultNamespace();
            Assert.Equal(version, nuspec.Root.Element(ns + "metadata")!.Element(ns + "version")!.Value);
            var tags = nuspec.Root.Element(ns + "metadata")!.Element(ns + "tags")!.Value.Split(' ');
            Assert.Contains("PSModule", tags);
            foreach (var cmdlet in ManifestCmdlets())
            {
                Assert.Contains("PSCmdlet_" + cmdlet, tags);
            }

            Assert.Contains("en-US/about_AiDocTools.help.txt", entries);

            // The Gallery shows these addresses as links: a placeholder would send users nowhere.
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.All(metadata.Elements().Where(e => e.Name.LocalName.EndsWith("Url")), e => Assert.True(System.Uri.TryCreate(e.Value, System.UriKind.Absolute, out var uri) && !uri.Host.EndsWith(".invalid"), e.ToString()));
            var manifest = ManifestHashtable().Extent.Text;
            Assert.DoesNotMatch(@"(?m)^\s*(ProjectUri|LicenseUri|IconUri)\s*=\s*'https?://[^']*\.invalid[/']", manifest);

            var versionedManifest = Path.Combine(output.Path, "AiDocTools", version, "AiDocTools.psd1");
            Assert.True(File.Exists(versionedManifest), versionedManifest);
        }

        [Fact]
        public void ManifestExportsExactlyTheCmdletsTheAssemblyDefines()
        {
            using var session = new ModuleSession();
            var defined = session.Run(
                "(Get-Module AiDocTools).ImplementingAssembly.GetExportedTypes() | ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } | ForEach-Object { $_.VerbName + '-' + $_.NounName }")
                .Output.Select(o => o.BaseObject.ToString()!).OrderBy(n => n).ToArray();
            Assert.NotEmpty(defined);
            Assert.Equal(defined, ManifestCmdlets().OrderBy(n => n).ToArray());
        }

        private static string[] ManifestCmdlets()
        {
            var value = ManifestHashtable().KeyValuePairs.Single(p => p.Item1.SafeGetValue()?.ToString() == "CmdletsToExport").Item2;
            var result = ((PipelineAst)value).GetPureExpression().SafeGetValue();
            return ((object[])result).Select(o => o.ToString()!).ToArray();
        }

        private static string ManifestValue(string key)
        {
            var value = ManifestHashtable().KeyValuePairs.Single(p => p.Item1.SafeGetValue()?.ToString() == key).Item2;
            return ((PipelineAst)value).GetPureExpression().SafeGetValue().ToString()!;
        }

        private static HashtableAst ManifestHashtable()
        {
            var ast = Parser.ParseFile(ModuleSession.ManifestPath, out _, out var errors);
            Assert.Empty(errors);
            return (HashtableAst)ast.Find(a => a is HashtableAst, false);
        }
    }
}
