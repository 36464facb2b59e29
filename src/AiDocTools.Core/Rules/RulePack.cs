using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// One language's rules for one capability (attribution, bylines, dates…), read from
    /// <c>Data/&lt;language&gt;/&lt;capability&gt;.yaml</c>. Modelled on Recognizers-Text: named word lists and
    /// named patterns (the parts), and named rules whose patterns are built from those parts and whose examples
    /// are the test suite. A linguist adds a construction by adding a rule and its examples, not by reading code.
    /// </summary>
    public sealed class RulePack
    {
        internal RulePack(string language, string capability, string description, IReadOnlyList<string> groups,
            IReadOnlyDictionary<string, RulePart> parts, IReadOnlyList<Rule> rules)
        {
            Language = language;
            Capability = capability;
            Description = description;
            Groups = groups;
            Parts = parts;
            Rules = rules;
            _required = new RequiredWords(rules);
        }

        private readonly RequiredWords _required;

        /// <summary>The language the pack reads: <c>ja</c> or <c>en</c>.</summary>
        public string Language { get; }

        /// <summary>What the rules find, e.g. <c>attribution</c>; the engine that reads them knows the groups' meaning.</summary>
        public string Capability { get; }

        public string Description { get; }

        /// <summary>The named groups a rule may capture; the engine reads only these, so any other name is a mistake.</summary>
        public IReadOnlyList<string> Groups { get; }

        public IReadOnlyDictionary<string, RulePart> Parts { get; }

        /// <summary>The rules in file order: where two rules match the same text, the earlier one wins.</summary>
        public IReadOnlyList<Rule> Rules { get; }

        /// <summary>
        /// A digest of everything the pack makes its engine do: its groups, its parts as expanded, and each rule's name,
        /// compiled pattern, properties and required words (not the descriptions or examples, which change nothing found).
        /// </summary>
        public string Fingerprint => _fingerprint ??= Digest.Of(Describe());

        private string? _fingerprint;

        private IEnumerable<string> Describe()
        {
            yield return Language;
            yield return Capability;
            yield return string.Join("\u0002", Groups);
            foreach (var part in Parts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                yield return part.Key + "\u0002" + part.Value.Expanded + "\u0002" + string.Join("\u0003", part.Value.Words ?? new string[0])
                    + "\u0002" + string.Join("\u0003", (part.Value.Values ?? new Dictionary<string, string>()).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
            }

            foreach (var rule in Rules)
            {
                yield return rule.Name + "\u0002" + rule.Regex + "\u0002" + rule.Regex.Options + "\u0002"
                    + string.Join("\u0003", rule.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
                    + "\u0002" + string.Join("\u0003", rule.Requires) + "\u0002" + (rule.Backward != null);
            }
        }

        /// <summary>The words of a named word list, for the engines that use a list outside a pattern.</summary>
        public IReadOnlyList<string> Words(string partName)
        {
            if (!Parts.TryGetValue(partName, out var part) || part.Words == null)
            {
                throw new KeyNotFoundException($"Rule pack {Language}/{Capability} has no word list named '{partName}'.");
            }

            return part.Words;
        }

        /// <summary>
        /// The value a word of a <c>values</c> part stands for (水曜日 → 3), or null when the pack has no such part or the
        /// part no such word; the engine reads what a rule captured through it.
        /// </summary>
        public string? Value(string partName, string word) =>
            Parts.TryGetValue(partName, out var part) && part.Values != null && part.Values.TryGetValue(word, out var value) ? value : null;

        /// <summary>
        /// The matches of each rule in file order, as <see cref="Rules.Rule.Matches"/> gives them, and only for the rules
        /// whose required words the text holds: the words of all the rules are looked for in one pass over the text.
        /// </summary>
        public IEnumerable<(Rule Rule, IEnumerable<Match> Matches)> MatchesIn(string text) =>
            RulesFor(text).Select(rule => (rule, rule.Search(text)));

        /// <summary>The rules, in file order, whose required words <paramref name="text"/> holds (all that require none).</summary>
        internal IEnumerable<Rule> RulesFor(string text)
        {
            var tried = Eligible(text);
            for (var i = 0; i < Rules.Count; i++)
            {
                if (tried[i])
                {
                    yield return Rules[i];
                }
            }
        }

        /// <summary>
        /// For each rule, by its index in <see cref="Rules"/>, whether <paramref name="text"/> holds one of its required
        /// words (always, for a rule that requires none): what <see cref="RulesFor"/> walks, for an engine that loops by index.
        /// </summary>
        internal bool[] Eligible(string text) => _required.Eligible(text);

        /// <summary>
        /// <see cref="Eligible(string)"/> written into the first <c>Rules.Count</c> places of <paramref name="into"/>, an
        /// array the caller keeps from one text to the next: an engine that asks this of every sentence would otherwise
        /// allocate a new array for each.
        /// </summary>
        internal void Eligible(string text, bool[] into) => _required.Eligible(text, into);

        public Rule Rule(string name) =>
            Rules.FirstOrDefault(r => r.Name == name)
            ?? throw new KeyNotFoundException($"Rule pack {Language}/{Capability} has no rule named '{name}'.");

        public override string ToString() => Language + "/" + Capability;
    }

    /// <summary>
    /// A named building block: a word list (matched as alternatives, longest first), a list of words that each stand
    /// for a value (weekday names and their numbers, holidays and their days), or a pattern.
    /// </summary>
    public sealed class RulePart
    {
        internal RulePart(string name, IReadOnlyList<string>? words, string? pattern, string expanded, IReadOnlyDictionary<string, string>? values = null)
        {
            Name = name;
            Words = words;
            Pattern = pattern;
            Expanded = expanded;
            Values = values;
        }

        public string Name { get; }

        public IReadOnlyList<string>? Words { get; }

        /// <summary>For a <c>values</c> part, what each of its words stands for; its words are matched as a word list is.</summary>
        public IReadOnlyDictionary<string, string>? Values { get; }

        public string? Pattern { get; }

        /// <summary>The regular expression the part stands for once every reference is replaced.</summary>
        public string Expanded { get; }

        /// <summary>
        /// The same expression for a pattern read right to left (<c>scan: backward</c>): it matches the same texts, with
        /// each word list grouped by its words' endings, the order in which such a pattern tries them.
        /// </summary>
        internal string ExpandedBackward { get; set; } = "";
    }

    /// <summary>One example of a rule: a text and what the rule must (or must not) find in it.</summary>
    public sealed class RuleExample
    {
        internal RuleExample(string text, bool matches, IReadOnlyDictionary<string, string?> expect)
        {
            Text = text;
            Matches = matches;
            Expect = expect;
        }

        public string Text { get; }

        /// <summary>False for a text the rule must not match at all.</summary>
        public bool Matches { get; }

        /// <summary>For a matching example, the value each named group must capture (null: the group captures nothing).</summary>
        public IReadOnlyDictionary<string, string?> Expect { get; }
    }

    /// <summary>Which rules of a pack a text may match, from one pass over it for the words the rules require.</summary>
    internal sealed class RequiredWords
    {
        // The required words, by their position in the list the constructor builds.
        private readonly string[] _list;

        // For each required word (by its position in _list), the rules (by index) that name it; a rule that names none
        // is always tried. Arrays, not a map keyed by the word: the scan asks at every character of every sentence.
        private readonly int[][] _rulesOf;
        private readonly int _rules;

        // The rules that require nothing, by index: set one by one in a fresh array. Copying a template array instead
        // (Array.Copy, Clone) went through the general array copy, which a profile of the analysis showed costing
        // twice the scan for the words itself on a sentence.
        private readonly int[] _always;
        private readonly int _conditional;

        // The screen a place passes before any word is compared there: the first character alone lets a quarter of the
        // places of a Japanese sentence through (と of として, こ of ことを, に of によると), its pair only the few that begin
        // a word or collide in the hash.
        private readonly WordStartScreen _screen;

        // The words as a trie of their characters (Latin folded to lower case), each node holding the words that end at it:
        // a place that passes the screen is read once, character by character, however many words share their start.
        // A required word may be a cross product (と{SpeechVerb}: と before each of two hundred verbs, RULES.md), and
        // comparing each such word in turn at every と would cost more than the screen saves.
        private readonly TrieNode _root = new TrieNode();

        public RequiredWords(IReadOnlyList<Rule> rules)
        {
            _rules = rules.Count;
            _always = Enumerable.Range(0, rules.Count).Where(i => rules[i].Requires.Count == 0).ToArray();
            _conditional = rules.Count - _always.Length;
            var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var i = 0; i < rules.Count; i++)
            {
                foreach (var word in rules[i].Requires)
                {
                    if (!byWord.TryGetValue(word, out var list))
                    {
                        byWord[word] = list = new List<int>();
                        order.Add(word);
                    }

                    list.Add(i);
                }
            }

            _list = order.ToArray();
            _rulesOf = order.Select(w => byWord[w].ToArray()).ToArray();

            _screen = new WordStartScreen(_list);
            for (var k = 0; k < _list.Length; k++)
            {
                var word = _list[k];
                if (word.Length == 0)
                {
                    continue;
                }

                var node = _root;
                foreach (var c in word)
                {
                    node = node.Child(Fold(c));
                }

                node.Ends.Add(k);
            }

            _root.Freeze();
        }

        public bool[] Eligible(string text)
        {
            var eligible = new bool[_rules];
            Eligible(text, eligible);
            return eligible;
        }

        /// <summary>Sets the first <c>_rules</c> places of <paramref name="eligible"/>, which may hold an earlier text's answer.</summary>
        public void Eligible(string text, bool[] eligible)
        {
            // Cleared one by one, as the rules that require nothing are set: a few dozen places, where the general array
            // routines cost more than the loop.
            for (var r = 0; r < _rules; r++)
            {
                eligible[r] = false;
            }

            foreach (var rule in _always)
            {
                eligible[rule] = true;
            }

            var remaining = _conditional;
            if (remaining == 0)
            {
                return;
            }

            // Every place a word starts, as CueSet.Occurrences finds them (a Latin letter in either case), behind the
            // screen above.
            for (var i = _screen.NextFrom(text, 0); i < text.Length; i = _screen.NextFrom(text, i + 1))
            {
                var node = _root;
                for (var j = i; j < text.Length && (node = node.Next(Fold(text[j]))) != null; j++)
                {
                    foreach (var k in node.Words)
                    {
                        foreach (var rule in _rulesOf[k])
                        {
                            if (!eligible[rule])
                            {
                                eligible[rule] = true;
                                remaining--;
                            }
                        }
                    }
                }

                if (remaining == 0)
                {
                    break;
                }
            }
        }

        private static char Fold(char c) => Script.IsAsciiLetter(c) ? (char)(c | 0x20) : c;

        private sealed class TrieNode
        {
            private static readonly int[] NoWords = new int[0];

            private readonly Dictionary<char, TrieNode> _children = new Dictionary<char, TrieNode>();

            public List<int> Ends { get; } = new List<int>();

            /// <summary>The words (by position in the list) that end at this node.</summary>
            public int[] Words { get; private set; } = NoWords;

            public TrieNode Child(char c)
            {
                if (!_children.TryGetValue(c, out var child))
                {
                    _children[c] = child = new TrieNode();
                }

                return child;
            }

            public TrieNode? Next(char c) => _children.TryGetValue(c, out var child) ? child : null;

            public void Freeze()
            {
                Words = Ends.Count == 0 ? NoWords : Ends.ToArray();
                foreach (var child in _children.Values)
                {
                    child.Freeze();
                }
            }
        }
    }
}
