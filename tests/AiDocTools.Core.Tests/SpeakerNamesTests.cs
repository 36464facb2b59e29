using System;
using System.Text;
using System.Text.RegularExpressions;
using AiDocTools.Claims;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// SpeakerNames.IsLatinName reads a phrase by a scan of its characters where it once asked a regex: the scan must give
    /// the regex's answer on every phrase, whatever \w and \s hold on the runtime that runs the tests.
    /// </summary>
    public sealed class SpeakerNamesTests
    {
        // The pattern the scan stands for, as SpeakerNames documents it.
        private static readonly Regex LatinName = new Regex(@"^[A-Z][\w.'’&\-]*(?:\s+[A-Z0-9][\w.'’&\-]*)*$", RegexOptions.CultureInvariant);

        [Theory]
        [InlineData("OpenAI", true)]
        [InlineData("Jane Q. Roe", true)]
        [InlineData("AT&T Labs 2", true)]
        [InlineData("O’Brien-Smith", true)]
        [InlineData("Meta\n", true)]
        [InlineData("Meta \n", false)]
        [InlineData("Meta\n\n", false)]
        [InlineData("Meta の", false)]
        [InlineData("Metaの広報", true)]
        [InlineData("meta", false)]
        [InlineData("Jane roe", false)]
        [InlineData("Jane ", false)]
        [InlineData("", false)]
        public void ReadsNamesAsThePatternDoes(string phrase, bool expected)
        {
            Assert.Equal(expected, LatinName.IsMatch(phrase));
            Assert.Equal(expected, SpeakerNames.IsLatinName(phrase));
        }

        [Fact]
        public void EveryCharacterInsideBetweenOrAfterTheWordsIsReadAsThePatternReadsIt()
        {
            var mismatches = new StringBuilder();
            for (var code = 0; code <= char.MaxValue; code++)
            {
                var c = (char)code;
                foreach (var phrase in new[] { "A" + c, "A" + c + "b", "A " + c, "A" + c + "B", c + "A" })
                {
                    if (LatinName.IsMatch(phrase) != SpeakerNames.IsLatinName(phrase) && mismatches.Length < 400)
                    {
                        mismatches.Append($"U+{code:X4} in '{phrase}'; ");
                    }
                }
            }

            Assert.True(mismatches.Length == 0, mismatches.ToString());
        }

        [Fact]
        public void RandomPhrasesOfNameCharactersAreReadAsThePatternReadsThem()
        {
            // Capitals, lower case, digits, the pattern's punctuation, spaces of several kinds, line ends, kana and kanji,
            // a combining mark, a spacing mark, a connector, joiners: the characters where a scan could part from \w and \s.
            const string alphabet = "ABZaz09.'’&-_ \t\n\r\u00A0\u3000\u2009\u0085のア漢\u0301\u0903\u203F\u200C\u200D,;é";
            var random = new Random(20261205);
            for (var n = 0; n < 20000; n++)
            {
                var length = random.Next(0, 12);
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = alphabet[random.Next(alphabet.Length)];
                }

                if (length > 0 && random.Next(2) == 0)
                {
                    chars[0] = (char)('A' + random.Next(26));
                }

                var phrase = new string(chars);
                Assert.True(LatinName.IsMatch(phrase) == SpeakerNames.IsLatinName(phrase), $"'{phrase.Replace("\n", "\\n")}'");
            }
        }
    }
}
