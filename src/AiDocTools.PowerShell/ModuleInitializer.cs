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

            TypeNames.Register();
        }

        public void OnRemove(PSModuleInfo module)
        {
            TypeNames.Unregister();
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

    /// <summary>
    /// Makes [AiDocTools.PartialDate]'2023-W19', [AiDocTools.ClaimKind]'DirectQuote' and the other output types work in a
    /// script: the core lives in a load context of its own, where PowerShell's type-name lookup does not reach, so a report
    /// author re-reading an exported CSV could not otherwise name the types to cast back to.
    /// </summary>
    internal static class TypeNames
    {
        private static readonly Type[] Exported =
        {
            typeof(Article), typeof(ArticleFormat), typeof(Claim), typeof(ClaimKind), typeof(SearchResult), typeof(TimelineEvent), typeof(TemporalKind),
            typeof(PartialDate), typeof(DatePrecision), typeof(Entity), typeof(EntityType),
        };

        // TypeAccelerators is the engine's table of type names; it is internal, so reached by name as modules commonly do.
        private static MethodInfo? Method(string name) =>
            typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators")?.GetMethod(name, BindingFlags.Public | BindingFlags.Static);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static void Register()
        {
            var add = Method("Add");
            foreach (var type in Exported)
            {
                add?.Invoke(null, new object[] { type.FullName!, type });
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static void Unregister()
        {
            var remove = Method("Remove");
            foreach (var type in Exported)
            {
                remove?.Invoke(null, new object[] { type.FullName! });
            }
        }
    }
}
