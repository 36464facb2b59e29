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
        // The honorifics and roles the discovery word lists know, longest first (名誉教授 before 教授).
        private static readonly string[] PersonSuffixes = EntityDiscovery.Words.PersonSuffixes.Where(x => x.Length > 0).OrderByDescending(x => x.Length).ToArray();

        private readonly RulePack _japanese;
        private readonly RulePack _english;
        private readonly Dictionary<Rule, PackRule> _rules;
        private readonly PersonNameLexicon _lexicon;

        public RuleDiscovery(RulePack japanese, RulePack english, PersonNameLexicon lexicon)
        {
            _japanese = japanese;
            _english = english;
            _rules = japanese.Rules.Concat(english.Rules).ToDictionary(r => r, PackRule.Of);
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

        private void Run(RulePack pack, NameText text, List<Candidate> into)
        {
            var cased = text.Cased;

            // A rule that names words every match holds (a court's 地裁, a party's 党) is skipped for a text without them.
            foreach (var rule in pack.RulesFor(cased).Select(r => _rules[r]))
            {
                try
                {
                    var match = rule.Rule.Regex.Match(cased);
                    while (match.Success)
                    {
                        var span = Span(rule, match, cased);
                        if (span is (int start, int end) && end - start >= 2)
                        {
                            into.Add(Mention(text, start, end, rule.Type, rule.Strong));
                            match = match.NextMatch();
                        }
                        else
                        {
                            // A lexicon rule that reads a department into the family name (社会部 北条 真央) must try
                            // again inside what it read, where the real name starts; the others go on after the match.
                            match = rule.Lexicon == null || match.Index + 1 >= cased.Length ? match.NextMatch() : rule.Rule.Regex.Match(cased, match.Index + 1);
                        }
                    }
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    // A pathological text keeps the names found so far.
                }
            }
        }

        // A person's courtesy title or role written onto the name (片桐 恵美氏, …・ワトソン判事) is part of the mention,
        // as the dictionary's names keep it, but not of the name.
        private static Candidate Mention(NameText text, int start, int end, EntityType type, bool strong)
        {
            var (sourceStart, length) = text.ToSource(start, end);
            var name = text.Source.Substring(sourceStart, length).Trim();
            var mentionEnd = end;
            if (type == EntityType.Person)
            {
                var suffix = PersonSuffixes.FirstOrDefault(x => end + x.Length <= text.Cased.Length && string.CompareOrdinal(text.Cased, end, x, 0, x.Length) == 0);
                mentionEnd += suffix?.Length ?? 0;
            }

            return new Candidate(start, mentionEnd, name, type, known: false, nameEnd: end, strong: strong);
        }

        private (int Start, int End)? Span(PackRule rule, System.Text.RegularExpressions.Match match, string text)
        {
            var name = match.Groups["name"];
            if (!name.Success)
            {
                return null;
            }

            return rule.Lexicon == null ? (name.Index, name.Index + name.Length) : PersonSpan(rule.Lexicon, match, text);
        }

        // The span of the person a lexicon rule found, or null when the lexicon does not bear it out.
        private (int Start, int End)? PersonSpan(string lexicon, System.Text.RegularExpressions.Match match, string text)
        {
            var name = match.Groups["name"];
            var end = name.Index + name.Length;
            if (lexicon == "family-given")
            {
                // Two kanji at least, as the rule's pattern asks: a one-kanji family name before a one-kanji given name
                // is most often an ordinary word (安全, 研究).
                return _lexicon.FamilyGivenSplit(name.Value, shortestFamily: 2) > 0 ? (name.Index, end) : ((int, int)?)null;
            }

            // lexicon: family. A one-kanji family name (森 健太郎) must start the kanji run: the search, retried inside a
            // run it read (社会部 北条 真央), would otherwise take the run's last kanji for one.
            var family = match.Groups["family"];
            var startsRun = family.Index == 0 || !Text.LanguageDetector.IsKanji(text[family.Index - 1]);
            return _lexicon.IsFamilyName(family.Value) && (family.Length >= 2 || startsRun) ? (family.Index, end) : ((int, int)?)null;
        }

        private static bool IsJapanese(char c) => Text.LanguageDetector.IsKana(c) || Text.LanguageDetector.IsKanji(c);

        private sealed class PackRule
        {
            private PackRule(Rule rule, EntityType type, string? lexicon, bool strong)
            {
                Rule = rule;
                Type = type;
                Lexicon = lexicon;
                Strong = strong;
            }

            public Rule Rule { get; }

            public EntityType Type { get; }

            public string? Lexicon { get; }

            /// <summary>The name stands over a dictionary name inside it (Senate Judiciary Committee over Senate).</summary>
            public bool Strong { get; }

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

                var strong = rule.Property("strong");
                if (strong != null && strong != "true" && strong != "false")
                {
                    throw new RulePackException("entities", $"rule {rule.Name} has strong '{strong}'; it is 'true' or 'false'");
                }

                return new PackRule(rule, type, lexicon, strong == "true");
            }
        }
    }
}
