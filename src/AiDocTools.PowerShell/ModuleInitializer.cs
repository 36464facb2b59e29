using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Runs when the module is imported: teaches the runtime to find the core and its dependencies in the
    /// module's dependencies folder. On PowerShell 7 they load into a load context of their own, so the module works
    /// whatever versions of Markdig, YamlDotNet or AngleSharp the session already holds.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        internal static readonly string LibraryFolder = Path.Combine(
            Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", "dependencies");

        private static bool IsCoreClr => !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public void OnImport()
        {
            if (IsCoreClr)
            {
                DependencyLoadContext.Register(LibraryFolder);
            }
            else
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveOnFramework;
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            if (IsCoreClr)
            {
                DependencyLoadContext.Unregister();
            }
            else
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnFramework;
            }
        }

        // Windows PowerShell has one load context; assemblies from the dependencies folder load beside whatever else is there.
        private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            var path = Path.Combine(LibraryFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
