using System;
using System.Collections.Generic;
using System.Linq;

namespace AiDocTools.Rules
{
    /// <summary>
    /// The rule packs an analysis runs with, by language and capability: the shipped ones, or any set a test or a user
    /// builds (a pack of their own in place of a shipped one). Asking for a pack the set lacks is an error naming it, as
    /// loading is strict: an analysis never runs quietly without the rules it was meant to have.
    /// </summary>
    public sealed class LanguagePacks
    {
        private readonly Dictionary<string, Lazy<RulePack>> _packs;

        /// <summary>A set of packs; two packs for the same language and capability are an error naming both.</summary>
        public LanguagePacks(IEnumerable<RulePack> packs)
        {
            if (packs == null)
            {
                throw new ArgumentNullException(nameof(packs));
            }

            _packs = new Dictionary<string, Lazy<RulePack>>(StringComparer.Ordinal);
            foreach (var pack in packs)
            {
                var key = Key(pack.Language, pack.Capability);
                if (_packs.ContainsKey(key))
                {
                    throw new ArgumentException($"Two rule packs for {key}: a set holds one pack per language and capability.", nameof(packs));
                }

                _packs[key] = new Lazy<RulePack>(() => pack);
            }
        }

        // The shipped set reads each pack on first use, as RulePacks does, so a reader that needs no dates compiles none.
        private LanguagePacks(IEnumerable<(string Language, string Capability)> names, Func<string, string, RulePack> read)
        {
            _packs = names.ToDictionary(n => Key(n.Language, n.Capability), n => new Lazy<RulePack>(() => read(n.Language, n.Capability)), StringComparer.Ordinal);
        }

        /// <summary>The packs shipped in Data/&lt;language&gt;/&lt;capability&gt;.yaml.</summary>
        public static LanguagePacks Shipped { get; } = new LanguagePacks(RulePacks.ShippedNames(), RulePacks.Shipped);

        /// <summary>Every (language, capability) the set holds, in order.</summary>
        public IReadOnlyList<(string Language, string Capability)> Names =>
            _packs.Keys.Select(k => k.Split('/')).Select(p => (p[0], p[1])).OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal).ToList();

        /// <summary>The pack for one language and capability; a <see cref="RulePackException"/> naming it when the set has none.</summary>
        public RulePack Get(string language, string capability)
        {
            if (!_packs.TryGetValue(Key(language, capability), out var pack))
            {
                throw new RulePackException($"Data/{language}/{capability}.yaml",
                    $"the analysis needs the {language}/{capability} pack, but the set it was given has none (it has {string.Join(", ", Names.Select(n => n.Language + "/" + n.Capability))})");
            }

            return pack.Value;
        }

        /// <summary>
        /// Fails as <see cref="Get"/> would for the first of <paramref name="needed"/> the set lacks, without reading any
        /// pack: a pipeline checks its packs when it is built and reads each when a stage first needs it.
        /// </summary>
        public void Require(IEnumerable<(string Language, string Capability)> needed)
        {
            foreach (var (language, capability) in needed)
            {
                if (!_packs.ContainsKey(Key(language, capability)))
                {
                    Get(language, capability);
                }
            }
        }

        /// <summary>The same set with <paramref name="pack"/> in place of the one for its language and capability (or added).</summary>
        public LanguagePacks With(RulePack pack)
        {
            var copy = Copy();
            copy._packs[Key(pack.Language, pack.Capability)] = new Lazy<RulePack>(() => pack);
            return copy;
        }

        /// <summary>
        /// A digest of every pack of the set (<see cref="RulePack.Fingerprint"/>), in key order: two sets that make the
        /// engine do the same give the same digest. It reads every pack.
        /// </summary>
        public string Fingerprint => _fingerprint ??= Text.Digest.Of(_packs.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(k => k + "=" + _packs[k].Value.Fingerprint));

        private string? _fingerprint;

        /// <summary>The same set without the pack for one language and capability.</summary>
        public LanguagePacks Without(string language, string capability)
        {
            var copy = Copy();
            copy._packs.Remove(Key(language, capability));
            return copy;
        }

        private LanguagePacks Copy() => new LanguagePacks(_packs.Select(p => p.Key.Split('/')).Select(p => (p[0], p[1])), Get);

        private static string Key(string language, string capability) => language + "/" + capability;
    }
}
