using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>
    /// The joined pattern that screens each line before a boilerplate pack's required words and rules may only turn away
    /// lines no rule of the pack matches: every example a rule matches passes it. Running text it turns away at once.
    /// </summary>
    public sealed class BoilerplateScreenTests
    {
        private static readonly BoilerplateCues Cues = new ArticleCleaner(LanguagePacks.Shipped).Boilerplate;

        [Fact]
        public void Every_text_a_line_rule_matches_passes_its_packs_screen()
        {
            var checkedExamples = 0;
            for (var p = 0; p < Cues.LinePacks.Count; p++)
            {
                var screen = Cues.LinePackScreens[p];
                foreach (var rule in Cues.LinePacks[p].Rules)
                {
                    foreach (var example in rule.Examples.Where(e => rule.Matches(e.Text).Any()))
                    {
                        Assert.True(screen == null || screen.IsMatch(example.Text), $"{Cues.LinePacks[p]}/{rule.Name}: the screen turns away '{example.Text}'");
                        checkedExamples++;
                    }
                }
            }

            Assert.True(checkedExamples >= 20, $"only {checkedExamples} matching examples were checked");
        }

        [Theory]
        [InlineData("ja", "最近の前モデルと比べて、次の世代の言語モデルは関連記事の要約も得意だという。")]
        [InlineData("en", "About a third of the firms said they would publish their models, according to the survey.")]
        public void The_shipped_packs_are_screened_and_running_text_is_turned_away(string language, string line)
        {
            var p = Cues.LinePacks.ToList().FindIndex(pack => pack.Language == language);
            var screen = Cues.LinePackScreens[p];
            Assert.NotNull(screen);
            Assert.DoesNotMatch(screen!, line);
        }
    }
}
