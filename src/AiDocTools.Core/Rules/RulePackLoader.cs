using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AiDocTools.Rules
{
    /// <summary>
    /// Reads a rule pack strictly: an unknown key, an empty list, a reference to a part that does not exist, a
    /// group the pack does not declare, a pattern that does not compile, or a rule with fewer examples than a rule
    /// needs is an error naming the file and the rule. A typo must fail the build's tests, never leave a rule
    /// silently switched off.
    /// </summary>
    public static class RulePackLoader
    {
        /// <summary>Each rule shows at least this many texts it matches and this many it must not.</summary>
        public const int MinimumMatchingExamples = 3;

        public const int MinimumNonMatchingExamples = 1;

        // The loader's own patterns read the pack's text, a few kilobytes written by the project, not an article: the
        // limit only keeps a broken pattern from hanging, and is long enough that a busy machine never trips it while
        // the packs load (a pack that failed to load would take the whole article reader down with it).
        private static readonly TimeSpan PackTextTimeout = TimeSpan.FromSeconds(30);

        private static readonly Regex PartName = new Regex(@"^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant, PackTextTimeout);

        // {Name} in a pattern is a part; a quantifier such as {1,30} starts with a digit and is left alone, and so is a
        // Unicode category or block after \p or \P (\p{Lu}, \P{IsHiragana}), which names written in any script need.
        private static readonly Regex Reference = new Regex(@"(?<!(?<!\\)\\[pP])\{(?<name>[A-Z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant, PackTextTimeout);

        // The part references a pattern opens with, none of them quantified ({Opening}{Speaker} of {Opening}{Speaker}は…).
        private static readonly Regex LeadingParts = new Regex(@"^(?:\{[A-Z][A-Za-z0-9]*\}(?![?*+]|\{[0-9]))+", RegexOptions.CultureInvariant, PackTextTimeout);

        // An inline option group that turns case-insensitivity on: (?i:…), (?i), (?mi-s:…).
        private static readonly Regex InlineIgnoreCase = new Regex(@"\(\?[imnsx]*i[imnsx]*(?:-[imnsx]*)?[:)]", RegexOptions.CultureInvariant, PackTextTimeout);

        private static readonly Regex GroupName = new Regex(@"\(\?<(?<name>[A-Za-z][A-Za-z0-9]*)>", RegexOptions.CultureInvariant, PackTextTimeout);

        private static readonly IDeserializer Deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();

        /// <summary>Parses and checks a pack; <paramref name="source"/> names it in every error.</summary>
        public static RulePack Parse(string yaml, string source)
        {
            PackFile file;
            try
            {
                file = Deserializer.Deserialize<PackFile>(yaml)
                    ?? throw new RulePackException(source, "the file is empty");
            }
            catch (YamlException ex)
            {
                throw new RulePackException(source, (ex.InnerException ?? ex).Message.Trim() + $" (line {ex.Start.Line})");
            }

            var language = Required(file.Language, source, "language");
            var capability = Required(file.Capability, source, "capability");
            var description = Required(file.Description, source, "description");
            var groups = NonEmpty(file.Groups, source, "groups");
            var partFiles = file.Parts ?? new Dictionary<string, PartFile>();
            // Whether any pattern of the pack turns case-insensitive matching on inline ((?i:…)), where a part's words may
            // then be read: WordAlternatives is exact only where a word matches nothing but itself.
            var inlineIgnoreCase = partFiles.Values.Select(p => p?.Pattern).Concat((file.Rules ?? new List<RuleFile>()).Select(r => r?.Pattern))
                .Any(p => p != null && InlineIgnoreCase.IsMatch(p));
            var parts = ExpandParts(partFiles, source, inlineIgnoreCase);
            var rules = NonEmpty(file.Rules, source, "rules").Select(r => BuildRule(r, parts, groups, source)).ToList();
            var duplicate = rules.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
            {
                throw new RulePackException(source, $"two rules are named '{duplicate.Key}'");
            }

            return new RulePack(language, capability, description, groups, parts, rules);
        }

        /// <summary>Reads a pack file from disk (a user's own rules, or a test's).</summary>
        public static RulePack Load(string path) => Parse(File.ReadAllText(path), path);

        private static Dictionary<string, RulePart> ExpandParts(Dictionary<string, PartFile> files, string source, bool inlineIgnoreCase)
        {
            var expanded = new Dictionary<string, RulePart>();
            foreach (var name in files.Keys)
            {
                Expand(name, files, expanded, new Stack<string>(), source, backward: false, inlineIgnoreCase);
            }

            return expanded;
        }

        private static string Expand(string name, Dictionary<string, PartFile> files, Dictionary<string, RulePart> expanded,
            Stack<string> path, string source, bool backward, bool inlineIgnoreCase)
        {
            if (expanded.TryGetValue(name, out var done))
            {
                return backward ? done.ExpandedBackward : done.Expanded;
            }

            if (path.Contains(name))
            {
                throw new RulePackException(source, "parts refer to each other in a circle: " + string.Join(" → ", path.Reverse().Concat(new[] { name })));
            }

            if (!files.TryGetValue(name, out var file) || file == null)
            {
                throw new RulePackException(source, $"'{{{name}}}' refers to no part" + (path.Count > 0 ? $" (in part '{path.Peek()}')" : ""));
            }

            if (!PartName.IsMatch(name))
            {
                throw new RulePackException(source, $"part name '{name}' must start with a capital letter and hold only letters and digits");
            }

            if ((file.Words != null ? 1 : 0) + (file.Pattern != null ? 1 : 0) + (file.Values != null ? 1 : 0) != 1)
            {
                throw new RulePackException(source, $"part '{name}' needs exactly one of 'words', 'values' or 'pattern'");
            }

            path.Push(name);
            string regex;
            string regexBackward;
            IReadOnlyList<string>? words = null;
            IReadOnlyDictionary<string, string>? values = null;
            if (file.Values != null)
            {
                if (file.Values.Count == 0)
                {
                    throw new RulePackException(source, $"the values of part '{name}' are missing or empty");
                }

                var empty = file.Values.FirstOrDefault(v => string.IsNullOrWhiteSpace(v.Key) || string.IsNullOrWhiteSpace(v.Value));
                if (empty.Key != null)
                {
                    throw new RulePackException(source, $"part '{name}' has an empty word or value ('{empty.Key}')");
                }

                var comparer = file.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var map = new Dictionary<string, string>(comparer);
                foreach (var pair in file.Values)
                {
                    if (map.ContainsKey(pair.Key))
                    {
                        throw new RulePackException(source, $"part '{name}' gives '{pair.Key}' twice");
                    }

                    map[pair.Key] = pair.Value;
                }

                values = map;
                file.Words = file.Values.Keys.ToList();
            }

            if (file.Words != null)
            {
                words = NonEmpty(file.Words, source, $"words of part '{name}'");
                if (words.Any(string.IsNullOrWhiteSpace))
                {
                    throw new RulePackException(source, $"part '{name}' has an empty word");
                }

                // Longest first, so that 明らかにし wins over a shorter word at the same place.
                var distinct = words.Distinct().ToList();
                var alternatives = !file.IgnoreCase && (!inlineIgnoreCase || distinct.All(Caseless))
                    ? WordAlternatives(distinct)
                    : string.Join("|", distinct.OrderByDescending(w => w.Length).Select(Regex.Escape));
                regex = (file.IgnoreCase ? "(?i:" : "(?:") + alternatives + ")";
                regexBackward = (file.IgnoreCase ? "(?i:" : "(?:") + EndingTrie(words.Distinct().ToList(), 0) + ")";
            }
            else
            {
                if (string.IsNullOrWhiteSpace(file.Pattern))
                {
                    throw new RulePackException(source, $"part '{name}' has an empty pattern");
                }

                regex = "(?:" + ExpandReferences(file.Pattern!, files, expanded, path, source, backward: false, inlineIgnoreCase) + ")";
                regexBackward = "(?:" + ExpandReferences(file.Pattern!, files, expanded, path, source, backward: true, inlineIgnoreCase) + ")";
                if (file.IgnoreCase)
                {
                    regex = "(?i:" + regex + ")";
                    regexBackward = "(?i:" + regexBackward + ")";
                }
            }

            path.Pop();
            expanded[name] = new RulePart(name, words, file.Pattern, regex, values) { ExpandedBackward = regexBackward };
            return backward ? regexBackward : regex;
        }

        private static string ExpandReferences(string pattern, Dictionary<string, PartFile> files, Dictionary<string, RulePart> expanded,
            Stack<string> path, string source, bool backward, bool inlineIgnoreCase) =>
            Reference.Replace(pattern, m => Expand(m.Groups["name"].Value, files, expanded, path, source, backward, inlineIgnoreCase));

        /// <summary>
        /// A word list, longest first, with the words no other word begins or ends with, and that begin or end no other
        /// word, set apart in an atomic group: (?:(?>述懐|述べ|語っ)|明らかにした|明らかにし). The engine gives each alternative
        /// of a plain group its own way back for when the rest of the rule fails after it, and a rule holding lists of a
        /// hundred words compiles to a method so large that the JIT gives up optimising it (its code then runs several times
        /// slower); an atomic group keeps no way back. It matches exactly what the list does, in the same order: words that
        /// match at one place, read left to right, each begin the longer ones, and read right to left (in a lookbehind) each
        /// end them, so where a word of the atomic group matches no other word can, and there is nothing to go back to.
        /// </summary>
        private static string WordAlternatives(IReadOnlyList<string> words)
        {
            bool Related(string a, string b) => a != b && (a.StartsWith(b, StringComparison.Ordinal) || a.EndsWith(b, StringComparison.Ordinal)
                || b.StartsWith(a, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
            var alone = words.Where(w => !words.Any(o => Related(w, o))).OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
            var chained = words.Where(w => words.Any(o => Related(w, o))).OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
            return alone.Count < 2 ? string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape))
                : "(?>" + string.Join("|", alone) + ")" + (chained.Count > 0 ? "|" + string.Join("|", chained) : "");
        }

        // A word whose characters have no case (kanji, kana, digits): no other character matches one, whatever the options.
        private static bool Caseless(string word) => word.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);

        /// <summary>
        /// A word list as alternatives grouped by their endings (述べ, 調べ, 語っ → (?:(?:述|調)べ|語っ)), for a pattern
        /// read right to left: there each alternative is tried from its last character, and a list of two hundred verbs
        /// tried one by one at every place of a sentence costs more than the rest of the rule. Grouped, a place whose
        /// character ends no word is passed over after one test per distinct ending. It matches the same words as the
        /// list; only which of two overlapping words is tried first differs, and the backward scan asks only whether the
        /// rule matches.
        /// </summary>
        private static string EndingTrie(IReadOnlyList<string> words, int depth)
        {
            var branches = new List<string>();
            var ends = false;
            foreach (var group in words.GroupBy(w => w.Length > depth ? (char?)w[w.Length - 1 - depth] : null).OrderBy(g => g.Key))
            {
                if (group.Key == null)
                {
                    ends = true;
                    continue;
                }

                var rest = group.ToList();
                var last = Regex.Escape(group.Key.Value.ToString());
                var inner = rest.All(w => w.Length == depth + 1) ? "" : EndingTrie(rest, depth + 1);
                branches.Add(inner.Length == 0 ? last : "(?:" + inner + ")" + last);
            }

            // A word that ends here and another that runs on before it (張 and 主張): the shorter is an empty alternative.
            return string.Join("|", branches) + (ends ? "|" : "");
        }

        private static Rule BuildRule(RuleFile file, Dictionary<string, RulePart> parts, IReadOnlyList<string> groups, string source)
        {
            var name = Required(file.Name, source, "name of a rule");
            var where = $"rule '{name}'";
            var description = Required(file.Description, source, "description of " + where);
            var pattern = Required(file.Pattern, source, "pattern of " + where);
            var expandedPattern = Reference.Replace(pattern, m =>
                parts.TryGetValue(m.Groups["name"].Value, out var part)
                    ? part.Expanded
                    : throw new RulePackException(source, $"{where} refers to '{m.Value}', which is no part"));
            // The backward pattern only asks whether the rule matches anywhere, so it captures nothing: a named group in it
            // would have the engine record and undo a capture at every step of its search.
            var backwardPattern = GroupName.Replace(Reference.Replace(pattern, m => parts[m.Groups["name"].Value].ExpandedBackward), "(?:");

            var undeclared = GroupName.Matches(expandedPattern).Cast<Match>().Select(m => m.Groups["name"].Value)
                .FirstOrDefault(g => !groups.Contains(g));
            if (undeclared != null)
            {
                throw new RulePackException(source, $"{where} captures '{undeclared}', which is not among the pack's groups ({string.Join(", ", groups)})");
            }

            // Compiled once, with the time limit its reach calls for (PatternReach.TimeLimit): a rule whose every match reads a
            // bounded stretch runs without one. Its engines then search with this regex as it is (the date recogniser compiled
            // a second copy without the limit for every such rule), and it needs no warm-up, which only keeps the limit from
            // running out on the first match: a rule is turned into machine code when first used, so loading the packs no
            // longer pays for every rule of every pack whether or not the process ever runs it.
            Regex regex;
            const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
            try
            {
                regex = new Regex(expandedPattern, options, PatternReach.TimeLimit(expandedPattern, options, Rule.Timeout));
            }
            catch (ArgumentException ex)
            {
                throw new RulePackException(source, $"{where} does not compile: {ex.Message}");
            }

            var backward = Scan(file.Scan, where, source) ? ReadBackward(backwardPattern, options) : null;

            // What follows the leading parts of a backward rule ({Opening}{Speaker} in (?:は|が)…と(?<cue>{Verb})): every
            // match of the rule holds a match of it, and read right to left it turns a sentence away several times faster
            // than the whole pattern does, which spends its time on the free runs even where the cue has no subject.
            Regex? tail = null;
            var lead = LeadingParts.Match(pattern);
            if (backward != null && lead.Success && lead.Length < pattern.Length)
            {
                var tailPattern = GroupName.Replace(Reference.Replace(pattern.Substring(lead.Length), m => parts[m.Groups["name"].Value].ExpandedBackward), "(?:");
                tail = ReadBackward(tailPattern, options);
            }

            var examples = NonEmpty(file.Examples, source, "examples of " + where).Select(e => BuildExample(e, groups, where, source)).ToList();
            if (examples.Count(e => e.Matches) < MinimumMatchingExamples || examples.Count(e => !e.Matches) < MinimumNonMatchingExamples)
            {
                throw new RulePackException(source,
                    $"{where} needs at least {MinimumMatchingExamples} examples it matches and {MinimumNonMatchingExamples} it must not (has {examples.Count(e => e.Matches)} and {examples.Count(e => !e.Matches)})");
            }

            foreach (var limited in new[] { regex, backward, tail }.Where(r => r != null && r.MatchTimeout != Regex.InfiniteMatchTimeout))
            {
                WarmUp(limited!, examples[0].Text);
            }

            var properties = file.Properties ?? new Dictionary<string, string>();
            if (properties.Any(p => string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Value)))
            {
                throw new RulePackException(source, $"{where} has an empty property");
            }

            return new Rule(name, description, pattern, regex, examples, properties, Requires(file.Requires, parts, where, source), backward, tail);
        }

        // scan: forward (the default) or backward (RULES.md); true for backward.
        /// <summary>
        /// A pattern compiled to be read right to left, with the time limit its reach calls for (PatternReach.TimeLimit), as
        /// the rule's own regex has: a pattern that reads a bounded stretch from each position it is tried at does so read
        /// either way (PatternReach.IsBounded). Without a limit, the engine reads no clock and leaves the checks out of the
        /// code it emits: SpeakerThenReported's backward check on the 332 bench-corpus sentences that reach it took 5.7 ms
        /// per pass instead of 6.5.
        /// </summary>
        private static Regex ReadBackward(string pattern, RegexOptions options) =>
            new Regex(pattern, options | RegexOptions.RightToLeft, PatternReach.TimeLimit(pattern, options | RegexOptions.RightToLeft, Rule.Timeout));

        private static bool Scan(string? scan, string where, string source) => scan switch
        {
            null or "forward" => false,
            "backward" => true,
            _ => throw new RulePackException(source, $"{where} has scan '{scan}', which is neither 'forward' nor 'backward'"),
        };

        // Each item is a literal, a {Part} that is a word list, or literals and word lists written one after another
        // (と{SpeechVerb}: と followed by each verb); every match must hold one of the words they stand for (RULES.md).
        private static IReadOnlyList<string>? Requires(List<string>? items, Dictionary<string, RulePart> parts, string where, string source)
        {
            if (items == null)
            {
                return null;
            }

            var words = new List<string>();
            foreach (var item in NonEmpty(items, source, "requires of " + where))
            {
                if (string.IsNullOrWhiteSpace(item))
                {
                    throw new RulePackException(source, $"{where} requires an empty word");
                }

                // Every way of reading the item left to right, one word of each list in turn.
                var spelled = new List<string> { "" };
                var at = 0;
                foreach (Match reference in Reference.Matches(item))
                {
                    if (!parts.TryGetValue(reference.Groups["name"].Value, out var part) || part.Words == null)
                    {
                        throw new RulePackException(source, reference.Length == item.Length
                            ? $"{where} requires '{item}', which is no word-list part"
                            : $"{where} requires '{item}', in which '{reference.Value}' is no word-list part");
                    }

                    var literal = item.Substring(at, reference.Index - at);
                    spelled = spelled.SelectMany(head => part.Words.Select(word => head + literal + word)).ToList();
                    at = reference.Index + reference.Length;
                }

                words.AddRange(spelled.Select(head => head + item.Substring(at)));
            }

            return words.Distinct().OrderByDescending(w => w.Length).ToList();
        }

        /// <summary>
        /// A compiled pattern is turned into machine code on its first match, and on a loaded machine that alone can
        /// outlast <see cref="Rule.Timeout"/>: the first text a rule saw then lost its matches without a word. Matching
        /// the rule's first example here, with no time limit, pays that cost at load time.
        /// </summary>
        private static void WarmUp(Regex regex, string text)
        {
            try
            {
                regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // Still slow to start: the timeout stays the guard for real text.
            }
        }

        private static RuleExample BuildExample(ExampleFile file, IReadOnlyList<string> groups, string where, string source)
        {
            var text = Required(file.Text, source, "text of an example of " + where);
            var expect = file.Expect ?? new Dictionary<string, string?>();
            if (!file.Match && expect.Count > 0)
            {
                throw new RulePackException(source, $"an example of {where} must not match and yet expects groups: '{text}'");
            }

            if (file.Match && expect.Count == 0)
            {
                throw new RulePackException(source, $"an example of {where} matches but says nothing it must capture: '{text}'");
            }

            var unknown = expect.Keys.FirstOrDefault(k => !groups.Contains(k));
            if (unknown != null)
            {
                throw new RulePackException(source, $"an example of {where} expects '{unknown}', which is not among the pack's groups");
            }

            return new RuleExample(text, file.Match, expect);
        }

        private static string Required(string? value, string source, string what) =>
            string.IsNullOrWhiteSpace(value) ? throw new RulePackException(source, $"the {what} is missing or empty") : value!;

        private static IReadOnlyList<T> NonEmpty<T>(List<T>? list, string source, string what) =>
            list == null || list.Count == 0 ? throw new RulePackException(source, $"the {what} are missing or empty") : list;

        // The file's shape; YamlDotNet rejects any key not declared here, which is what makes loading strict.
        private sealed class PackFile
        {
            public string? Language { get; set; }

            public string? Capability { get; set; }

            public string? Description { get; set; }

            public List<string>? Groups { get; set; }

            public Dictionary<string, PartFile>? Parts { get; set; }

            public List<RuleFile>? Rules { get; set; }
        }

        private sealed class PartFile
        {
            public string? Description { get; set; }

            public List<string>? Words { get; set; }

            /// <summary>Words that each stand for a value the engine reads (水曜日: 3, Christmas: 12-25).</summary>
            public Dictionary<string, string>? Values { get; set; }

            public string? Pattern { get; set; }

            public bool IgnoreCase { get; set; }
        }

        private sealed class RuleFile
        {
            public string? Name { get; set; }

            public string? Description { get; set; }

            public string? Pattern { get; set; }

            public Dictionary<string, string>? Properties { get; set; }

            public List<string>? Requires { get; set; }

            public string? Scan { get; set; }

            public List<ExampleFile>? Examples { get; set; }
        }

        private sealed class ExampleFile
        {
            public string? Text { get; set; }

            public bool Match { get; set; } = true;

            public Dictionary<string, string?>? Expect { get; set; }
        }
    }

    /// <summary>A rule pack that cannot be used, with the file and the reason.</summary>
    public sealed class RulePackException : Exception
    {
        public RulePackException(string source, string reason)
            : base($"Rule pack {source}: {reason}.")
        {
            File = source;
        }

        /// <summary>The pack file, as the error names it.</summary>
        public string File { get; }
    }
}
