using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Entities;
using AiDocTools.Entities.Discovery;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Entities
{
    /// <summary>
    /// The entity rules are tried only where their required words stand (within the reach of their patterns): that must
    /// find exactly what trying every rule over the whole text finds. The texts are the packs' own examples, alone and
    /// run together, so windows meet, overlap and hold several rules' words.
    /// </summary>
    public sealed class RuleDiscoveryWindowTests
    {
        [Fact]
        public void Windows_around_the_required_words_find_what_a_whole_text_search_finds()
        {
            var japanese = RulePacks.Shipped("ja", "entities");
            var english = RulePacks.Shipped("en", "entities");
            var everywhere = new RuleDiscovery(WithoutRequiredWords(japanese), WithoutRequiredWords(english), PersonNameLexicon.Shipped);
            var examples = japanese.Rules.Concat(english.Rules).SelectMany(r => r.Examples).Select(e => e.Text).ToList();
            var texts = examples.Concat(new[]
            {
                string.Join("\n", examples),
                string.Join(string.Empty, examples),
                string.Join(" ", examples.AsEnumerable().Reverse()),
            });

            var windowed = 0;
            foreach (var text in texts)
            {
                var folded = NameText.Of(text);
                var found = new List<Candidate>();
                var expected = new List<Candidate>();
                new RuleDiscovery(LanguagePacks.Shipped.Get("ja", "entities"), LanguagePacks.Shipped.Get("en", "entities"), PersonNameLexicon.Shipped).Find(folded, Array.Empty<Candidate>(), found);
                everywhere.Find(folded, Array.Empty<Candidate>(), expected);
                Assert.Equal(Describe(expected), Describe(found));
                windowed += found.Count;
            }

            Assert.True(windowed > 100, $"the examples gave only {windowed} names");
        }

        private static RulePack WithoutRequiredWords(RulePack pack) => new RulePack(pack.Language, pack.Capability, pack.Description, pack.Groups, pack.Parts,
            pack.Rules.Select(r => new Rule(r.Name, r.Description, r.Pattern, r.Regex, r.Examples, r.Properties)).ToList());

        private static string Describe(IEnumerable<Candidate> candidates) =>
            string.Join("\n", candidates.Select(c => $"{c.Start}-{c.End} ({c.NameEnd}) {c.Name} {c.Type} {(c.Strong ? "strong" : string.Empty)}"));
    }
}
