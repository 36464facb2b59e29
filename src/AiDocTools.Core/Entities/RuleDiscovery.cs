using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;

namespace AiDocTools.Entities
{
    /// <summary>
    /// The discovery rules of the entity rule packs (Data/ja/entities.yaml, Data/en/entities.yaml): each rule's
    /// <c>name</c> capture is a mention of the entity type its <c>type</c> property gives. A rule marked
    /// <c>lexicon: family</c> or <c>lexicon: family-given</c> names a person only when <see cref="PersonNameLexicon"/>
    /// holds its family name (and given name).
    /// </summary>
    internal sealed class RuleDiscovery
    {
        private readonly IReadOnlyList<PackRule> _japanese;
        private readonly IReadOnlyList<PackRule> _english;
        private readonly PersonNameLexicon _lexicon;

        public RuleDiscovery(RulePack japanese, RulePack english, PersonNameLexicon lexicon)
        {
            _japanese = japanese.Rules.Select(PackRule.Of).ToList();
            _english = english.Rules.Select(PackRule.Of).ToList();
            _lexicon = lexicon;
        }

        public static RuleDiscovery Shipped { get; } = new RuleDiscovery(
            RulePacks.Shipped("ja", "entities"), RulePacks.Shipped("en", "entities"), PersonNameLexicon.Shipped);

        public void Find(NameText text, List<Candidate> into)
        {
            var cased = text.Cased;
            // The Japanese rules need kana or kanji, the English ones a Latin capital; most texts lack one or the other.
            if (cased.Any(IsJapanese))
            {
                Run(_japanese, text, into);
            }

            if (cased.Any(c => c >= 'A' && c <= 'Z'))
            {
                Run(_english, text, into);
            }
        }

        private void Run(IReadOnlyList<PackRule> rules, NameText text, List<Candidate> into)
        {
            foreach (var rule in rules)
            {
                foreach (var match in rule.Rule.Matches(text.Cased))
                {
                    var name = match.Groups["name"];
                    if (!name.Success)
                    {
                        continue;
                    }

                    var span = rule.Lexicon == null ? (name.Index, name.Index + name.Length) : PersonSpan(rule.Lexicon, match);
                    if (span is (int start, int end) && end - start >= 2)
                    {
                        var (sourceStart, length) = text.ToSource(start, end);
                        into.Add(new Candidate(start, end, text.Source.Substring(sourceStart, length).Trim(), rule.Type, known: false));
                    }
                }
            }
        }

        // The span of the person a lexicon rule found, or null when the lexicon does not bear it out.
        private (int Start, int End)? PersonSpan(string lexicon, System.Text.RegularExpressions.Match match)
        {
            var name = match.Groups["name"];
            var end = name.Index + name.Length;
            if (lexicon == "family-given")
            {
                // Two kanji at least, as the rule's pattern asks: a one-kanji family name before a one-kanji given name
                // is most often an ordinary word (安全, 研究).
                return _lexicon.FamilyGivenSplit(name.Value, shortestFamily: 2) > 0 ? (name.Index, end) : ((int, int)?)null;
            }

            // lexicon: family. The longest ending of the family capture the lexicon holds: a title written onto the name
            // (取締役村瀬) is not part of it. One kanji counts only when it is the whole capture (森 健太郎).
            var family = match.Groups["family"];
            for (var skip = 0; skip < family.Length; skip++)
            {
                var candidate = family.Value.Substring(skip);
                if ((candidate.Length >= 2 || skip == 0) && _lexicon.IsFamilyName(candidate))
                {
                    return (family.Index + skip, end);
                }
            }

            return null;
        }

        private static bool IsJapanese(char c) => Text.LanguageDetector.IsKana(c) || Text.LanguageDetector.IsKanji(c);

        private sealed class PackRule
        {
            private PackRule(Rule rule, EntityType type, string? lexicon)
            {
                Rule = rule;
                Type = type;
                Lexicon = lexicon;
            }

            public Rule Rule { get; }

            public EntityType Type { get; }

            public string? Lexicon { get; }

            public static PackRule Of(Rule rule)
            {
                var typeName = rule.Property("type") ?? throw new RulePackException("entities", $"rule {rule.Name} has no type property");
                if (!Enum.TryParse<EntityType>(typeName, ignoreCase: false, out var type))
                {
                    throw new RulePackException("entities", $"rule {rule.Name} has type '{typeName}', which is not an entity type");
                }

                var lexicon = rule.Property("lexicon");
                if (lexicon != null && lexicon != "family" && lexicon != "family-given")
                {
                    throw new RulePackException("entities", $"rule {rule.Name} asks for lexicon '{lexicon}'; only 'family' and 'family-given' exist");
                }

                return new PackRule(rule, type, lexicon);
            }
        }
    }
}
