using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Rules;
using AiDocTools.Search;
using AiDocTools.Time;
using Xunit;

namespace AiDocTools.Core.Tests.Robustness
{
    /// <summary>
    /// Text built to make the analysis hang: every regex that sees user text is bounded, and the whole analysis of
    /// a pathological article finishes. The limits are hang guards, not speed targets (the benchmark measures speed).
    /// </summary>
    public sealed class HostileTextTests
    {
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

        public static TheoryData<string, string> Pathological() => new TheoryData<string, string>
        {
            { "one 200k-character sentence", new string('あ', 200_000) },
            { "Latin run with no spaces", string.Concat(Enumerable.Repeat("aaaaaaaaaa", 20_000)) + "!" },
            { "unclosed brackets", string.Concat(Enumerable.Repeat("「（『“", 20_000)) },
            { "abbreviations", string.Concat(Enumerable.Repeat("Mr. U.S. Inc. ", 10_000)) },
            { "dates everywhere", string.Concat(Enumerable.Repeat("2023年10月の翌年、昨年の同じ頃、", 5_000)) },
            { "attributions everywhere", string.Concat(Enumerable.Repeat("ザッカーバーグ氏は「", 5_000)) + "と述べた。" },
            { "speaker-like words", string.Concat(Enumerable.Repeat("Mark Zuckerberg Sam Altman said that ", 5_000)) },
            { "katakana with separators", string.Concat(Enumerable.Repeat("オープン・", 20_000)) },
            { "nested quotes", new string('「', 30_000) + "中身" + new string('」', 30_000) },
            { "tier names beside owners", string.Concat(Enumerable.Repeat("OpenAIとGoogleのPro Flash ", 10_000)) },
            { "colons in title case", string.Concat(Enumerable.Repeat("Open Models: A Field Guide, and More (オープン) ", 5_000)) },
            { "noncharacters and lone surrogates", "OpenAIの\uFFFFモデル\uFFFE「Meta\uD800」と\uDC00ザッカーバーグ氏\uFDD0は述べた。2023年\uFFFF10月" },
            { "committees everywhere", string.Concat(Enumerable.Repeat("情報技術のための標準に関する諮問委員会", 5_000)) + new string('委', 50_000) + "委員会に関する" },
        };

        [Theory]
        [MemberData(nameof(Pathological))]
        public async Task TheWholeAnalysisFinishesOnPathologicalText(string name, string body)
        {
            var work = Task.Run(() =>
            {
                var article = AnalysisPipeline.Shipped.NewReader().ReadText("見出し\n\n" + body + "\n", name + ".txt");
                var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
                var events = AnalysisPipeline.Shipped.Events.Extract(article);
                var mentions = AnalysisPipeline.Shipped.Entities.FindMentions(article.Body);
                var results = ClaimSearch.Search(new[] { article }, ClaimQuery.Parse("オープン 2023 Zuckerberg"));
                foreach (var claim in claims)
                {
                    Assert.Equal(claim.Text, article.Body.Substring(claim.Start, claim.Length));
                }

                return claims.Count + events.Count + mentions.Count + results.Count;
            });
            Assert.True(await Task.WhenAny(work, Task.Delay(HangGuard)) == work, $"The analysis of '{name}' did not finish within {HangGuard.TotalSeconds} s.");
            await work;
        }

        [Fact]
        public void EveryRegexTheAnalysisHoldsHasAMatchTimeoutOrReadsABoundedStretch()
        {
            var roots = new object[]
            {
                AnalysisPipeline.Shipped.Claims, AnalysisPipeline.Shipped.Events, AnalysisPipeline.Shipped.Entities, AnalysisPipeline.Shipped.Cleaner,
            };
            var regexes = new List<(string Where, Regex Regex)>();
            foreach (var type in typeof(Article).Assembly.GetTypes())
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    if (!type.ContainsGenericParameters)
                    {
                        Collect(field.GetValue(null), type.Name + "." + field.Name, regexes, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                    }
                }
            }

            foreach (var root in roots)
            {
                Collect(root, root.GetType().Name, regexes, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }

            Assert.NotEmpty(regexes);
            // A regex may go without a time limit only where it reads a bounded stretch from each position it is tried
            // (PatternReach): its work then grows with the length of the text alone, so no text can make it run away.
            var unbounded = regexes.Where(r => r.Regex.MatchTimeout == Regex.InfiniteMatchTimeout && !PatternReach.IsBounded(r.Regex)).Select(r => r.Where + ": " + r.Regex).Distinct().ToList();
            Assert.True(unbounded.Count == 0, "Regexes without a match timeout that may read without bound:\n" + string.Join("\n", unbounded));
        }

        [Fact]
        public async Task ACatastrophicUserRegexTimesOutInsteadOfHanging()
        {
            var article = AnalysisPipeline.Shipped.NewReader().ReadText("見出し\n\n" + new string('a', 40_000) + "b\n", "evil.txt");
            var query = ClaimQuery.FromRegex("(a+)+$", TimeSpan.FromMilliseconds(200));
            var work = Task.Run(() =>
            {
                try
                {
                    ClaimSearch.Search(new[] { article }, query);
                    return "finished";
                }
                catch (RegexMatchTimeoutException)
                {
                    return "timed out";
                }
            });
            Assert.True(await Task.WhenAny(work, Task.Delay(HangGuard)) == work);
            Assert.Contains(await work, new[] { "finished", "timed out" });
        }

        // Walks an object graph through its fields, collecting every Regex; bounded in depth so data tables stay cheap.
        private static void Collect(object? value, string where, List<(string, Regex)> found, HashSet<object> seen, int depth)
        {
            if (value == null || depth > 6 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            if (value is Regex regex)
            {
                found.Add((where, regex));
                return;
            }

            if (value is IEnumerable items && !(value is IDictionary<string, string>))
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (i++ > 2_000)
                    {
                        break;
                    }

                    Collect(item, where + "[]", found, seen, depth + 1);
                }
            }

            if (value.GetType().Assembly != typeof(Article).Assembly)
            {
                return;
            }

            foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Collect(field.GetValue(value), where + "." + field.Name, found, seen, depth + 1);
            }
        }
    }
}
