using System.Globalization;
using System.Text;
using AiDocTools.Text;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// The normaliser answers most characters without NFKC or the case tables, for speed; these tests hold those
    /// shortcuts to the framework's own answers, so a shortcut can never change what a text folds to.
    /// </summary>
    public sealed class TextNormalizerTests
    {
        [Fact]
        public void LowerCasingACharacterAgreesWithTheFrameworkForEveryUtf16Unit()
        {
            for (var c = char.MinValue; ; c++)
            {
                Assert.True(char.ToLowerInvariant(c) == TextNormalizer.ToLowerInvariant(c), "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                if (c == char.MaxValue)
                {
                    break;
                }
            }
        }

        [Fact]
        public void EveryCharacterOnItsOwnFoldsToItsNfkcForm()
        {
            for (var code = 0; code <= char.MaxValue; code++)
            {
                var c = (char)code;
                if (char.IsSurrogate(c) || c == '・' || c == '･' || c == ' ' || c == '\u3000')
                {
                    continue;
                }

                var text = c.ToString();
                string expected;
                try
                {
                    expected = text.Normalize(NormalizationForm.FormKC);
                }
                catch (System.ArgumentException)
                {
                    // Noncharacters (U+FFFF) have no NFKC form; a body holding one is still folded, the character kept.
                    Assert.Equal(text, TextNormalizer.Normalize(text, foldCase: false, out _));
                    continue;
                }

                Assert.True(expected == TextNormalizer.Normalize(text, foldCase: false, out _), "U+" + code.ToString("X4", CultureInfo.InvariantCulture));
                Assert.True(expected.ToLowerInvariant() == TextNormalizer.Normalize(text), "U+" + code.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void LowerCasingAStringAgreesWithTheFrameworkWithEmojiAndMixedScripts()
        {
            var pieces = new[] { "A", "z", "Ä", "ΣΑΣ", "İ", "オープン", "漢字", "ＡＢＣ", "😀", "𝐀", "𐐀", "\uD801", "\uDC00", " ", "ß" };
            Gen.OneOfConst(pieces).Array[0, 20].Select(parts => string.Concat(parts))
                .Sample(text => TextNormalizer.ToLowerInvariant(text) == text.ToLowerInvariant(), iter: 10_000);
        }
    }
}
