using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Rules
{
    /// <summary>
    /// A rule searched only within reach of its anchors (RuleAnchors, WindowSearch) finds exactly what its regex finds over
    /// the whole text, however the anchors fall: at the text's edges, next to each other, so many that the windows give
    /// way to the whole scan, and for patterns that read beside their match (a lookbehind, \b, ^ and $).
    /// </summary>
    public sealed class RuleWindowsTests
    {
        // Each pattern with the words one of which every match of it holds. Made up for the test.
        public static IEnumerable<object[]> Rules() => new[]
        {
            new object[] { @"[一-龥]{1,4}地裁", new[] { "地裁" } },
            new object[] { @"(?<=[はが])[一-龥]{2,3}大学", new[] { "大学" } },

            // A lookbehind that reads the last character of the match before: the search after it must see it.
            new object[] { @"(?<=[学は])[一-龥]{2,3}大学", new[] { "大学" } },
            new object[] { @"\b[A-Z][a-z]{1,8} (?:Corp|Inc)\b", new[] { "Corp", "Inc" } },
            new object[] { @"^[A-Z][a-z]{1,5} said", new[] { "said" } },
            new object[] { @"[0-9]{1,4}年(?:[0-9]{1,2}月)?$", new[] { "年" } },
            new object[] { @"(?<![ァ-ヴ])[ァ-ヴー]{2,10}社", new[] { "社" } },

            // Anchors are read Latin case aside, so the screens before the cue list must let every case of them by.
            new object[] { @"(?i:said) [A-Z][a-z]{1,8}", new[] { "said" } },
        };

        // Patterns that read without bound, but only through characters they name (PatternReach.Through), with their anchors.
        public static IEnumerable<object[]> FreeRules() => new[]
        {
            new object[] { @"(?<![ァ-ヴー・])[ァ-ヴ][ァ-ヴー]*(?:・[ァ-ヴ][ァ-ヴー]*)*社(?![長会])", new[] { "社" } },
            new object[] { @"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Corp|Inc)\b", new[] { "Corp", "Inc" } },
            new object[] { @"[一-龥]{1,2}(?:東都|北)*大学", new[] { "大学" } },
            new object[] { @"(?<=[はが])[ァ-ヴー]+(?=[一-龥]*地裁)", new[] { "地裁" } },

            // The anchor first and the free run after it: the stretch searched reads on through the run.
            new object[] { @"大学[ァ-ヴー]+(?=は)", new[] { "大学" } },
        };

        [Theory]
        [MemberData(nameof(Rules))]
        public void WindowsFindWhatTheWholeScanFinds(string pattern, string[] anchors)
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant);
            var reach = PatternReach.Of(regex);
            Assert.NotNull(reach);
            FindWhatTheWholeScanFinds(regex, anchors, reach, null);
        }

        [Theory]
        [MemberData(nameof(FreeRules))]
        public void WindowsBackThroughFreeCharactersFindWhatTheWholeScanFinds(string pattern, string[] anchors)
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant);
            Assert.Null(PatternReach.Of(regex));
            var through = PatternReach.Through(regex);
            Assert.NotNull(through);
            FindWhatTheWholeScanFinds(regex, anchors, (through!.Value.Ahead, through.Value.Behind), through.Value.Free);
        }

        // Both with the windows reaching back the pattern's whole reach and with them cut to the run of the characters it
        // reads that ends with each anchor (PatternReach.Reads), where the pattern says which those are.
        private static void FindWhatTheWholeScanFinds(Regex regex, string[] anchors, (int Ahead, int Behind)? reach, AiDocTools.Text.CharBits? free)
        {
            FindWhatTheWholeScanFinds(regex, anchors, reach, free, null);
            var reads = PatternReach.Reads(regex);
            if (reads != null)
            {
                FindWhatTheWholeScanFinds(regex, anchors, reach, free, reads);
            }
        }

        private static void FindWhatTheWholeScanFinds(Regex regex, string[] anchors, (int Ahead, int Behind)? reach, AiDocTools.Text.CharBits? free, AiDocTools.Text.CharBits? reads)
        {
            var anchored = new Regex(@"\G(?:" + regex + ")", RegexOptions.CultureInvariant);
            var rules = new RuleAnchors(new[] { (IReadOnlyList<string>)anchors }, new[] { reach }, new[] { free }, new[] { reads });

            // Matches as long as the pattern allows, so they start where a window starts, and anchors side by side.
            string[] snippets = { "は東都北大学", "は東都大学北東大学", "が東都大学、は北大学", "東京北地裁", "Jane Corp", "xJane Inc", "Abcde said", "2023年", "2023年6月", "ソニアー社", "ソソニア社", "地裁大学社年", "Said Roe", "sAID Jane", "ソニアーソニア・ソニア社", "はソニアソニアー東京地裁", "Jane Roe Abcde Corp", "東都大学ソニアーソニアソニアーは" };

            // Filler that holds no anchor but the characters around one, so that a window's edge falls inside runs a
            // pattern reads; long enough that the windows are searched rather than given up for the whole scan.
            string[] filler = { "東都", "北", "は", "が", "Jane", "Roe", " ", "、", "。", "2023", "6月", "ソニア", "ー", "\n", "x" };
            var random = new Random(7);
            for (var round = 0; round < 300; round++)
            {
                var text = new StringBuilder();
                var parts = 1 + (round % 3);
                for (var part = 0; part < parts; part++)
                {
                    var gap = part == 0 && round % 4 == 0 ? 0 : random.Next(200, 900);
                    for (var end = text.Length + gap; text.Length < end;)
                    {
                        text.Append(filler[random.Next(filler.Length)]);
                    }

                    text.Append(snippets[random.Next(snippets.Length)]);
                }

                if (round % 5 != 0)
                {
                    var tail = random.Next(0, 600);
                    for (var end = text.Length + tail; text.Length < end;)
                    {
                        text.Append(filler[random.Next(filler.Length)]);
                    }
                }

                var s = text.ToString();
                var expected = regex.Matches(s).Cast<Match>().Select(m => (m.Index, m.Value)).ToList();
                var windows = rules.Windows(s)[0];
                var found = new List<(int, string)>();
                if (windows != null)
                {
                    var search = new WindowSearch(regex, anchored, reach, s, windows, free);
                    for (var m = search.From(0); m.Success; m = search.After(m))
                    {
                        found.Add((m.Index, m.Value));
                    }
                }

                Assert.True(expected.SequenceEqual(found), $"'{s}': the whole scan finds [{string.Join(", ", expected)}], the windows [{string.Join(", ", found)}]");
            }
        }

        [Fact]
        public void OnePositionWindowsAreTriedThereAlone()
        {
            // A pattern of unbounded reach searched at given starts only (the entity lexicon's family-name starts).
            var regex = new Regex(@"[一-龥]+氏", RegexOptions.CultureInvariant);
            var anchored = new Regex(@"\G(?:" + regex + ")", RegexOptions.CultureInvariant);
            const string text = "取材に応じた森川氏と北条氏。";
            var starts = new List<(int Start, int End)> { (6, 6), (10, 10) };
            var search = new WindowSearch(regex, anchored, null, text, starts);

            var first = search.From(0);
            var second = search.After(first);

            Assert.Equal("森川氏", first.Value);
            Assert.Equal("北条氏", second.Value);
            Assert.False(search.After(second).Success);
        }

        [Fact]
        public void WindowsStartNoEarlierThanTheRunOfWhatThePatternReadsBeforeTheAnchor()
        {
            var regex = new Regex(@"(?<![一-龥])[一-龥]{1,8}大学(?![一-龥])", RegexOptions.CultureInvariant);
            var reads = PatternReach.Reads(regex);
            var rules = new RuleAnchors(new[] { (IReadOnlyList<string>)new[] { "大学" } }, new[] { PatternReach.Of(regex) }, reads: new[] { reads });

            // The kanji run before 大学 starts at 東 (index 401): the hiragana before it is nothing the pattern reads. (A
            // text long enough that one window costs less than the whole scan.)
            var windows = rules.Windows(new string('の', 400) + "は東都大学だ" + new string('の', 400));
            Assert.Equal(new[] { (401, 404) }, windows[0]!);

            // An anchor the pattern cannot read whole (a Latin letter of the case-blind anchor list) gets no window.
            var latin = new Regex(@"[a-z]{1,4}corp", RegexOptions.CultureInvariant);
            var cased = new RuleAnchors(new[] { (IReadOnlyList<string>)new[] { "corp" } }, new[] { PatternReach.Of(latin) }, reads: new[] { PatternReach.Reads(latin) });
            Assert.Null(cased.Windows("ACME CORP")[0]);
            Assert.NotNull(cased.Windows("acme corp")[0]);
        }

        [Fact]
        public void ARuleWhoseAnchorsAreMissingHasNoWindows()
        {
            var regex = new Regex(@"[一-龥]{1,4}地裁", RegexOptions.CultureInvariant);
            var rules = new RuleAnchors(new[] { (IReadOnlyList<string>)new[] { "地裁" } }, new[] { PatternReach.Of(regex) });

            Assert.Null(rules.Windows("東京高裁は控訴を退けた。")[0]);
            Assert.NotNull(rules.Windows("東京地裁は請求を退けた。")[0]);
        }
    }
}
