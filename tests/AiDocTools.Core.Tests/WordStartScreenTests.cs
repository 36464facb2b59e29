using System;
using System.Linq;
using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// The screen the required-word pass, the rule anchors and the date recogniser ask at every character: it may let a
    /// place through where no word starts (a hash collision), but never turn away one where a word does, in either Latin case.
    /// </summary>
    public class WordStartScreenTests
    {
        private static readonly string[] Words = { "と", "として", "によると", "社", "ago", "Mar", "x" };

        [Theory]
        [InlineData("新製品について同社として発表した。", "として")]
        [InlineData("報告書によると増えた。", "によると")]
        [InlineData("Three years AGO it began.", "AGO")]
        [InlineData("In mar 2024 the board met.", "mar")]
        [InlineData("The X team", "X")]
        public void A_place_where_a_word_starts_passes(string text, string written)
        {
            var screen = new WordStartScreen(Words);
            Assert.True(screen.MayStartAt(text, text.IndexOf(written, StringComparison.Ordinal)));
        }

        [Fact]
        public void A_place_whose_character_starts_no_word_is_turned_away()
        {
            var screen = new WordStartScreen(Words);
            const string text = "新製品を発表した。Bold plans";
            Assert.All(Enumerable.Range(0, text.Length).Where(i => !Words.Any(w => w[0] == char.ToLowerInvariant(text[i]) || w[0] == text[i])),
                i => Assert.False(screen.MayStartAt(text, i), $"'{text[i]}' at {i}"));
        }

        [Fact]
        public void A_first_character_without_its_second_is_turned_away_unless_a_word_is_that_character_alone()
        {
            var screen = new WordStartScreen(new[] { "によると", "社" });
            Assert.False(screen.MayStartAt("にも", 0));
            Assert.False(screen.MayStartAt("に", 0));
            Assert.True(screen.MayStartAt("社", 0));
        }

        [Fact]
        public void Every_place_a_word_starts_in_random_text_passes()
        {
            var words = new[] { "ago", "later", "Dec", "年代", "ぶり", "間", "と" };
            var screen = new WordStartScreen(words);
            var random = new Random(7);
            const string alphabet = "agolaterDECdec年代ぶり間とのは、 AGOLATER";
            for (var n = 0; n < 2000; n++)
            {
                var text = new string(Enumerable.Range(0, 12).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                for (var i = 0; i < text.Length; i++)
                {
                    if (words.Any(w => i + w.Length <= text.Length && string.Compare(text, i, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0))
                    {
                        Assert.True(screen.MayStartAt(text, i), $"'{text}' at {i}");
                    }
                }
            }
        }

        [Fact]
        public void The_next_place_a_word_may_start_is_the_first_the_screen_lets_by()
        {
            var screen = new WordStartScreen(new[] { "ago", "Dec", "年代", "と", "(" });
            var random = new Random(11);
            const string alphabet = "agoDECdec年代とのは(、 x";
            for (var n = 0; n < 2000; n++)
            {
                var text = new string(Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                for (var from = 0; from <= text.Length; from++)
                {
                    var expected = Enumerable.Range(from, text.Length - from).Where(i => screen.MayStartAt(text, i)).DefaultIfEmpty(text.Length).First();
                    Assert.Equal(expected, screen.NextFrom(text, from));
                }
            }
        }
    }
}
