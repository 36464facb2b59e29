using System.Linq;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Rules
{
    /// <summary>
    /// The screens of a set of line rules (RuleScreen) may only turn away lines no rule of the set matches: every example a
    /// rule of a shipped line pack matches passes both screens of its pack, and of any set of its rules.
    /// </summary>
    public sealed class RuleScreenTests
    {
        [Theory]
        [InlineData("ja", "boilerplate")]
        [InlineData("en", "boilerplate")]
        [InlineData("ja", "bylines")]
        [InlineData("en", "bylines")]
        public void Every_text_a_rule_matches_passes_the_screens_of_its_pack(string language, string capability)
        {
            var pack = LanguagePacks.Shipped.Get(language, capability);
            var starts = RuleScreen.StartsOf(pack.Rules);
            var anchored = RuleScreen.AnchoredOf(pack.Rules);
            foreach (var rule in pack.Rules)
            {
                var alone = RuleScreen.AnchoredOf(new[] { rule });
                foreach (var example in rule.Examples.Where(e => rule.Matches(e.Text).Any()))
                {
                    Assert.True(RuleScreen.MayHold(example.Text, starts), $"{rule.Name}: the first-character screen turns away '{example.Text}'");
                    Assert.True(RuleScreen.MayMatch(example.Text, anchored), $"{rule.Name}: the pack's joined screen turns away '{example.Text}'");
                    Assert.True(RuleScreen.MayMatch(example.Text, alone), $"{rule.Name}: its own screen turns away '{example.Text}'");
                }
            }
        }

        [Theory]
        [InlineData("ja", "boilerplate")]
        [InlineData("en", "boilerplate")]
        [InlineData("ja", "bylines")]
        [InlineData("en", "bylines")]
        public void A_screen_captures_only_the_groups_of_a_rule_that_refers_back_to_them(string language, string capability)
        {
            var pack = LanguagePacks.Shipped.Get(language, capability);
            var screens = 0;
            foreach (var rule in pack.Rules)
            {
                var alone = RuleScreen.AnchoredOf(new[] { rule });
                if (alone == null)
                {
                    continue;
                }

                screens++;
                var refersBack = Text.RegexText.ForScreen(rule.Regex.ToString()) == null;
                Assert.Equal(refersBack ? rule.Regex.GetGroupNames() : new[] { "0" }, alone.GetGroupNames());
            }

            Assert.True(screens > 0);
        }

        [Fact]
        public void One_rule_that_refers_back_to_its_groups_leaves_the_others_of_a_screen_uncaptured()
        {
            var screen = AiDocTools.Text.SafeRegex.ScreenOf(new[] { @"^(?<w>\w+) \k<w>$", "^(?<site>.{2,10}?)をもっと見る$" }, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            Assert.NotNull(screen);
            Assert.Equal(new[] { "0", "w" }, screen!.GetGroupNames());
            Assert.Matches(screen, "ab ab");
            Assert.DoesNotMatch(screen, "ab cd");
            Assert.Matches(screen, "テック編集部をもっと見る");
        }

        [Fact]
        public void Rules_not_all_anchored_at_the_start_have_no_joined_screen()
        {
            var pack = LanguagePacks.Shipped.Get("ja", "attribution");
            Assert.Null(RuleScreen.AnchoredOf(pack.Rules));
            Assert.True(RuleScreen.MayMatch("どんな文でも", null));
        }
    }
}
