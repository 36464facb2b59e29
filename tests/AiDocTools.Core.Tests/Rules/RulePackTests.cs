using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Rules
{
    /// <summary>
    /// The examples of every shipped rule pack are the test of its rules (as in Recognizers-Text's specs), and a
    /// pack that is wrong in shape fails to load with the file and the reason.
    /// </summary>
    public sealed class RulePackTests
    {
        [Fact]
        public void Every_example_of_every_shipped_rule_holds()
        {
            var failures = new List<string>();
            foreach (var (language, capability) in RulePacks.ShippedNames())
            {
                var pack = RulePacks.Shipped(language, capability);
                foreach (var rule in pack.Rules)
                {
                    foreach (var example in rule.Examples)
                    {
                        var problem = rule.Check(example);
                        if (problem != null)
                        {
                            failures.Add($"{pack}/{rule.Name}: '{example.Text}': {problem}");
                        }
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        [Fact]
        public void Shipped_packs_are_found_by_language_and_capability()
        {
            foreach (var (language, capability) in RulePacks.ShippedNames())
            {
                var pack = RulePacks.Shipped(language, capability);
                Assert.Equal(language, pack.Language);
                Assert.Equal(capability, pack.Capability);
                Assert.NotEmpty(pack.Rules);
            }
        }

        private const string Valid = @"
language: ja
capability: demo
description: A pack for the loader's tests.
groups: [speaker, quote]
parts:
  Verb:
    words: [述べ, 語っ, 明らかにし]
  Name:
    pattern: '[一-龥]{2,4}'
  Speaker:
    pattern: '(?<speaker>{Name})氏'
rules:
  - name: QuoteThenSpeaker
    description: A bracketed quotation, と, the speaker and a verb of saying.
    pattern: '「(?<quote>[^」]+)」と{Speaker}は{Verb}'
    examples:
      - text: 「公開する」と田中氏は述べた。
        expect: { speaker: 田中, quote: 公開する }
      - text: 「まだ早い」と佐藤氏は語った。
        expect: { speaker: 佐藤, quote: まだ早い }
      - text: 「方針を変える」と鈴木氏は明らかにした。
        expect: { speaker: 鈴木, quote: 方針を変える }
      - text: 「公開する」と田中氏は考えた。
        match: false
";

        [Fact]
        public void A_valid_pack_expands_its_parts_and_its_examples_hold()
        {
            var pack = RulePackLoader.Parse(Valid, "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));
            Assert.Equal(new[] { "述べ", "語っ", "明らかにし" }, pack.Words("Verb"));

            // Longest word first; words that neither begin nor end another, nor are begun or ended by one, in an atomic group.
            Assert.Equal("(?:(?>明らかにし|述べ|語っ))", pack.Parts["Verb"].Expanded);
        }

        [Fact]
        public void A_word_list_matches_as_the_list_written_longest_first_does()
        {
            // Words that begin others (述べ, 述べた; 明らか, 明らかにし), that end others (張, 主張), and words alone.
            var words = new[] { "述べ", "述べた", "語っ", "張", "主張", "明らか", "明らかにし", "指摘", "強調" };
            var list = "(?:" + string.Join("|", words.OrderByDescending(w => w.Length)) + ")";
            var pack = RulePackLoader.Parse(Valid.Replace("words: [述べ, 語っ, 明らかにし]", "words: [" + string.Join(", ", words) + "]"), "demo.yaml");
            var expanded = pack.Parts["Verb"].Expanded;
            Assert.Contains("(?>", expanded);

            // Read left to right with something after it that makes the engine go back into the list, in a lookbehind (read
            // right to left), and right to left: the same match, the same groups, wherever the two could differ.
            var shapes = new[] { "(?<v>{0})た", "(?<v>{0})(?:たと|し)", "{0}", "(?<=と{0})(?<v>[ぁ-ゖ]+)", "(?<=^{0})た", "(?<=主{0})し", "(?<v>{0})$" };
            var texts = new[] { "述べた", "述べたと", "述べたた", "語った", "主張した", "と主張し", "張した", "明らかにした", "明らかにしたと", "明らかだ",
                "と述べたと", "と明らかにした", "指摘した", "強調", "述べ", "主張", "と述べ", "述べたし", "と張った" };
            foreach (var shape in shapes)
            {
                foreach (var options in new[] { System.Text.RegularExpressions.RegexOptions.None, System.Text.RegularExpressions.RegexOptions.RightToLeft })
                {
                    var mine = new System.Text.RegularExpressions.Regex(string.Format(shape, expanded), options);
                    var theirs = new System.Text.RegularExpressions.Regex(string.Format(shape, list), options);
                    foreach (var text in texts)
                    {
                        var a = mine.Matches(text).Cast<System.Text.RegularExpressions.Match>().Select(m => (m.Index, m.Length, m.Groups["v"].Value)).ToList();
                        var b = theirs.Matches(text).Cast<System.Text.RegularExpressions.Match>().Select(m => (m.Index, m.Length, m.Groups["v"].Value)).ToList();
                        Assert.True(a.SequenceEqual(b), $"{shape} {options} on {text}: {string.Join(";", a)} against {string.Join(";", b)}");
                    }
                }
            }

            // Where a pattern of the pack turns case off inline, two words in letters could match one text: the list stays as written.
            var cased = RulePackLoader.Parse(Valid.Replace("words: [述べ, 語っ, 明らかにし]", "words: [said, told, Said]").Replace("は{Verb}'", "は(?i:{Verb})'"), "demo.yaml");
            Assert.Equal("(?:said|told|Said)", cased.Parts["Verb"].Expanded);
            var uncased = RulePackLoader.Parse(Valid.Replace("words: [述べ, 語っ, 明らかにし]", "words: [said, told, Said]"), "demo.yaml");
            Assert.Equal("(?:(?>said|told|Said))", uncased.Parts["Verb"].Expanded);
        }

        [Fact]
        public void A_unicode_category_is_a_category_and_not_a_part()
        {
            // \p{Lu} and \P{IsHiragana} keep their regex meaning; an escaped backslash before p does not make {Name} a category.
            var pack = RulePackLoader.Parse(Valid.Replace("'[一-龥]{2,4}'", @"'\p{Lu}\p{Ll}+|\P{IsHiragana}{2,4}'"), "demo.yaml");
            Assert.Contains(@"\p{Lu}\p{Ll}+|\P{IsHiragana}{2,4}", pack.Parts["Name"].Expanded);
            Assert.Null(pack.Rule("QuoteThenSpeaker").Check(pack.Rule("QuoteThenSpeaker").Examples[0]));
            var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Valid.Replace("'[一-龥]{2,4}'", @"'\\p{Lu}'"), "demo.yaml"));
            Assert.Contains("'{Lu}' refers to no part", ex.Message);
        }

        [Fact]
        public void A_failing_example_is_reported_with_what_the_rule_captured()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("expect: { speaker: 佐藤, quote: まだ早い }", "expect: { speaker: 佐藤氏, quote: まだ早い }"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            var problem = rule.Check(rule.Examples[1]);
            Assert.Contains("speaker='佐藤'", problem);
            Assert.Contains("expects speaker='佐藤氏'", problem);
        }

        private const string WithValues = @"
language: en
capability: demo
description: A pack whose words stand for values.
groups: [wd]
parts:
  Weekday:
    ignoreCase: true
    values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }
rules:
  - name: OnWeekday
    description: A weekday after on.
    pattern: '\bon (?<wd>{Weekday})\b'
    examples:
      - text: They met on Friday.
        expect: { wd: Friday }
      - text: They met on mon and left.
        expect: { wd: mon }
      - text: It ships on Monday morning.
        expect: { wd: Monday }
      - text: They met on time.
        match: false
";

        [Fact]
        public void A_values_part_matches_its_words_and_gives_each_its_value()
        {
            var pack = RulePackLoader.Parse(WithValues, "demo.yaml");
            var rule = pack.Rule("OnWeekday");
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));
            Assert.Equal("5", pack.Value("Weekday", "friday"));
            Assert.Equal("1", pack.Value("Weekday", "Mon"));
            Assert.Null(pack.Value("Weekday", "Sunday"));
            Assert.Null(pack.Value("Month", "Mon"));
        }

        [Theory]
        [InlineData("values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }", "values: {}", "values of part 'Weekday'")]
        [InlineData("values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }", "values: { Monday: '1', Friday: '' }", "empty word or value")]
        [InlineData("    values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }", "    values: { Monday: '1' }\n    words: [Monday]", "exactly one of")]
        [InlineData("values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }", "values: { Monday: '1', monday: '1', Friday: '5' }", "gives 'monday' twice")]
        [InlineData("values: { Monday: '1', Mon: '1', Friday: '5', Fri: '5' }", "values: { Monday: '1', ' ': '5' }", "empty word or value")]
        public void A_malformed_values_part_is_an_error(string from, string to, string reason)
        {
            Assert.Contains(from, WithValues);
            var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(WithValues.Replace(from, to), "demo.yaml"));
            Assert.Contains(reason, ex.Message);
        }

        [Fact]
        public void A_rule_that_reads_a_bounded_stretch_runs_without_the_time_limit_and_any_other_keeps_it()
        {
            // [^」]+ may read without bound: the limit keeps a hostile text from running the rule away.
            var unbounded = RulePackLoader.Parse(Valid, "demo.yaml").Rule("QuoteThenSpeaker");
            Assert.NotEqual(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, unbounded.Regex.MatchTimeout);

            // [^」]{1,200} reads at most so far from each place it is tried: bounded work, and no limit to arm on every call.
            var bounded = RulePackLoader.Parse(Valid.Replace("[^」]+", "[^」]{1,200}"), "demo.yaml").Rule("QuoteThenSpeaker");
            Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, bounded.Regex.MatchTimeout);
            Assert.All(bounded.Examples, e => Assert.Null(bounded.Check(e)));
        }

        [Fact]
        public void A_rule_is_not_tried_on_a_text_holding_none_of_the_words_it_requires()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['{Verb}']\n    pattern: '「(?<quote>"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));
            Assert.Contains("明らかにし", rule.Requires);

            // The same text matches once a required word is in it; without one the rule is not even tried.
            var requiringOther = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['宣言']\n    pattern: '「(?<quote>"), "demo.yaml");
            Assert.Empty(requiringOther.Rule("QuoteThenSpeaker").Matches("「公開する」と田中氏は述べた。"));
            Assert.Single(pack.Rule("QuoteThenSpeaker").Matches("「公開する」と田中氏は述べた。"));
        }

        [Fact]
        public void A_required_word_may_join_literals_and_word_lists()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['は{Verb}']\n    pattern: '「(?<quote>"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.Equal(new[] { "は明らかにし", "は語っ", "は述べ" }.OrderBy(w => w, System.StringComparer.Ordinal), rule.Requires.OrderBy(w => w, System.StringComparer.Ordinal));
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));

            // The verb alone is not enough: the text must hold は right before it.
            Assert.Empty(rule.Matches("「公開する」と田中氏も述べた。"));
            Assert.Empty(pack.RulesFor("「公開する」と田中氏も述べた。"));
            Assert.Single(pack.RulesFor("「公開する」と田中氏は述べた。"));

            // Two lists in one word stand for every pair; a reference to a part that is no word list is an error.
            var two = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['{Verb}た{Verb}']\n    pattern: '「(?<quote>"), "demo.yaml");
            Assert.Equal(9, two.Rule("QuoteThenSpeaker").Requires.Count);
            Assert.Contains("語った述べ", two.Rule("QuoteThenSpeaker").Requires);
            var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['と{Name}']\n    pattern: '「(?<quote>"), "demo.yaml"));
            Assert.Contains("requires 'と{Name}', in which '{Name}' is no word-list part", ex.Message);
        }

        [Fact]
        public void A_required_latin_word_holds_in_either_case_as_the_pattern_reads_it()
        {
            const string pack = @"
language: en
capability: demo
description: A pack for the loader's tests.
groups: [speaker]
rules:
  - name: ByName
    description: A credit in any case.
    requires: [by]
    pattern: '(?i:by)\s+(?<speaker>\p{Lu}\p{Ll}+)'
    examples:
      - text: by Dana
        expect: { speaker: Dana }
      - text: BY Dana
        expect: { speaker: Dana }
      - text: bY Dana
        expect: { speaker: Dana }
      - text: with Dana
        match: false
";
            var loaded = RulePackLoader.Parse(pack, "demo.yaml");
            var rule = loaded.Rule("ByName");
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));

            // The pack's one pass for every rule's words reads them the same way as the rule alone.
            Assert.Single(loaded.RulesFor("Written By Dana"));
            Assert.Empty(loaded.RulesFor("Written with Dana"));
        }

        [Fact]
        public void The_one_pass_for_required_words_finds_each_word_wherever_it_stands()
        {
            // The pass screens each place by its first character and the pair it starts: a word of one character, a word
            // at the very end, a word sharing its first character with others, a Latin word in either case must all
            // still be found. Every shipped pack, on its own examples and on each of its words placed at the end of text.
            foreach (var (language, capability) in RulePacks.ShippedNames())
            {
                var pack = RulePacks.Shipped(language, capability);
                var words = pack.Rules.SelectMany(r => r.Requires).Distinct().ToList();
                var texts = pack.Rules.SelectMany(r => r.Examples).Select(e => e.Text)
                    .Concat(words.Select(w => "前置き " + w))
                    .Concat(words.Select(w => w.ToUpperInvariant() + "。"))
                    .Concat(words.Where(w => w.Length > 1).Select(w => "x" + w.Substring(0, w.Length - 1)))
                    .ToList();
                foreach (var text in texts)
                {
                    var eligible = pack.Eligible(text);
                    for (var i = 0; i < pack.Rules.Count; i++)
                    {
                        var rule = pack.Rules[i];
                        var expected = rule.Requires.Count == 0 || rule.Requires.Any(w => HoldsFolded(text, w));
                        Assert.True(expected == eligible[i], $"{language}/{capability}/{rule.Name} on '{text}': expected {expected}");
                    }
                }
            }
        }

        // Whether text holds word anywhere, an ASCII letter matching either case and nothing else folded.
        private static bool HoldsFolded(string text, string word)
        {
            for (var i = 0; i + word.Length <= text.Length; i++)
            {
                var k = 0;
                while (k < word.Length && Fold(text[i + k]) == Fold(word[k]))
                {
                    k++;
                }

                if (k == word.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private static char Fold(char c) => (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;

        [Fact]
        public void A_rule_scanned_backward_captures_what_it_captures_read_forward()
        {
            // The speaker opens the sentence and the shortest reported clause wins: read forward, the first verb.
            var pack = RulePackLoader.Parse(Valid.Replace(
                "    pattern: '「(?<quote>[^」]+)」と{Speaker}は{Verb}'",
                "    pattern: '^{Speaker}は、(?<quote>[^。]{2,40}?)と{Verb}'\n    scan: backward").Replace(
                "      - text: 「公開する」と田中氏は述べた。\n        expect: { speaker: 田中, quote: 公開する }",
                "      - text: 田中氏は、値下げはしないと述べ、公開は続けると語った。\n        expect: { speaker: 田中, quote: 値下げはしない }").Replace(
                "      - text: 「まだ早い」と佐藤氏は語った。\n        expect: { speaker: 佐藤, quote: まだ早い }",
                "      - text: 佐藤氏は、まだ早いと語った。\n        expect: { speaker: 佐藤, quote: まだ早い }").Replace(
                "      - text: 「方針を変える」と鈴木氏は明らかにした。\n        expect: { speaker: 鈴木, quote: 方針を変える }",
                "      - text: 鈴木氏は、方針を変えると明らかにした。\n        expect: { speaker: 鈴木, quote: 方針を変える }"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.NotNull(rule.Backward);
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));

            // Read right to left alone, the pattern would take the last verb; the rule still gives the first. The backward
            // pattern only says whether the rule matches, so it records no groups (a capture at every step costs time).
            const string text = "田中氏は、値下げはしないと述べ、公開は続けると語った。";
            var backward = rule.Backward!.Match(text);
            Assert.StartsWith("田中氏は、値下げはしないと述べ、公開は続けると語", backward.Value);
            Assert.False(backward.Groups["quote"].Success);
            Assert.Equal("値下げはしない", rule.Matches(text).First().Groups["quote"].Value);
            Assert.Empty(rule.Matches("田中氏は、値下げはしないと考えた。"));
            Assert.Null(RulePackLoader.Parse(Valid, "demo.yaml").Rule("QuoteThenSpeaker").Backward);
        }

        [Fact]
        public void A_rule_read_right_to_left_keeps_a_time_limit_only_where_its_pattern_reads_without_bound()
        {
            // Boundedness does not depend on the direction a pattern is read in: the backward check and the check of what
            // follows the leading parts follow the rule's own regex.
            var pack = LanguagePacks.Shipped.Get("ja", "attribution");
            var bounded = pack.Rule("SpeakerThenReported");
            Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, bounded.Regex.MatchTimeout);
            Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, bounded.Backward!.MatchTimeout);
            Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, bounded.BackwardTail!.MatchTimeout);

            // 「(?<quote>[^「」]{4,})」 reads on to the closing bracket however far it is.
            var unbounded = pack.Rule("TopicQuoteWithSourceInBrackets");
            Assert.Equal(Rule.Timeout, unbounded.Regex.MatchTimeout);
            Assert.Equal(Rule.Timeout, unbounded.Backward!.MatchTimeout);
            Assert.Equal(Rule.Timeout, unbounded.BackwardTail!.MatchTimeout);
        }

        [Fact]
        public void A_backward_rule_that_opens_with_parts_first_asks_whether_what_follows_them_matches()
        {
            var pack = RulePackLoader.Parse(Valid.Replace(
                "    pattern: '「(?<quote>[^」]+)」と{Speaker}は{Verb}'",
                "    pattern: '{Speaker}は、(?<quote>[^。]{2,40}?)と{Verb}'\n    scan: backward").Replace(
                "      - text: 「公開する」と田中氏は述べた。\n        expect: { speaker: 田中, quote: 公開する }",
                "      - text: 田中氏は、値下げはしないと述べた。\n        expect: { speaker: 田中, quote: 値下げはしない }").Replace(
                "      - text: 「まだ早い」と佐藤氏は語った。\n        expect: { speaker: 佐藤, quote: まだ早い }",
                "      - text: 佐藤氏は、まだ早いと語った。\n        expect: { speaker: 佐藤, quote: まだ早い }").Replace(
                "      - text: 「方針を変える」と鈴木氏は明らかにした。\n        expect: { speaker: 鈴木, quote: 方針を変える }",
                "      - text: 鈴木氏は、方針を変えると明らかにした。\n        expect: { speaker: 鈴木, quote: 方針を変える }"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.NotNull(rule.BackwardTail);
            Assert.All(rule.Examples, e => Assert.Null(rule.Check(e)));

            // The tail is the pattern after {Speaker}: it holds where the speaker is missing, so alone it would let through
            // what the rule does not match; asked first, it only turns away sentences the rule cannot match, and captures nothing.
            var tail = rule.BackwardTail!.Match("この計画は、費用が大きすぎると述べた。");
            Assert.True(tail.Success);
            Assert.False(tail.Groups["quote"].Success);
            Assert.Empty(rule.Matches("この計画は、費用が大きすぎると述べた。"));
            Assert.DoesNotMatch(rule.BackwardTail, "田中氏は、値下げはしないと考えた。");
            Assert.Empty(rule.Matches("田中氏は、値下げはしないと考えた。"));
            Assert.Equal("値下げはしない", rule.Matches("田中氏は、値下げはしないと述べた。").Single().Groups["quote"].Value);

            // A pattern that opens with a literal, or a rule read only forward, has no tail to ask.
            Assert.Null(RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    scan: backward\n    pattern: '「(?<quote>"), "demo.yaml")
                .Rule("QuoteThenSpeaker").BackwardTail);
            Assert.Null(RulePackLoader.Parse(Valid, "demo.yaml").Rule("QuoteThenSpeaker").BackwardTail);
        }

        [Fact]
        public void A_word_list_read_backward_matches_the_same_words()
        {
            // Words that share endings (述べ, 調べ), one that ends another (張, 主張) and one that shares nothing.
            var pack = RulePackLoader.Parse(Valid.Replace("words: [述べ, 語っ, 明らかにし]", "words: [述べ, 調べ, 語っ, 張, 主張, 明らかにし]"), "demo.yaml");
            var backward = new System.Text.RegularExpressions.Regex("^" + pack.Parts["Verb"].ExpandedBackward + "$", System.Text.RegularExpressions.RegexOptions.RightToLeft);
            foreach (var word in pack.Words("Verb"))
            {
                Assert.Matches(backward, word);
            }

            foreach (var other in new[] { "べ", "述", "主", "らかにし", "語っべ", "主張張" })
            {
                Assert.DoesNotMatch(backward, other);
            }
        }

        [Fact]
        public void A_pack_gives_each_rule_the_matches_it_gives_alone_and_skips_rules_whose_words_are_missing()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['{Verb}']\n    scan: backward\n    pattern: '「(?<quote>"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            foreach (var text in new[] { "「公開する」と田中氏は述べた。「まだ早い」と佐藤氏は語った。", "「公開する」と田中氏は考えた。", "田中氏は述べた。" })
            {
                var alone = rule.Matches(text).Select(m => m.Value).ToList();
                var inPack = pack.MatchesIn(text).Where(r => r.Rule == rule).SelectMany(r => r.Matches).Select(m => m.Value).ToList();
                Assert.Equal(alone, inPack);
            }

            Assert.Equal(2, pack.MatchesIn("「公開する」と田中氏は述べた。「まだ早い」と佐藤氏は語った。").Single().Matches.Count());
            Assert.Empty(pack.MatchesIn("「公開する」と田中氏は考えた。"));
        }

        [Theory]
        [InlineData("    pattern: '「(?<quote>", "    requires: ['{Name}']\n    pattern: '「(?<quote>", "requires '{Name}', which is no word-list part")]
        [InlineData("    pattern: '「(?<quote>", "    requires: []\n    pattern: '「(?<quote>", "requires of rule 'QuoteThenSpeaker'")]
        [InlineData("    pattern: '「(?<quote>", "    scan: sideways\n    pattern: '「(?<quote>", "scan 'sideways', which is neither 'forward' nor 'backward'")]
        [InlineData("  - name: QuoteThenSpeaker", "  - nmae: QuoteThenSpeaker", "nmae")]
        [InlineData("    words: [述べ, 語っ, 明らかにし]", "    words: []", "words of part 'Verb'")]
        [InlineData("    words: [述べ, 語っ, 明らかにし]", "    word: [述べ]", "word")]
        [InlineData("'[一-龥]{2,4}'", "'{Surname}'", "'{Surname}' refers to no part")]
        [InlineData("'[一-龥]{2,4}'", "'{Speaker}'", "circle")]
        [InlineData("groups: [speaker, quote]", "groups: [speaker]", "captures 'quote'")]
        [InlineData("      - text: 「公開する」と田中氏は考えた。\n        match: false\n", "", "at least 3 examples it matches and 1 it must not")]
        [InlineData("expect: { speaker: 鈴木, quote: 方針を変える }", "expect: { speeker: 鈴木 }", "'speeker'")]
        [InlineData("'「(?<quote>[^」]+)」と{Speaker}は{Verb}'", "'「(?<quote>[^」]+」と'", "does not compile")]
        [InlineData("description: A pack for the loader's tests.", "", "description")]
        [InlineData("  Verb:\n    words", "  verb:\n    words", "part name 'verb' must start with a capital letter")]
        [InlineData("    words: [述べ, 語っ, 明らかにし]", "    words: [述べ, 語っ, 明らかにし]\n    pattern: '述べ'", "exactly one of")]
        [InlineData("    words: [述べ, 語っ, 明らかにし]", "    description: no words", "exactly one of")]
        [InlineData("'[一-龥]{2,4}'", "' '", "part 'Name' has an empty pattern")]
        [InlineData("[述べ, 語っ, 明らかにし]", "[述べ, ' ', 明らかにし]", "part 'Verb' has an empty word")]
        [InlineData("    pattern: '「(?<quote>", "    properties: { kind: ' ' }\n    pattern: '「(?<quote>", "rule 'QuoteThenSpeaker' has an empty property")]
        [InlineData("    pattern: '「(?<quote>", "    requires: [' ']\n    pattern: '「(?<quote>", "requires an empty word")]
        [InlineData("        match: false\n", "        match: false\n        expect: { speaker: 田中 }\n", "must not match and yet expects groups")]
        [InlineData("        expect: { speaker: 鈴木, quote: 方針を変える }\n", "", "matches but says nothing it must capture")]
        [InlineData("      - text: 「まだ早い」と佐藤氏は語った。\n        expect: { speaker: 佐藤, quote: まだ早い }\n", "", "has 2 and 1")]
        [InlineData("language: ja\n", "", "language is missing")]
        [InlineData("capability: demo\n", "", "capability is missing")]
        [InlineData("groups: [speaker, quote]\n", "", "groups are missing")]
        [InlineData("  - name: QuoteThenSpeaker\n", "  - name: ' '\n", "name of a rule is missing")]
        [InlineData("    pattern: '「(?<quote>[^」]+)」と{Speaker}は{Verb}'", "    pattern: '「(?<quote>[^」]+)」と{Speaker}は{Verbs}'", "refers to '{Verbs}', which is no part")]
        [InlineData("    examples:\n", "    examples: []\n    old:\n", "old")]
        [InlineData("language: ja", "language: [ja", "line")]
        public void A_malformed_pack_is_an_error_naming_the_file_and_the_problem(string from, string to, string reason)
        {
            Assert.Contains(from, Valid);
            var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Valid.Replace(from, to), "demo.yaml"));
            Assert.Contains("demo.yaml", ex.Message);
            Assert.Contains(reason, ex.Message);
        }

        [Fact]
        public void An_empty_file_or_two_rules_of_one_name_are_errors()
        {
            Assert.Contains("the file is empty", Assert.Throws<RulePackException>(() => RulePackLoader.Parse("", "demo.yaml")).Message);
            var start = Valid.IndexOf("  - name: QuoteThenSpeaker", System.StringComparison.Ordinal);
            var twice = Valid + Valid.Substring(start);
            var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(twice, "demo.yaml"));
            Assert.Contains("two rules are named 'QuoteThenSpeaker'", ex.Message);
            Assert.Equal("demo.yaml", ex.File);
        }

        [Fact]
        public void A_pack_names_its_parts_rules_and_properties_and_refuses_names_it_lacks()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    properties: { kind: direct }\n    pattern: '「(?<quote>"), "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            Assert.Equal("ja/demo", pack.ToString());
            Assert.Equal("QuoteThenSpeaker", rule.ToString());
            Assert.Equal("direct", rule.Property("kind"));
            Assert.Null(rule.Property("speaker"));
            Assert.Empty(rule.Requires);
            Assert.Equal(new[] { "speaker", "quote" }, pack.Groups);
            Assert.Equal("A pack for the loader's tests.", pack.Description);
            Assert.StartsWith("「(?<quote>", rule.Pattern);
            Assert.Equal("[一-龥]{2,4}", pack.Parts["Name"].Pattern);
            Assert.Null(pack.Parts["Name"].Words);
            Assert.Equal("(?:(?<speaker>(?:[一-龥]{2,4}))氏)", pack.Parts["Speaker"].Expanded);
            Assert.Throws<KeyNotFoundException>(() => pack.Words("Name"));
            Assert.Throws<KeyNotFoundException>(() => pack.Words("Nothing"));
            Assert.Contains("no rule named 'Nothing'", Assert.Throws<KeyNotFoundException>(() => pack.Rule("Nothing")).Message);
        }

        [Fact]
        public void A_rule_finds_every_match_left_to_right_and_reports_an_example_it_fails()
        {
            var pack = RulePackLoader.Parse(Valid, "demo.yaml");
            var rule = pack.Rule("QuoteThenSpeaker");
            var matches = rule.Matches("「一つ目」と田中氏は述べた。「二つ目」と佐藤氏は語った。").ToList();
            Assert.Equal(new[] { "一つ目", "二つ目" }, matches.Select(m => m.Groups["quote"].Value));

            var mustNot = RulePackLoader.Parse(Valid.Replace("「公開する」と田中氏は考えた。", "「公開する」と田中氏は述べた。"), "demo.yaml").Rule("QuoteThenSpeaker");
            Assert.Equal("matched '「公開する」と田中氏は述べ' in a text it must not match", mustNot.Check(mustNot.Examples[3]));
            var must = RulePackLoader.Parse(Valid.Replace("「まだ早い」と佐藤氏は語った。", "まだ早いと佐藤氏は語った。"), "demo.yaml").Rule("QuoteThenSpeaker");
            Assert.Equal("did not match", must.Check(must.Examples[1]));
            Assert.Null(must.Check(must.Examples[0]));
        }

        [Fact]
        public void Required_words_are_each_listed_once_longest_first_and_a_literal_counts_as_written()
        {
            var pack = RulePackLoader.Parse(Valid.Replace("    pattern: '「(?<quote>", "    requires: ['{Verb}', 述べ, 「]\n    pattern: '「(?<quote>"), "demo.yaml");
            Assert.Equal(new[] { "明らかにし", "述べ", "語っ", "「" }, pack.Rule("QuoteThenSpeaker").Requires);
        }

        [Fact]
        public void IgnoreCase_makes_a_word_list_or_a_pattern_match_in_any_case()
        {
            var pack = RulePackLoader.Parse(WithValues.Replace("    ignoreCase: true\n", ""), "demo.yaml");
            Assert.Null(pack.Value("Weekday", "friday"));
            Assert.StartsWith("(?:", pack.Parts["Weekday"].Expanded);
            Assert.NotNull(pack.Rule("OnWeekday").Check(pack.Rule("OnWeekday").Examples[1]));

            var pattern = RulePackLoader.Parse(Valid.Replace("    pattern: '[一-龥]{2,4}'", "    ignoreCase: true\n    pattern: '[一-龥]{2,4}'"), "demo.yaml");
            Assert.Equal("(?i:(?:[一-龥]{2,4}))", pattern.Parts["Name"].Expanded);
        }
    }
}
