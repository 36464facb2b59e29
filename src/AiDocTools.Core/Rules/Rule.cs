using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>A named pattern of a <see cref="RulePack"/>, compiled once, with the examples that are its test.</summary>
    public sealed class Rule
    {
        // A rule runs over every sentence of every article: a pathological one gives no match rather than a hang.
        internal static readonly TimeSpan Timeout = SafeRegex.MatchTimeout;

        // Null when the rule names nothing it requires: then it is tried on every text.
        private readonly CueSet? _requires;

        internal Rule(string name, string description, string pattern, Regex regex, IReadOnlyList<RuleExample> examples,
            IReadOnlyDictionary<string, string> properties, IReadOnlyList<string>? requires = null, Regex? backward = null,
            Regex? backwardTail = null)
        {
            BackwardTail = backwardTail;
            _requires = requires == null ? null : new CueSet(requires, ignoreLatinCase: true);
            Backward = backward;
            Requires = requires ?? new string[0];
            Name = name;
            Description = description;
            Pattern = pattern;
            Regex = regex;
            Examples = examples;
            Properties = properties;
        }

        public string Name { get; }

        /// <summary>Which class of real-article constructions the rule serves.</summary>
        public string Description { get; }

        /// <summary>The pattern as written in the pack, with its <c>{Part}</c> references.</summary>
        public string Pattern { get; }

        public Regex Regex { get; }

        public IReadOnlyList<RuleExample> Examples { get; }

        /// <summary>Fixed values the rule hands its engine (e.g. <c>kind: direct</c>), beside what it captures.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

        /// <summary>
        /// Words of which every match holds at least one (a 「, a verb of saying): a text holding none is not tried. A
        /// pattern that starts with a free run of name characters is tried from every position of every sentence; most
        /// sentences hold no quotation and no verb of saying, and one scan for the words rules them out at once.
        /// </summary>
        public IReadOnlyList<string> Requires { get; }

        /// <summary>
        /// For a rule marked <c>scan: backward</c>, the same pattern read right to left, which asks first whether the
        /// rule matches anywhere; null for a rule read only left to right. A pattern that opens with free runs of name
        /// characters (who may speak) and closes on a cue word is costly to try from its start, where every way of
        /// cutting the runs is tried before the cue is looked at, and cheap from its end, where the cue is missing
        /// at almost every place and the attempt stops there. The match itself is still found left to right, so
        /// what a rule captures never depends on how it was searched.
        /// </summary>
        public Regex? Backward { get; }

        /// <summary>
        /// For a backward rule whose pattern opens with parts (<c>{Opening}{Speaker}</c>), what follows them, read right to
        /// left: asked before <see cref="Backward"/>, since every match of the rule holds a match of it and it fails
        /// several times faster where the rule cannot match. Null for a rule without leading parts.
        /// </summary>
        public Regex? BackwardTail { get; }

        /// <summary>Every match in <paramref name="text"/>, left to right; none when the time limit runs out.</summary>
        public IEnumerable<Match> Matches(string text) =>
            _requires != null && !_requires.ContainsAny(text) ? Enumerable.Empty<Match>() : Search(text);

        /// <summary>
        /// <see cref="Matches"/> for a text already known to hold one of the required words: the pack looks for every
        /// rule's words in one pass (<see cref="RulePack.MatchesIn"/>) rather than once per rule.
        /// </summary>
        internal IEnumerable<Match> Search(string text)
        {
            var match = FirstMatch(text);
            while (match.Success)
            {
                yield return match;
                match = NextMatch(match);
            }
        }

        /// <summary>
        /// The first match of <see cref="Search"/> (after the backward check, for a rule that has one), or a failed match;
        /// with <see cref="NextMatch"/>, the same walk without an enumerator, for an engine that asks every sentence.
        /// </summary>
        internal Match FirstMatch(string text) =>
            Backward != null && ((BackwardTail != null && !SafeRegex.IsMatch(BackwardTail, text)) || !SafeRegex.IsMatch(Backward, text))
                ? System.Text.RegularExpressions.Match.Empty
                : SafeRegex.Match(Regex, text);

        /// <summary>The match after <paramref name="match"/>, or a failed match when there is none or the time limit runs out.</summary>
        internal static Match NextMatch(Match match)
        {
            try
            {
                return match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
        }

        /// <summary>Null when the example holds; otherwise what the rule did instead, for a test's failure message.</summary>
        public string? Check(RuleExample example)
        {
            var matches = Matches(example.Text).ToList();
            if (!example.Matches)
            {
                return matches.Count == 0 ? null : $"matched '{matches[0].Value}' in a text it must not match";
            }

            if (matches.Count == 0)
            {
                return "did not match";
            }

            if (matches.Any(m => example.Expect.All(e => Captured(m, e.Key) == e.Value)))
            {
                return null;
            }

            var first = matches[0];
            return "matched '" + first.Value + "', capturing " + string.Join(", ", example.Expect.Keys.Select(k => $"{k}='{Captured(first, k)}'"))
                + " where the example expects " + string.Join(", ", example.Expect.Select(e => $"{e.Key}='{e.Value}'"));
        }

        private static string? Captured(Match match, string group)
        {
            var g = match.Groups[group];
            return g.Success ? g.Value : null;
        }

        public override string ToString() => Name;
    }
}
