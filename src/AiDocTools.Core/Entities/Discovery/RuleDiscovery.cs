using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;
using AiDocTools.Text;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// The discovery rules of the entity rule packs (Data/ja/entities.yaml, Data/en/entities.yaml): each rule's
    /// <c>name</c> capture is a mention of the entity type its <c>type</c> property gives. A rule marked
    /// <c>lexicon: family</c> or <c>lexicon: family-given</c> names a person only when <see cref="PersonNameLexicon"/>
    /// holds its family name (and given name).
    /// </summary>
    internal sealed class RuleDiscovery : IDiscoveryRule
    {
        // The honorifics and roles the discovery word lists know, longest first (名誉教授 before 教授).
        private static readonly string[] PersonSuffixes = DiscoveryWords.Shipped.PersonSuffixes.Where(x => x.Length > 0).OrderByDescending(x => x.Length).ToArray();

        private readonly PersonNameLexicon _lexicon;

        // Both packs' rules, the Japanese first: their required words are found in one pass over a text, not one per pack.
        private readonly PackCues _cues;
        private readonly int _japaneseRules;

        public RuleDiscovery(RulePack japanese, RulePack english, PersonNameLexicon lexicon)
        {
            _lexicon = lexicon;
            _cues = new PackCues(japanese.Rules.Concat(english.Rules).Select(PackRule.Of).ToList());
            _japaneseRules = japanese.Rules.Count;
        }

        public string Name => "entity rule packs";

        /// <summary>Adds what the packs' rules name; they read the text alone, not the dictionary's mentions.</summary>
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            // The Japanese rules need kana or kanji, the English ones a Latin capital; most texts lack one or the other.
            var japanese = false;
            var capital = false;
            for (var i = 0; i < cased.Length && !(japanese && capital); i++)
            {
                japanese = japanese || Script.IsJapanese(cased[i]);
                capital = capital || (cased[i] >= 'A' && cased[i] <= 'Z');
            }

            if (!japanese && !capital)
            {
                return;
            }

            // One pass over the text finds where every rule's required words stand (a court's 地裁, a party's 党, a
            // university's 大学); a rule whose words are missing is skipped, and one whose reach is bounded is tried only
            // within reach of them, instead of from every kanji of the article.
            var windows = _cues.Windows(cased);
            List<(int Start, int Length)>? families = null;
            if (japanese)
            {
                Run(0, _japaneseRules, windows, ref families, text, into);
            }

            if (capital)
            {
                Run(_japaneseRules, _cues.Rules.Count, windows, ref families, text, into);
            }
        }

        // Runs the rules [first, last) of the packs in their windows.
        private void Run(int first, int last, List<(int Start, int End)>?[] windows, ref List<(int Start, int Length)>? families, NameText text, List<Candidate> into)
        {
            var cased = text.Cased;
            for (var r = first; r < last; r++)
            {
                var rule = _cues.Rules[r];
                if (windows[r] == null && rule.Requires != null)
                {
                    continue;
                }

                if (windows[r] == RuleAnchors.Everywhere && rule.NameOpensMatch)
                {
                    if (families == null)
                    {
                        families = new List<(int Start, int Length)>();
                        _lexicon.FamilyStarts(cased, families);
                    }

                    windows[r] = FamilyStarts(rule, cased, families);
                }

                var search = new WindowSearch(rule.Rule.Regex, rule.Anchored, rule.Reach, cased, windows[r], rule.Free);
                try
                {
                    var match = search.From(0);
                    while (match.Success)
                    {
                        var span = Span(rule, match, cased);
                        if (span is (int start, int end) && end - start >= 2)
                        {
                            into.Add(Mention(text, start, end, rule.Type, rule.Strong));
                            match = search.After(match);
                        }
                        else
                        {
                            // A lexicon rule that reads a department into the family name (社会部 北条 真央) must try
                            // again inside what it read, where the real name starts; the others go on after the match.
                            match = rule.Lexicon == null || match.Index + 1 >= cased.Length ? search.After(match) : search.From(match.Index + 1);
                        }
                    }
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    // A pathological text keeps the names found so far.
                }
            }
        }

        /// <summary>
        /// Where a lexicon rule whose name opens its match may find a person: where a family name of the lexicon starts
        /// (two characters at least for family-given; one only where it starts a kanji run, for family), as one-position
        /// windows. A match anywhere else is one the lexicon rejects, and after a rejected match the search goes on from
        /// the next character, so trying these positions alone finds the same names, without the regex engine trying
        /// every kanji of the article.
        /// </summary>
        private static List<(int Start, int End)> FamilyStarts(PackRule rule, string text, List<(int Start, int Length)> families)
        {
            var starts = new List<(int Start, int End)>();
            var runStartWillDo = rule.Lexicon == "family";
            foreach (var (i, length) in families)
            {
                if (length >= 2 || (runStartWillDo && (i == 0 || !Script.IsKanji(text[i - 1]))))
                {
                    starts.Add((i, i));
                }
            }

            return starts;
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
            var startsRun = family.Index == 0 || !Script.IsKanji(text[family.Index - 1]);
            return _lexicon.IsFamilyName(family.Value) && (family.Length >= 2 || startsRun) ? (family.Index, end) : ((int, int)?)null;
        }

        private sealed class PackRule
        {
            private PackRule(Rule rule, EntityType type, string? lexicon, bool strong)
            {
                Rule = rule;
                Type = type;
                Lexicon = lexicon;
                Strong = strong;
                NameOpensMatch = lexicon != null && rule.Requires.Count == 0 && OpensWith(rule.Regex.ToString(), lexicon == "family" ? "(?<name>(?<family>" : "(?<name>");
                if (rule.Requires.Count > 0)
                {
                    Requires = rule.Requires;
                    Reach = PatternReach.Of(rule.Regex);

                    // A katakana name before 社 reads without bound, but only through katakana: such a rule is still tried
                    // only around its required words, back through the run of free characters before each.
                    if (Reach == null && PatternReach.Through(rule.Regex) is (int ahead, int behind, Text.CharBits free))
                    {
                        Reach = (ahead, behind);
                        Free = free;
                    }

                    // A match starts inside the run of the characters its pattern reads that ends with a required word.
                    Reads = Reach == null ? null : PatternReach.Reads(rule.Regex);
                }

                if (NameOpensMatch || Reach != null)
                {
                    Anchored = WindowSearch.AnchoredCopy(rule.Regex, rule.Regex.MatchTimeout);
                }
            }

            public Rule Rule { get; }

            public EntityType Type { get; }

            public string? Lexicon { get; }

            /// <summary>The name stands over a dictionary name inside it (Senate Judiciary Committee over Senate).</summary>
            public bool Strong { get; }

            /// <summary>
            /// Every match of the lexicon rule starts where its name (for family, its family name) starts, lookbehinds
            /// aside, so a match can start only where the lexicon holds a family name (<see cref="FamilyStarts"/>).
            /// </summary>
            public bool NameOpensMatch { get; }

            /// <summary>The words every match holds, or null when the rule names none and is tried everywhere.</summary>
            public IReadOnlyList<string>? Requires { get; }

            /// <summary>How far from its start a match can read (<see cref="PatternReach"/>), or null when unbounded.</summary>
            public (int Ahead, int Behind)? Reach { get; }

            /// <summary>The characters the pattern reads without bound, which <see cref="Reach"/> does not count; or null.</summary>
            public Text.CharBits? Free { get; }

            /// <summary>Every character the pattern may read (<see cref="PatternReach.Reads"/>), or null when not known.</summary>
            public Text.CharBits? Reads { get; }

            /// <summary>The rule's pattern tried at one position only, for the windows around its required words.</summary>
            public System.Text.RegularExpressions.Regex? Anchored { get; }

            // Whether every top-level alternative of the pattern is lookbehinds, then the group opening.
            private static bool OpensWith(string pattern, string opening)
            {
                for (var start = 0; ; )
                {
                    var end = RegexText.Walk(pattern, start, toGroupEnd: false);
                    if (!AlternativeOpensWith(pattern, start, opening))
                    {
                        return false;
                    }

                    if (end == pattern.Length)
                    {
                        return true;
                    }

                    start = end + 1;
                }
            }

            private static bool AlternativeOpensWith(string pattern, int start, string opening)
            {
                while (string.CompareOrdinal(pattern, start, "(?<!", 0, 4) == 0 || string.CompareOrdinal(pattern, start, "(?<=", 0, 4) == 0)
                {
                    start = RegexText.Walk(pattern, start, toGroupEnd: true);
                    if (start < 0)
                    {
                        return false;
                    }
                }

                return string.CompareOrdinal(pattern, start, opening, 0, opening.Length) == 0;
            }

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

        /// <summary>The rules of the packs with the words they require, looked for in one pass over a text.</summary>
        private sealed class PackCues
        {
            private readonly RuleAnchors _anchors;

            public PackCues(IReadOnlyList<PackRule> rules)
            {
                Rules = rules;
                _anchors = new RuleAnchors(rules.Select(r => r.Requires ?? Array.Empty<string>()).ToList(), rules.Select(r => r.Reach).ToList(), rules.Select(r => r.Free).ToList(), rules.Select(r => r.Reads).ToList());
            }

            public IReadOnlyList<PackRule> Rules { get; }

            /// <summary>
            /// For each rule, where in <paramref name="text"/> a match may start (<see cref="RuleAnchors.Windows"/>), and
            /// <see cref="RuleAnchors.Everywhere"/> for a rule that requires nothing.
            /// </summary>
            public List<(int Start, int End)>?[] Windows(string text)
            {
                var windows = _anchors.Windows(text);
                for (var r = 0; r < Rules.Count; r++)
                {
                    if (Rules[r].Requires == null)
                    {
                        windows[r] = RuleAnchors.Everywhere;
                    }
                }

                return windows;
            }
        }
    }
}
