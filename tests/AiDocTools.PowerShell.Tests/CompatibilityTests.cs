using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// Windows PowerShell 5.1 runs on .NET Framework 4.7.2+, which implements .NET Standard 2.0 and nothing later:
    /// every assembly the module ships must be built for netstandard2.0 (or the Framework itself), read from
    /// the files' own metadata rather than assumed from the project files.
    /// </summary>
    public sealed class CompatibilityTests
    {
        private static readonly string ModuleFolder = Path.GetDirectoryName(ModuleSession.ManifestPath)!;

        // The team index and its driver (Npgsql 10 is built for .NET 8+ only): loaded by name on PowerShell 7.4+ when a
        // command names a connection, never on import, so Windows PowerShell gets an error message, not a load failure.
        private static readonly string TeamFolder = Path.Combine("dependencies", "team") + Path.DirectorySeparatorChar;

        public static TheoryData<string> ShippedAssemblies() => Assemblies(team: false);

        public static TheoryData<string> TeamAssemblies() => Assemblies(team: true);

        private static TheoryData<string> Assemblies(bool team)
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(ModuleFolder, "*.dll", SearchOption.AllDirectories).OrderBy(f => f))
            {
                var relative = Path.GetRelativePath(ModuleFolder, file);
                if (relative.StartsWith(TeamFolder, System.StringComparison.Ordinal) == team)
                {
                    data.Add(relative);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(TeamAssemblies))]
        public void TheTeamIndexLoadsOnPowerShellSevenPointFour(string relativePath)
        {
            var framework = TargetFramework(Path.Combine(ModuleFolder, relativePath));
            Assert.True(
                framework == null || framework == ".NETStandard,Version=v2.0" || framework == ".NETCoreApp,Version=v8.0",
                $"{relativePath} targets {framework}, which PowerShell 7.4 (.NET 8) cannot load.");
        }

        [Theory]
        [MemberData(nameof(ShippedAssemblies))]
        public void EveryShippedAssemblyLoadsOnDotNetFramework(string relativePath)
        {
            var framework = TargetFramework(Path.Combine(ModuleFolder, relativePath));
            Assert.True(
                framework == null || framework == ".NETStandard,Version=v2.0" || framework.StartsWith(".NETFramework,Version=v4.", System.StringComparison.Ordinal),
                $"{relativePath} targets {framework}, which Windows PowerShell 5.1 cannot load.");
        }

        [Fact]
        public void TheModuleAndCoreReferenceNetStandardTwoPointZeroOnly()
        {
            foreach (var name in new[] { "AiDocTools.PowerShell.dll", Path.Combine("dependencies", "AiDocTools.Core.dll") })
            {
                using var pe = new PEReader(File.OpenRead(Path.Combine(ModuleFolder, name)));
                var metadata = pe.GetMetadataReader();
                var netstandard = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
                    .Single(r => metadata.GetString(r.Name) == "netstandard");
                Assert.Equal(new System.Version(2, 0, 0, 0), netstandard.Version);
            }
        }

        private static string? TargetFramework(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                return null;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference
                    || metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute")
                {
                    continue;
                }

                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                return blob.ReadSerializedString();
            }

            return null;
        }
    }
}
