using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>
    /// The screen of the data files' cue patterns is asked only whether a line matches one: neither making its named
    /// groups non-capturing nor asking a long line only the patterns that can match a line that long may change that
    /// answer, and a pattern that refers back to a group keeps its groups.
    /// </summary>
    public sealed class CuePatternScreenTests
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled;

        [Theory]
        [InlineData("テックニュース編集部をもっと見る", true)]
        [InlineData("More from The Example Times", true)]
        [InlineData("© 2025 Example Media Inc. All rights reserved.", true)]
        [InlineData("12 分で読了", true)]
        [InlineData("#AI #著作権 #オープンソース", true)]
        [InlineData("編集部は、新しいモデルをもっと見るべきだと書いた記事を公開した。", false)]
        [InlineData("More from the lab is expected next year, the spokesperson said, without giving a date.", false)]
        [InlineData("Copyright © 2019 - 2025 Example Media Holdings Co Ltd All rights reserved.", true)]
        [InlineData("Copyright law was the subject of the panel, which drew 2025 people from the industry.", false)]
        public void The_screen_passes_exactly_the_lines_a_cue_pattern_matches(string line, bool matches)
        {
            var patterns = ArticleMetadataCues.Default.SitePatterns.Concat(BoilerplateCues.Default.LinePatterns).ToList();
            Assert.Equal(matches, patterns.Any(p => Regex.IsMatch(line, p, Options)));
            Assert.Equal(matches, new CuePatternScreen(patterns, Options).IsMatch(line));
        }

        [Theory]
        [InlineData("^(?<site>.{2,40}?)をもっと見る$", 47)]
        [InlineData(@"^\[[A-Z][A-Z .&-]{1,20}\]$", 24)]
        [InlineData(@"^\d+\s*分$", null)]
        [InlineData(@"^ab\$", null)]
        [InlineData(@"^ab\\$", 4)]
        [InlineData("^(?m:ab)$", null)]
        [InlineData("ab$", null)]
        [InlineData("^ab", null)]
        public void A_whole_line_pattern_bounds_the_lines_it_can_match(string pattern, int? longest)
        {
            Assert.Equal(longest, CuePatternScreen.WholeLineBound(new Regex(pattern, Options)));
        }

        [Fact]
        public void A_long_line_is_still_asked_the_patterns_without_a_bound()
        {
            var screen = new CuePatternScreen(new[] { "^(?<site>.{2,10})をもっと見る$", @"^#\S+(\s+#\S+)*$" }, Options);
            Assert.True(screen.IsMatch("#オープンソース #生成AI #著作権 #規制 #データセット #ベンチマーク"));
            Assert.True(screen.IsMatch("編集部をもっと見る"));
            Assert.False(screen.IsMatch("テクノロジー・ニュース編集部をもっと見る"));
        }

        [Theory]
        [InlineData("ab", true)]
        [InlineData("aab", false)]
        public void A_list_with_an_atomic_group_is_joined_as_it_is(string line, bool matches)
        {
            // (?>a+?) keeps the one a it takes first, so aab cannot match; made greedy, (?>a+) would take both and match it.
            var screen = new CuePatternScreen(new[] { "^(?>a+?)b$", "^(?<site>.{2,10}?)をもっと見る$" }, Options);
            Assert.Equal(matches, screen.IsMatch(line));
            Assert.Equal(matches, Regex.IsMatch(line, "^(?>a+?)b$", Options));
        }

        [Fact]
        public void A_list_with_a_back_reference_is_screened_with_its_groups()
        {
            var screen = new CuePatternScreen(new[] { @"^(?<w>\w+) \k<w>$", "^(?<site>.{2,10})をもっと見る$" }, Options);
            Assert.True(screen.IsMatch("again again"));
            Assert.False(screen.IsMatch("again and again"));
        }
    }
}
