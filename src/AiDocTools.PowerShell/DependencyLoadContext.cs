using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// The load context that holds AiDocTools.Core and its third-party dependencies on PowerShell 7
    /// (PowerShell's documented pattern for module dependency conflicts). Only touched on .NET Core.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private static readonly object Sync = new object();
        private static DependencyLoadContext? _instance;

        private readonly string _folder;
        private readonly Dictionary<string, Version> _platform;

        private DependencyLoadContext(string folder)
        {
            _folder = folder;
            _platform = PlatformAssemblyVersions();
        }

        public static void Register(string folder)
        {
            lock (Sync)
            {
                if (_instance == null)
                {
                    _instance = new DependencyLoadContext(folder);
                }

                Default.Resolving -= _instance.ResolveFromDefault;
                Default.Resolving += _instance.ResolveFromDefault;
            }
        }

        public static void Unregister()
        {
            lock (Sync)
            {
                if (_instance != null)
                {
                    Default.Resolving -= _instance.ResolveFromDefault;
                }
            }
        }

        /// <summary>
        /// The module's copy of an assembly: in the dependencies folder, or in its team/ folder, which holds the team
        /// index (net8.0) and what it needs beyond the core's dependencies, loaded only when a command names a connection.
        /// </summary>
        private string? Find(string? name)
        {
            foreach (var folder in new[] { _folder, Path.Combine(_folder, "team") })
            {
                var path = Path.Combine(folder, name + ".dll");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            return null;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Find(assemblyName.Name);
            if (path == null)
            {
                return null;
            }

            // The platform's own copy wins when it is new enough: two copies of System.Memory or
            // System.Text.Json would make their types incompatible with the runtime's.
            if (assemblyName.Name != null && _platform.TryGetValue(assemblyName.Name, out var platformVersion)
                && (assemblyName.Version == null || platformVersion >= assemblyName.Version))
            {
                return null;
            }

            return LoadFromAssemblyPath(path);
        }

        // The cmdlet assembly lives in the default context; its references to the core land here.
        private Assembly? ResolveFromDefault(AssemblyLoadContext context, AssemblyName assemblyName)
        {
            return Find(assemblyName.Name) != null ? LoadFromAssemblyName(assemblyName) : null;
        }

        private static Dictionary<string, Version> PlatformAssemblyVersions()
        {
            var versions = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in list.Split(Path.PathSeparator))
            {
                if (path.Length == 0)
                {
                    continue;
                }

                try
                {
                    var name = AssemblyName.GetAssemblyName(path);
                    if (name.Name != null && name.Version != null)
                    {
                        versions[name.Name] = name.Version;
                    }
                }
                catch (Exception ex) when (ex is BadImageFormatException || ex is IOException)
                {
                }
            }

            return versions;
        }
    }
}
