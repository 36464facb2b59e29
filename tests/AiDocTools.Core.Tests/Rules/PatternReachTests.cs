using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Rules
{
    /// <summary>
    /// A rule is tried only within reach of its required words, so the reach must never fall short of what a match
    /// reads: bounded parts add up, quantifiers multiply, lookbehinds count behind, and anything unbounded has no reach.
    /// </summary>
    public sealed class PatternReachTests
    {
        [Theory]
        [InlineData("abc", 3, 0)]
        [InlineData(@"(?<=[省庁]の?)(?<name>[一-龥]{3,8}?[課室])(?![一-龥])", 12, 2)]
        [InlineData(@"(?:株式会社|合同会社)[ ]?x{2}", 7, 0)]
        [InlineData(@"\p{Lu}\.(?i:ab|cde)?", 5, 0)]
        [InlineData(@"[^「」\n]{2,40}?」", 41, 0)]
        [InlineData(@"a{3}\{b", 5, 0)]
        [InlineData(@"(?<!x(?<=yz))q", 4, 5)]
        public void Adds_up_what_a_match_can_read(string pattern, int ahead, int behind)
        {
            Assert.Equal((ahead, behind), PatternReach.Of(new Regex(pattern)));
        }

        [Theory]
        [InlineData("a+")]
        [InlineData("ab*")]
        [InlineData("a{2,}")]
        [InlineData(@"(?<x>a)\k<x>")]
        [InlineData(@"(a)\1")]
        [InlineData(@"(?(a)b|c)")]
        public void Has_no_reach_when_a_match_can_read_without_bound(string pattern)
        {
            Assert.Null(PatternReach.Of(new Regex(pattern)));
        }

        [Theory]
        [InlineData(@"(?<![ァ-ヺー・])(?<name>[ァ-ヺ][ァ-ヺー]*(?:・[ァ-ヺ][ァ-ヺー]*)*社)(?![長会])", 4, 1, "アー・", "社長a")]
        [InlineData(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Inc|Corp)\b", 6, 0, "az AZ", "0.-")]
        [InlineData(@"[\u30A1-\u30FA]+(?=[a-z]{2,}1)", 1, 0, "ァヺaz", "1A")]
        [InlineData(@"[A-Z][a-z]*-\d{1,3}", 5, 0, "az", "AZ-09")]
        public void Counts_only_what_is_not_free_when_a_match_reads_without_bound_through_named_characters(string pattern, int ahead, int behind, string free, string notFree)
        {
            var through = PatternReach.Through(new Regex(pattern));

            Assert.NotNull(through);
            Assert.Equal((ahead, behind), (through!.Value.Ahead, through.Value.Behind));
            Assert.All(free, c => Assert.True(through.Value.Free.Contains(c), $"'{c}' is read without bound"));
            Assert.All(notFree, c => Assert.False(through.Value.Free.Contains(c), $"'{c}' is not read without bound"));
        }

        [Theory]
        [InlineData("abc")]
        [InlineData(".+社")]
        [InlineData("[^a]+b")]
        [InlineData(@"\w+b")]
        [InlineData(@"\p{Lu}+b")]
        [InlineData("(?<=[a-z]+)b")]
        [InlineData("(?![a-z]+c)b")]
        [InlineData("(?:a(?=b))*c")]
        [InlineData("(?:a(?!b))+c")]
        [InlineData("(?i)[a-z]+b")]
        [InlineData("(?i:[a-z]+)b")]
        [InlineData(@"([a-z]+)\1")]
        public void Has_no_free_reading_when_bounded_or_when_what_it_reads_without_bound_is_not_named(string pattern)
        {
            Assert.Null(PatternReach.Through(new Regex(pattern)));
        }

        [Theory]
        [InlineData(@"(?<![一-龥])(?<name>[一-龥]{1,8}(?:大学|協会))(?![ァ-ヺ])", "一龥大協ァヺ", "はA。")]
        [InlineData(@"(?<=[はが])[ァ-ヺー]+(?=[一-龥]*地裁)", "はがァヺー一龥地裁", "をa0")]
        [InlineData(@"\b[A-Z][a-z]{1,8} (?:Corp|Inc)\b", "AZaz Cp", "0.-")]
        [InlineData(@"x\u30A1(?:\.|\t)", "xァ.\t", "yw")]
        public void Knows_every_character_a_pattern_may_read(string pattern, string reads, string notRead)
        {
            var known = PatternReach.Reads(new Regex(pattern));

            Assert.NotNull(known);
            Assert.All(reads, c => Assert.True(known!.Contains(c), $"'{c}' may be read"));
            Assert.All(notRead, c => Assert.False(known!.Contains(c), $"'{c}' is never read"));
        }

        [Theory]
        [InlineData("a.b")]
        [InlineData("[^a]{1,3}b")]
        [InlineData(@"\w{1,3}b")]
        [InlineData(@"\p{Lu}b")]
        [InlineData(@"(?<!\s)b")]
        [InlineData("(?i)ab")]
        [InlineData(@"(a)\1")]
        [InlineData(".+b")]
        public void Does_not_know_what_a_pattern_reads_through_a_class_it_does_not_name(string pattern)
        {
            Assert.Null(PatternReach.Reads(new Regex(pattern)));
        }

        [Fact]
        public void Every_example_match_of_a_rule_with_required_words_holds_one_within_reach()
        {
            foreach (var (language, capability) in RulePacks.ShippedNames())
            {
                foreach (var rule in RulePacks.Shipped(language, capability).Rules.Where(r => r.Requires.Count > 0))
                {
                    var reach = PatternReach.Of(rule.Regex);
                    if (reach == null)
                    {
                        continue;
                    }

                    foreach (var example in rule.Examples.Where(e => e.Matches))
                    {
                        foreach (Match match in rule.Regex.Matches(example.Text))
                        {
                            Assert.True(match.Length <= reach.Value.Ahead, $"{language}/{capability}/{rule.Name}: '{match.Value}' is longer than the reach {reach.Value.Ahead}");
                            var from = System.Math.Max(0, match.Index - reach.Value.Behind);
                            var to = System.Math.Min(example.Text.Length, match.Index + reach.Value.Ahead);
                            var around = example.Text.Substring(from, to - from);
                            // A Latin letter of a required word matches either case, as the rule engine reads it (RULES.md).
                            Assert.True(rule.Requires.Any(w => around.IndexOf(w, System.StringComparison.OrdinalIgnoreCase) >= 0), $"{language}/{capability}/{rule.Name}: '{match.Value}' holds none of its required words");
                        }
                    }
                }
            }
        }
    }
}
