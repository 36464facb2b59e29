using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiDocTools.Rules
{
    /// <summary>The packs shipped in Data/&lt;language&gt;/&lt;capability&gt;.yaml, each read once on first use.</summary>
    public static class RulePacks
    {
        private const string Prefix = "AiDocTools.Data.";
        private const string Suffix = ".yaml";

        private static readonly ConcurrentDictionary<string, RulePack> Loaded = new ConcurrentDictionary<string, RulePack>();

        /// <summary>The shipped pack for one language and capability, e.g. <c>Shipped("ja", "attribution")</c>.</summary>
        public static RulePack Shipped(string language, string capability) =>
            Loaded.GetOrAdd(language + "." + capability, key => Read(Prefix + key + Suffix));

        /// <summary>
        /// The YAML of a shipped pack as it ships, for one who builds a pack of their own from it (a rule added or taken
        /// out) and reads it with <see cref="RulePackLoader.Parse"/>.
        /// </summary>
        public static string ShippedText(string language, string capability)
        {
            using var stream = typeof(RulePacks).Assembly.GetManifestResourceStream(Prefix + language + "." + capability + Suffix)
                ?? throw new FileNotFoundException($"No shipped rule pack {language}/{capability}.", $"Data/{language}/{capability}{Suffix}");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Every shipped pack as (language, capability), for the test that runs their examples.</summary>
        public static IReadOnlyList<(string Language, string Capability)> ShippedNames() =>
            typeof(RulePacks).Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(Prefix, System.StringComparison.Ordinal) && n.EndsWith(Suffix, System.StringComparison.Ordinal))
                .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - Suffix.Length).Split('.'))
                .Where(p => p.Length == 2)
                .Select(p => (p[0], p[1]))
                .OrderBy(p => p.Item1).ThenBy(p => p.Item2)
                .ToList();

        private static RulePack Read(string resource)
        {
            using var stream = typeof(RulePacks).Assembly.GetManifestResourceStream(resource)
                ?? throw new FileNotFoundException("Rule pack missing from the build.", resource);
            using var reader = new StreamReader(stream);
            var source = "Data/" + resource.Substring(Prefix.Length, resource.Length - Prefix.Length - Suffix.Length).Replace('.', '/') + Suffix;
            var pack = RulePackLoader.Parse(reader.ReadToEnd(), source);
            var expected = source.Substring("Data/".Length, source.Length - "Data/".Length - Suffix.Length).Split('/');
            if (pack.Language != expected[0] || pack.Capability != expected[1])
            {
                throw new RulePackException(source, $"it says language '{pack.Language}' and capability '{pack.Capability}', but its path says '{expected[0]}' and '{expected[1]}'");
            }

            return pack;
        }
    }
}
