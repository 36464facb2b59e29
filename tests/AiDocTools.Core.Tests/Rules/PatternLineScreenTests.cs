using System;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Articles;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Rules
{
    /// <summary>
    /// The first-character screen the cleaner asks before its whole-line patterns: it may pass a line no pattern matches,
    /// but never turn away one that a pattern does match; and where it cannot tell, it passes every line.
    /// </summary>
    public class PatternLineScreenTests
    {
        private const RegexOptions Plain = RegexOptions.CultureInvariant;
        private const RegexOptions Folded = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        [Theory]
        [InlineData(@"^\d+\s*分で読了$", "12分で読了", "約12分")]
        [InlineData(@"^(約)?\d+\s*分$", "約5分", "より長い5分")]
        [InlineData(@"^(#[^\s#]+\s*){2,}$", "#生成AI #著作権", "生成AI #著作権")]
        [InlineData(@"^[【\[]?(?<label>関連記事|次の記事)[】\]]?\s*(?<link>[^。]{4,80})$", "【関連記事】新しいモデルの話", "新しいモデルの話")]
        [InlineData(@"^(?=[\d\s<>-[\n]]*?(?<label>次へ))(?:[<]\s*)?(?:(?:\d{1,3}|次へ)\s*[>]?\s*){1,12}$", "< 1 2 3 次へ", "ページの次へ")]
        [InlineData(@"^(?:\(\s*)?(?:写真|画像){1,2}\s*[:=]\s*(?<link>[^。()]{1,40})\)?$", "(写真: 編集部)", "撮影: 編集部")]
        [InlineData(@"^\x41\u3042?bc$", "Abc", "bc")]
        public void A_line_a_pattern_matches_passes_and_one_it_cannot_start_is_turned_away(string pattern, string matching, string other)
        {
            var screen = PatternLineScreen.Of(new[] { pattern }, Plain);
            Assert.NotNull(screen);
            Assert.Matches(new Regex(pattern, Plain), matching);
            Assert.True(screen!.MayMatch(matching));
            Assert.False(screen.MayMatch(other));
        }

        [Theory]
        [InlineData("More on this story: a new model", "more on this story: a new model", "MORE ON THIS STORY: A NEW MODEL")]
        [InlineData("Kelvin: a line", "kelvin: a line", "\u212Aelvin: a line")]
        public void Both_cases_pass_under_IgnoreCase_and_an_inline_i(string a, string b, string c)
        {
            foreach (var (pattern, options) in new[] { (@"^(?:more on this story|kelvin):\s*.{1,80}$", Folded), (@"^(?i:more on this story|kelvin):\s*.{1,80}$", Plain) })
            {
                var regex = new Regex(pattern, options);
                var screen = PatternLineScreen.Of(new[] { regex });
                Assert.NotNull(screen);
                foreach (var line in new[] { a, b, c }.Where(l => regex.IsMatch(l)))
                {
                    Assert.True(screen!.MayMatch(line), $"{pattern}: {line}");
                }

                Assert.False(screen!.MayMatch("Zebra: a line"));
            }
        }

        [Theory]
        [InlineData(@"(?:^\d+分)$")]                 // anchored in a group, not at its start: not read as anchored
        [InlineData(@"\d+$")]                          // not anchored, and no literal
        [InlineData(@"^\d+分|^約")]                    // an alternative beside the anchor
        [InlineData(@"^[]|]x|\d+")]                       // one beside the anchor after a class that starts with ]
        [InlineData(@"^*\d+")]                          // a quantified anchor
        [InlineData(@"^.{0,40}$")]                      // starts with any character, and no literal
        [InlineData(@"^\w+$")]                          // \w is not followed
        [InlineData(@"^[^。]{4,80}$")]                  // a negated class
        [InlineData(@"^(?:\d+)?$")]                     // may match an empty line
        [InlineData(@"^(?=.*分)")]                       // consumes nothing
        [InlineData(@"^(?i)more$")]                     // options to the end of the group
        [InlineData(@"^(a?)\1$")]                      // a backreference where the first character may be
        [InlineData(@"^.{0,5}\p{L}:$")]                 // what follows \p is no literal
        [InlineData(@"^.{0,5}\u3042$")]                 // nor the digits of \u
        [InlineData(@"^\p{IsHiragana}+$")]
        [InlineData(@"^[a-z-[aeiou]]+$")]
        public void A_pattern_whose_start_is_not_known_has_no_screen(string pattern)
        {
            Assert.Null(PatternLineScreen.Of(new[] { pattern }, Plain));
            Assert.Null(PatternLineScreen.Of(new[] { @"^\d+分$", pattern }, Plain));
        }

        [Fact]
        public void Multiline_and_right_to_left_patterns_are_screened_only_by_the_text_they_hold()
        {
            foreach (var options in new[] { Plain | RegexOptions.Multiline, Plain | RegexOptions.RightToLeft })
            {
                Assert.Null(PatternLineScreen.Of(new[] { @"^\d+$" }, options));
                var screen = PatternLineScreen.Of(new[] { @"^\d+分$" }, options);
                Assert.NotNull(screen);
                Assert.True(screen!.MayMatch("あ\n12分"));
                Assert.False(screen.MayMatch("12秒"));
            }
        }

        [Theory]
        [InlineData(@"^.{0,40}(?=c)\bcopyright\s*(©|\d{4}).{0,80}$", "(C) COPYRIGHT 2024 Example Media", "All rights reserved.")]
        [InlineData(@"^(?<site>.{2,40}?)をもっと見る$", "テックニュースをもっと見る", "テックニュース一覧")]
        [InlineData(@"^(?<site>.{2,40}?)の(最新|人気)記事(一覧)?$", "テックニュースの人気記事", "テックニュースの人気の話")]
        [InlineData(@"^.{0,9}ab+c", "xxabbbc", "xxacb")]
        [InlineData(@"^.{0,9}ab{1}c{1,1}d", "xxabcd", "xxabd")]
        public void A_pattern_that_starts_with_any_character_is_screened_by_the_text_it_holds(string pattern, string matching, string other)
        {
            var screen = PatternLineScreen.Of(new[] { pattern }, Folded);
            Assert.NotNull(screen);
            Assert.Matches(new Regex(pattern, Folded), matching);
            Assert.True(screen!.MayMatch(matching));
            Assert.False(screen.MayMatch(other));
        }

        [Fact]
        public void A_literal_with_a_case_OrdinalIgnoreCase_does_not_take_is_no_screen()
        {
            // Under IgnoreCase k also matches the Kelvin sign, which OrdinalIgnoreCase does not take for k.
            Assert.Matches(new Regex(@"^.{0,5}kelvin$", Folded), "\u212Aelvin");
            Assert.Null(PatternLineScreen.Of(new[] { @"^.{0,5}kelvin$" }, Folded));
            Assert.NotNull(PatternLineScreen.Of(new[] { @"^.{0,5}kelvin$" }, Plain));
        }

        [Fact]
        public void No_line_a_pattern_matches_is_turned_away_in_random_text()
        {
            var patterns = new[]
            {
                @"^\d+\s*分で読(了|める)$", @"^(約)?\d+\s*分(で読めます)?$", @"^[\d,.]+\s*[kKmM万]?\s*(views?|閲覧)$",
                @"^\[[A-Z][A-Z .&-]{1,20}\]$", @"^(#[^\s#]+\s*){2,}$", @"^(?:(?<a>ab)|c?d*)(?:e|(?#note)f)x",
                @"^(?>[(]?\s*)(?:写真|g)\)?", @"^\b\u3042*(?<n>[\u3044-\u3046])", @"^(?:a{0,2}|b{0})(?!x)[xy]",
                @"^.{0,3}ab+c", @".?(?:de|f)g\.x*y", @"^.(?<n>a)?bc{0,2}d", @"(?i:a)bc?(?#c)d", @"^.{0,3}あい+う",
            };
            const string alphabet = "0123456789 約分で読了めます,.kKmM万viewsVIEWS閲覧[]AB.&-#写真()abcdefgxyあいうえ";
            var random = new Random(11);
            foreach (var options in new[] { Plain, Folded })
            {
                var regexes = patterns.Select(p => new Regex(p, options)).ToList();
                var screens = regexes.Select(r => PatternLineScreen.Of(new[] { r })).ToList();
                Assert.All(screens, Assert.NotNull);
                var turnedAway = 0;
                for (var n = 0; n < 20000; n++)
                {
                    var line = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                    for (var k = 0; k < regexes.Count; k++)
                    {
                        if (regexes[k].IsMatch(line))
                        {
                            Assert.True(screens[k]!.MayMatch(line), $"{patterns[k]} ({options}): '{line}'");
                        }
                        else if (!screens[k]!.MayMatch(line))
                        {
                            turnedAway++;
                        }
                    }
                }

                Assert.True(turnedAway > 0);
            }
        }

        [Fact]
        public void The_shipped_line_patterns_and_boilerplate_packs_have_screens()
        {
            // The cleaner's whole-line patterns of any length and both packs' rules are read: a pattern a linguist adds that the
            // reader cannot follow drops the screen (every line then goes to the regex) rather than a match.
            var cues = new ArticleCleaner(LanguagePacks.Shipped).Boilerplate;
            Assert.All(cues.LinePackLineScreens, Assert.NotNull);
            Assert.False(cues.LinePackLineScreens[0]!.MayMatch("生成AIをめぐる議論は続いている。"));
            Assert.True(cues.LinePackLineScreens[0]!.MayMatch("関連記事: 新しいモデル"));
        }
    }
}
