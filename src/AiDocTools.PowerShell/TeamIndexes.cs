using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.InteropServices;
using AiDocTools.Claims;
using AiDocTools.Search;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Opens the team index (AiDocTools.Postgres, in the module's dependencies/team folder). It is built for .NET 8, as
    /// its driver is, so it is loaded by name, only on PowerShell 7.4+ and only when a command names a connection:
    /// importing the module never touches it, and Windows PowerShell gets a clear error instead of a load failure.
    /// </summary>
    internal static class TeamIndexes
    {
        /// <summary>The environment variable a team sets once, so the connection (and its password) stays off the command line.</summary>
        public const string Variable = "AIDOCTOOLS_CONNECTION";

        private static readonly Dictionary<string, IClaimStore> Opened = new Dictionary<string, IClaimStore>(StringComparer.Ordinal);

        /// <summary>The connection given, else the environment's; null when there is none (the local index is used).</summary>
        public static string? Connection(string? given)
        {
            if (!string.IsNullOrWhiteSpace(given))
            {
                return given;
            }

            var configured = Environment.GetEnvironmentVariable(Variable);
            return string.IsNullOrWhiteSpace(configured) ? null : configured;
        }

        /// <exception cref="PlatformNotSupportedException">On Windows PowerShell 5.1.</exception>
        /// <exception cref="System.IO.IOException">The connection string cannot be read (message without its password).</exception>
        public static IClaimStore Open(string connection, ClaimExtractor extractor)
        {
            if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                throw new PlatformNotSupportedException(Messages.TeamIndexNeedsCore);
            }

            // One per connection and dictionary for the session: it holds the connection pool.
            var key = connection + "\n" + IndexManifestKey(extractor);
            lock (Opened)
            {
                if (Opened.TryGetValue(key, out var open))
                {
                    return open;
                }
            }

            var type = Assembly.Load(new AssemblyName("AiDocTools.Postgres")).GetType("AiDocTools.Postgres.TeamIndex", throwOnError: true)!;
            IClaimStore store;
            try
            {
                store = (IClaimStore)Activator.CreateInstance(type, connection, extractor)!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            lock (Opened)
            {
                Opened[key] = store;
            }

            return store;
        }

        private static string IndexManifestKey(ClaimExtractor extractor) =>
            extractor.EntityRecognizer is Entities.EntityRecognizer recognizer ? recognizer.Dictionary.Fingerprint : "none";
    }
}
