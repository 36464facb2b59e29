using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;

namespace AiDocTools.Articles
{
    /// <summary>Where on a page a byline rule is tried (the rule's <c>scope</c> property).</summary>
    internal enum BylineScope
    {
        /// <summary>Whole lines among the first and last lines of the page; a line that matches becomes metadata.</summary>
        Edges,

        /// <summary>The start of the first paragraphs (【ワシントン＝X】…); the paragraph stays content.</summary>
        Lead,

        /// <summary>The lines right under the headline, before the text starts.</summary>
        UnderTitle,

        /// <summary>The first paragraphs of the text, where a blogger introduces themself.</summary>
        Opening,

        /// <summary>Any line: translator credits sit wherever the page puts them.</summary>
        Anywhere,
    }

    /// <summary>The names a credit line gives.</summary>
    internal sealed class Credit
    {
        public Credit(string? author, string? translator)
        {
            Author = author;
            Translator = translator;
        }

        public string? Author { get; }

        public string? Translator { get; }
    }

    /// <summary>
    /// Reads bylines and translator credits with the rules of <c>Data/ja/bylines.yaml</c> and <c>Data/en/bylines.yaml</c>.
    /// Both packs are tried on every line: Japanese pages credit English writers (By X) and English pages rarely the reverse.
    /// </summary>
    internal sealed class BylineReader
    {
        public const string Capability = "bylines";

        // The rules of each scope in pack and file order, with the words they require: every line the cleaner asks about is
        // scanned once for the words of all its scope's rules, not once per rule.
        private readonly Dictionary<BylineScope, ScopeRules> _rules;
        private readonly DatelineParser _dates;

        public BylineReader(DatelineParser dates, IEnumerable<RulePack> packs)
        {
            _dates = dates;
            _rules = packs
                .SelectMany(p => p.Rules.Select(r => (Rule: r, Scope: ScopeOf(p, r), Needs: NeedOf(p, r))))
                .ToList()
                .GroupBy(r => r.Scope)
                .ToDictionary(g => g.Key, g => new ScopeRules(g.Select(r => (r.Rule, r.Needs)).ToArray()));
        }

        private sealed class ScopeRules
        {
            public ScopeRules((Rule Rule, Need Needs)[] rules)
            {
                Rules = rules;
                Words = new RequiredWords(rules.Select(r => r.Rule).ToList());
                Starts = RuleScreen.StartsOf(rules.Select(r => r.Rule));
                Anchored = RuleScreen.AnchoredOf(rules.Select(r => r.Rule));
                Screens = rules.Select(r => PatternLineScreen.Of(new[] { r.Rule.Regex })).ToArray();
            }

            /// <summary>
            /// For each rule, what a line must start with or hold for its pattern to match (<see cref="PatternLineScreen"/>),
            /// or null: a scope's lines are asked of every rule whose words they hold, and a self-introduction rule
            /// (Hi, I'm …) or a credit label then fails on the line's first character without a call into its pattern.
            /// </summary>
            public PatternLineScreen?[] Screens { get; }

            /// <summary>The first characters of the scope's required words (<see cref="RuleScreen"/>).</summary>
            public char[]? Starts { get; }

            /// <summary>The scope's rules joined, when all are anchored at the line's start (<see cref="RuleScreen"/>).</summary>
            public System.Text.RegularExpressions.Regex? Anchored { get; }

            public (Rule Rule, Need Needs)[] Rules { get; }

            public RequiredWords Words { get; }
        }

        /// <summary>What a rule asks of the line beyond its pattern (the rule's <c>needs</c> property).</summary>
        private enum Need
        {
            Nothing,

            /// <summary>The line holds a date: a dateline that ends with by and a name.</summary>
            Date,

            /// <summary>The next line holds a date: a bare name under a headline, with the date under it.</summary>
            DateBelow,
        }

        /// <summary>
        /// The names the first rule of <paramref name="scope"/> that matches <paramref name="norm"/> captures, or null;
        /// <paramref name="below"/> is the next line, for the rules that need a date under theirs.
        /// </summary>
        public Credit? Read(string norm, BylineScope scope, string? below = null)
        {
            if (!_rules.TryGetValue(scope, out var rules))
            {
                return null;
            }

            if (!RuleScreen.MayHold(norm, rules.Starts) || !RuleScreen.MayMatch(norm, rules.Anchored))
            {
                return null;
            }

            var eligible = rules.Words.Eligible(norm);
            for (var i = 0; i < rules.Rules.Length; i++)
            {
                if (!eligible[i] || (rules.Screens[i] is PatternLineScreen screen && !screen.MayMatch(norm)))
                {
                    continue;
                }

                var (rule, needs) = rules.Rules[i];
                foreach (var match in rule.Search(norm))
                {
                    var author = Name(match.Groups["author"]);
                    var translator = Name(match.Groups["translator"]);
                    if ((author == null && translator == null)
                        || (needs == Need.Date && !_dates.TryFindDate(norm, out _, out _, out _))
                        || (needs == Need.DateBelow && (below == null || !_dates.TryFindDate(below, out _, out _, out _))))
                    {
                        continue;
                    }

                    return new Credit(author, translator);
                }
            }

            return null;
        }

        private static string? Name(System.Text.RegularExpressions.Group group)
        {
            var name = group.Success ? group.Value.Trim() : string.Empty;
            return name.Length > 0 ? name : null;
        }

        // Strict like the packs themselves: a misspelt scope would otherwise leave a rule silently never tried.
        private static BylineScope ScopeOf(RulePack pack, Rule rule)
        {
            var scope = rule.Property("scope");
            if (scope == null)
            {
                return BylineScope.Edges;
            }

            foreach (BylineScope value in Enum.GetValues(typeof(BylineScope)))
            {
                if (string.Equals(value.ToString(), scope, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            throw new RulePackException($"Data/{pack.Language}/{pack.Capability}.yaml",
                $"rule '{rule.Name}' has scope '{scope}'; a byline rule's scope is one of {string.Join(", ", Enum.GetNames(typeof(BylineScope)))}");
        }

        private static Need NeedOf(RulePack pack, Rule rule)
        {
            var unknown = rule.Properties.Keys.FirstOrDefault(k => k != "scope" && k != "needs");
            if (unknown != null)
            {
                throw new RulePackException($"Data/{pack.Language}/{pack.Capability}.yaml", $"rule '{rule.Name}' has property '{unknown}'; a byline rule has only 'scope' and 'needs'");
            }

            var needs = rule.Property("needs");
            switch (needs)
            {
                case null:
                    return Need.Nothing;
                case "date":
                    return Need.Date;
                case "dateBelow":
                    return Need.DateBelow;
                default:
                    throw new RulePackException($"Data/{pack.Language}/{pack.Capability}.yaml", $"rule '{rule.Name}' needs '{needs}'; a byline rule may need only 'date' or 'dateBelow'");
            }
        }
    }
}
