using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// The one answer to "which script is this character": the stages that used to keep their own copies disagreed on
    /// 々, 〆 and the rarer ideographs, so a kanji name could be whole to one stage and cut in two by the next.
    /// </summary>
    public sealed class ScriptTests
    {
        [Theory]
        [InlineData('森')]
        [InlineData('々')] // 佐々木
        [InlineData('〆')] // 〆木
        [InlineData('\u3400')] // extension A, in names written with rare characters
        public void KanjiIncludesTheMarksNamesAreWrittenWith(char c)
        {
            Assert.True(Script.IsKanji(c));
            Assert.True(Script.IsJapanese(c));
            Assert.False(Script.IsKana(c));
        }

        [Theory]
        [InlineData('あ', true, false)]
        [InlineData('ア', true, true)]
        [InlineData('ー', true, true)]
        [InlineData('ｱ', true, false)] // half-width: kana, but not a full-width katakana letter
        [InlineData('・', true, false)] // the word separator is in the katakana block, yet joins no katakana word
        public void KanaAndKatakana(char c, bool kana, bool katakana)
        {
            Assert.Equal(kana, Script.IsKana(c));
            Assert.Equal(katakana, Script.IsKatakana(c));
            Assert.False(Script.IsKanji(c));
        }

        [Theory]
        [InlineData("A, B and C said so.", false)]
        [InlineData("Llama 3 は公開された", true)]
        [InlineData("ＡＢＣ（１２３）", false)]
        [InlineData("", false)]
        public void HasJapaneseAsksForKanaOrKanji(string text, bool expected) => Assert.Equal(expected, Script.HasJapanese(text));

        [Theory]
        [InlineData('（', true)]
        [InlineData('、', true)]
        [InlineData('(', false)]
        [InlineData('a', false)]
        public void JapaneseTypesetIncludesFullWidthFormsAndCjkPunctuation(char c, bool expected) => Assert.Equal(expected, Script.IsJapaneseTypeset(c));

        [Theory]
        [InlineData('한', true)]
        [InlineData('〇', true)]
        [InlineData('a', false)]
        [InlineData('1', false)]
        public void WrittenWithoutSpacesCoversHangulToo(char c, bool expected) => Assert.Equal(expected, Script.IsWrittenWithoutSpaces(c));

        [Theory]
        [InlineData('é', true)]
        [InlineData('7', true)]
        [InlineData('-', false)]
        [InlineData('ア', false)]
        public void LatinWordCharactersIncludeAccentedLetters(char c, bool expected) => Assert.Equal(expected, Script.IsLatinWordChar(c));

        [Theory]
        [InlineData('q', true)]
        [InlineData('Q', true)]
        [InlineData('é', false)] // an accented letter has no other case a required word could match by | 0x20
        [InlineData('Ｑ', false)]
        public void AsciiLettersAreAToZInEitherCase(char c, bool expected) => Assert.Equal(expected, Script.IsAsciiLetter(c));
    }
}
