using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class RegexTextTests
    {
        [Theory]
        [InlineData("^abc", true)]
        [InlineData("^(?:a|b)c$", true)]
        [InlineData(@"^a[|]b\|c", true)]
        [InlineData("^a|b", false)]
        [InlineData("^(?:a)|[(（]b", false)]
        [InlineData("a^", false)]
        [InlineData("^a|^b", false)]
        public void A_pattern_is_anchored_at_the_start_only_when_no_alternative_stands_beside_its_caret(string pattern, bool anchored)
        {
            Assert.Equal(anchored, RegexText.IsAnchoredAtStart(pattern));
        }

        [Theory]
        [InlineData("(?<=a)(?<name>x)", 0, 6)]
        [InlineData(@"(?<=[)(])x", 0, 9)]
        [InlineData(@"(a\)b)c", 0, 6)]
        [InlineData("(a", 0, -1)]
        public void Walk_finds_the_end_of_the_group_that_opens_at_the_start(string pattern, int start, int end)
        {
            Assert.Equal(end, RegexText.Walk(pattern, start, toGroupEnd: true));
        }

        [Fact]
        public void Joined_patterns_are_anchored_as_a_whole_only_when_each_is()
        {
            // In ^a|b the b matches anywhere: joined with an anchored pattern, it must still be found mid-line.
            var joined = SafeRegex.AnyOf(new[] { "^a|b", "^c" }, System.Text.RegularExpressions.RegexOptions.None)!;
            Assert.Matches(joined, "xxb");
            var anchored = SafeRegex.AnyOf(new[] { "^a", "^c" }, System.Text.RegularExpressions.RegexOptions.None)!;
            Assert.StartsWith("^", anchored.ToString());
            Assert.DoesNotMatch(anchored, "xxa");
        }

        [Theory]
        [InlineData("^(?<site>.{2,40}?)をもっと見る$", "^(?:.{2,40})をもっと見る$")]
        [InlineData("^More from (?'site'.+)$", "^More from (?:.+)$")]
        [InlineData(@"^\(?<x>[(?<y>]+(?<=a)(?<!b)$", @"^\(?<x>[(?<y>]+(?<=a)(?<!b)$")]
        [InlineData(@"^[](?<z>]+(?<n>\d)$", @"^[](?<z>]+(?:\d)$")]
        [InlineData(@"^\\(?<n>x)$", @"^\\(?:x)$")]
        [InlineData(@"^a*?b+?c??[d]??(e)??\d{2}?f{1,}?g{,3}?h}?\*?$", @"^a*b+c?[d]?(e)?\d{2}f{1,}g{,3}?h}?\*?$")]
        [InlineData(@"^(?i:a+?)(?=b*?)(?#c*?)$", @"^(?i:a+)(?=b*)(?#c*)$")]
        public void Named_groups_become_non_capturing_and_lazy_quantifiers_greedy(string pattern, string screened)
        {
            Assert.Equal(screened, RegexText.ForScreen(pattern));
        }

        [Theory]
        [InlineData(@"^(?<w>\w+) \k<w>$")]
        [InlineData(@"^(?<q>"")?\w+(?(q)"")$")]
        [InlineData(@"^(?<open>\()+(?<close-open>\))+$")]
        [InlineData(@"^[a-z-[aeiou]]+(?<n>x)$")]
        [InlineData(@"^(?>a+?)ab$")]
        public void A_pattern_that_refers_to_its_groups_or_holds_an_atomic_group_is_left_as_it_is(string pattern)
        {
            Assert.Null(RegexText.ForScreen(pattern));
        }
    }
}
