using System.Collections.Generic;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// One way of guessing a name the dictionary does not hold from its shape in the text (a katakana run before 氏, a
    /// capitalised Latin run, a title in 「」 after 記事…). <see cref="EntityDiscovery"/> runs the rules in a fixed order;
    /// each rule only adds its own candidates, so a rule can be run, read and tested alone.
    /// </summary>
    internal interface IDiscoveryRule
    {
        /// <summary>What the rule finds, in a few words, for tests and for a reader of the sequence.</summary>
        string Name { get; }

        /// <summary>
        /// Adds the rule's candidates in <paramref name="text"/> to <paramref name="into"/>, in text order.
        /// <paramref name="known"/> are the dictionary's mentions in the same text, which some rules build on (a unit of
        /// a known organisation, a new version of a known model).
        /// </summary>
        void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into);
    }

    /// <summary>
    /// What the rules ask of the dictionary. The recognizer that runs the rules answers it; the rules see only this, so
    /// they never reach up into the recognizer that calls them.
    /// </summary>
    internal interface IKnownNames
    {
        /// <summary>Whether a folded key (see <see cref="NameText.Key"/>) is an alias of an entity the dictionary holds.</summary>
        bool IsKnownAlias(string key);

        /// <summary>The entity a folded key names, or null.</summary>
        EntityDefinition? ByKey(string key);

        /// <summary>The entity a surface form (any case, width or suffix) names, or null.</summary>
        EntityDefinition? Lookup(string surfaceForm);
    }
}
