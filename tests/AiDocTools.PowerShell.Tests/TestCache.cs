using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>Points the module's index cache at a temporary folder for the whole test run, so no test touches the user's real cache.</summary>
    internal static class TestCache
    {
        public static readonly string Root = Path.Combine(Path.GetTempPath(), "aidoctools-test-cache-" + Guid.NewGuid().ToString("N"));

        [ModuleInitializer]
        internal static void Initialize()
        {
            Environment.SetEnvironmentVariable("AIDOCTOOLS_CACHE", Root);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(Root, recursive: true);
                }
                catch (IOException)
                {
                }
            };
        }
    }
}
