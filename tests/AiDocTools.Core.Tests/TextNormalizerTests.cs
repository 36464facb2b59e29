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
                    Assert.Equal(text, FoldedText.Fold(text, Folding.Nfkc | Folding.KatakanaSeparators));
                    continue;
                }

                Assert.True(expected == FoldedText.Fold(text, Folding.Nfkc | Folding.KatakanaSeparators), "U+" + code.ToString("X4", CultureInfo.InvariantCulture));
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

        [Fact]
        public void LowerCasingABufferInPlaceAgreesWithTheFrameworkAndLeavesTheRestAlone()
        {
            // The folding lowers the first characters of a longer buffer: a pair is lowered whole only when both halves are
            // inside, and nothing past the count changes.
            var pieces = new[] { "A", "z", "Ä", "ΣΑΣ", "İ", "オープン", "漢字", "ＡＢＣ", "😀", "𝐀", "𐐀", "\uD801", "\uDC00", " ", "ß" };
            Gen.Select(Gen.OneOfConst(pieces).Array[0, 20], Gen.OneOfConst(pieces).Array[0, 3]).Select((head, tail) => (string.Concat(head), string.Concat(tail)))
                .Sample(texts =>
                {
                    var (head, tail) = texts;
                    var buffer = (head + tail).ToCharArray();
                    TextNormalizer.ToLowerInvariant(buffer, head.Length);
                    return new string(buffer, 0, head.Length) == head.ToLowerInvariant() && new string(buffer, head.Length, tail.Length) == tail;
                }, iter: 10_000);
        }

        [Theory]
        [InlineData("オープン・ソース", "オープンソース")]
        [InlineData("オープン ソース", "オープンソース")]
        [InlineData("オープン\u3000ソース", "オープンソース")]
        [InlineData("ｵｰﾌﾟﾝ･ｿｰｽ", "オープンソース")]
        [InlineData("データ・AI", "データ・ai")]
        [InlineData("AI・データ", "ai・データ")]
        [InlineData("オープン・", "オープン・")]
        [InlineData("・ソース", "・ソース")]
        [InlineData("オープン・\uD83D\uDE00", "オープン・\uD83D\uDE00")]
        public void ASeparatorIsDroppedOnlyBetweenTwoKatakana(string text, string folded)
        {
            Assert.Equal(folded, TextNormalizer.Normalize(text));
        }

        [Fact]
        public void EachFoldedCharacterMapsBackToWhereItCameFrom()
        {
            // Ａ and ｂ fold in place, ㍻ widens to two characters from one, ﾌﾟ narrows two to one, ・ between katakana goes.
            var folded = FoldedText.Of("Ａｂ㍻ﾌﾟラン・ドx", Folding.Normalized);

            Assert.Equal("ab平成プランドx", folded.Folded);
            Assert.Equal(new[] { 0, 1, 2, 2, 3, 5, 6, 8, 9 }, folded.Offsets);
        }

        [Fact]
        public void TextThatWidensPastItsBufferKeepsEveryCharacterAndOffset()
        {
            var text = string.Concat(System.Linq.Enumerable.Repeat("㍻", 40));
            var folded = FoldedText.Of(text, Folding.Normalized);
            var offsets = folded.Offsets;

            Assert.Equal(string.Concat(System.Linq.Enumerable.Repeat("平成", 40)), folded.Folded);
            Assert.Equal(80, offsets.Length);
            Assert.Equal(39, offsets[79]);
            Assert.Equal(39, offsets[78]);
            Assert.Equal(20, offsets[40]);
        }

        [Fact]
        public void CaseIsKeptWhenNotFoldedAndASurrogatePairStaysTogether()
        {
            Assert.Equal("Meta AI", FoldedText.Fold("Ｍｅｔａ ＡＩ", Folding.Nfkc | Folding.KatakanaSeparators));
            var folded = FoldedText.Of("\uD835\uDC00Ａ", Folding.Normalized);
            Assert.Equal("aa", folded.Folded);
            Assert.Equal(new[] { 0, 2 }, folded.Offsets);
        }

        [Fact]
        public void CharactersNfkcRefusesAreKeptAndTheTextAroundThemIsNormalised()
        {
            Assert.Equal("A\uFFFFB", TextNormalizer.Nfkc("Ａ\uFFFFＢ"));
            Assert.Equal("\uD800平成", TextNormalizer.Nfkc("\uD800㍻"));
            Assert.Equal("\uD800a", TextNormalizer.Normalize("\uD800Ａ"));
            Assert.Equal("平成", TextNormalizer.Nfkc("㍻"));
            Assert.Equal("abc", TextNormalizer.Nfkc("abc"));
        }

        [Fact]
        public void NfkcOfAnyTextIsTheFrameworksAnswer()
        {
            // Lines made only of characters that are their own NFKC skip the normaliser: kana, kanji and ASCII mixed
            // with what does change (full-width forms, voicing marks, Hangul jamo, a combining accent, ㍻) must still
            // come out as the framework's NFKC.
            var pieces = new[]
            {
                "a", "Z", " ", "。", "、", "「", "」", "―", "“", "ア", "か", "ー", "・", "漢", "字", "々", "〇",
                "Ａ", "（", "）", "\u3000", "\u3099", "\u309B", "ｶ", "ﾞ", "\u0301", "\u1100", "\u1161", "㍻", "…", "\u00A0",
                "é", "e", "가", "\u11A8", "ㄱ", "ǆ", "ﬁ", "Å", "\u212B", "\u2126", "\u037A", "\u0344", "\u0B47", "\u0B3E", "ﾊ", "ﾟ", "①", "→", "\u0345",
            };
            Gen.OneOfConst(pieces).Array[0, 20].Select(parts => string.Concat(parts))
                .Sample(text => TextNormalizer.Nfkc(text) == text.Normalize(NormalizationForm.FormKC), iter: 10_000);
        }

        [Fact]
        public void NfkcOfEveryCharacterBetweenOthersIsTheFrameworksAnswer()
        {
            // Each character is normalised alone when it and its neighbours allow it (the per-character classes of
            // TextNormalizer): every one of them, between neighbours that compose, reorder or decompose, must still
            // come out as the framework's NFKC of the whole.
            var around = new[] { ("", ""), ("a", "\u0301"), ("\u0301", "a"), ("가", "\u11A8"), ("\u1100", "\u1161"), ("ｶ", "ﾞ"), ("\u0B47", "\u0B3E"), ("（", "ａ"), ("\u0345", "\u0316") };
            for (var code = 0; code <= char.MaxValue; code++)
            {
                var c = (char)code;
                if (char.IsSurrogate(c))
                {
                    continue;
                }

                foreach (var (before, after) in around)
                {
                    var text = before + c + after + c;
                    string expected;
                    try
                    {
                        expected = text.Normalize(NormalizationForm.FormKC);
                    }
                    catch (System.ArgumentException)
                    {
                        continue;
                    }

                    Assert.True(expected == TextNormalizer.Nfkc(text), "U+" + code.ToString("X4", CultureInfo.InvariantCulture) + " in " + text);
                }
            }
        }

        [Fact]
        public void LowerCasingAStringLowersOnlyWhatHasCase()
        {
            Assert.Same("オープン abc", TextNormalizer.ToLowerInvariant("オープン abc"));
            Assert.Equal("meta\uD801\uDC28x", TextNormalizer.ToLowerInvariant("META\uD801\uDC00X"));
            Assert.Equal("\uD83D\uDE00a", TextNormalizer.ToLowerInvariant("\uD83D\uDE00A"));
            Assert.Equal("\uD801", TextNormalizer.ToLowerInvariant("\uD801"));
        }
    }
}
