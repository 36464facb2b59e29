using System.IO;
using AiDocTools.Entities;
using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests.Entities
{
    /// <summary>
    /// A Japanese person's canonical name in Latin script: the passport-style Hepburn table (Data/ja/kana-romaji.txt)
    /// and the IPADIC readings of Data/ja/person-names.txt. Names and readings are ordinary ones, not from any article.
    /// </summary>
    public class JapaneseNameReadingTests
    {
        [Theory]
        [InlineData("タカハシ", "takahashi")]
        [InlineData("サトウ", "sato")] // オウ: long vowel not written
        [InlineData("ユウマ", "yuma")] // ウウ
        [InlineData("オオノ", "ono")] // オオ
        [InlineData("オオウチ", "ouchi")] // one long vowel dropped, never two in a row
        [InlineData("コウイチ", "koichi")]
        [InlineData("ケイコ", "keiko")] // エイ is written out
        [InlineData("ニイミ", "niimi")] // so is イイ
        [InlineData("ホンマ", "homma")] // ン before m, b, p is m
        [InlineData("ナンバ", "namba")]
        [InlineData("シンイチ", "shinichi")] // no apostrophe before a vowel
        [InlineData("ハッタ", "hatta")] // ッ doubles the consonant
        [InlineData("ハッチョウ", "hatcho")] // and is t before ch
        [InlineData("キョウコ", "kyoko")]
        [InlineData("ジュンコ", "junko")]
        [InlineData("チヒロ", "chihiro")]
        [InlineData("ツヨシ", "tsuyoshi")]
        [InlineData("フジ", "fuji")]
        [InlineData("ユーキ", "yuki")] // ー is not written
        [InlineData("ケン", "ken")]
        public void KatakanaReadsAsPassportHepburn(string katakana, string latin)
        {
            Assert.Equal(latin, KanaRomaniser.Shipped.Romanise(katakana));
        }

        [Theory]
        [InlineData("タカハシA")]
        [InlineData("高橋")]
        [InlineData("")]
        public void WhatTheTableDoesNotReadIsNull(string text)
        {
            Assert.Null(KanaRomaniser.Shipped.Romanise(text));
        }

        [Theory]
        [InlineData("syllable\tカ\tka\nsyllable\tカ\tko\nnasal\tン\tn\tbmp\tm\ngeminate\tッ\tt\n")] // a syllable twice
        [InlineData("syllable\tカ\tka\ngeminate\tッ\tt\n")] // no nasal line
        [InlineData("syllable\tカ\tka\nnasal\tン\tn\tbmp\tm\ngeminate\tッ\tt\nvowel\tア\ta\n")] // an unknown kind
        [InlineData("syllable\tカ\nnasal\tン\tn\tbmp\tm\ngeminate\tッ\tt\n")] // a missing field
        public void AMalformedTableIsAnError(string text)
        {
            Assert.Throws<InvalidDataException>(() => KanaRomaniser.Parse(new StringReader(text)));
        }

        [Theory]
        [InlineData("佐々木恵美子", "Emiko Sasaki")] // the longest family name first
        [InlineData("佐々木 恵美子", "Emiko Sasaki")]
        [InlineData("近藤俊輔", "Shunsuke Kondo")]
        [InlineData("大野　勇気", "Yuki Ono")] // a full-width space
        [InlineData("西園寺 まどか", "Madoka Saionji")] // a hiragana given name is its own reading
        [InlineData("三浦 颯斗", "颯斗 Miura")] // a given name IPADIC lacks is kept as written, not guessed
        [InlineData("高橋 ローラ", "ローラ Takahashi")] // so is a katakana one: its Latin spelling is not its reading
        public void ANameReadsGivenNameFirst(string name, string latin)
        {
            Assert.Equal(latin, PersonNameLexicon.Shipped.LatinName(name));
        }

        [Fact]
        public void AFamilyNameAloneReadsOnlyWhenTheCallerKnowsItIsAPerson()
        {
            Assert.Null(PersonNameLexicon.Shipped.LatinName("佐藤"));
            Assert.Equal("Sato", PersonNameLexicon.Shipped.LatinName("佐藤", familyAlone: true));
        }

        [Theory]
        [InlineData("東京都")]
        [InlineData("研究開発")]
        [InlineData("文化庁 著作権課")]
        [InlineData("森 A")]
        public void WhatIsNoJapaneseNameHasNoLatinForm(string name)
        {
            Assert.Null(PersonNameLexicon.Shipped.LatinName(name));
        }

        [Fact]
        public void WhereIpadicGivesSeveralReadingsTheLikeliestIsKept()
        {
            // IPADIC reads 高橋 タカハシ and タカバシ; the lexicon keeps the reading of the lower-cost entry.
            Assert.Equal("Takahashi", PersonNameLexicon.Shipped.LatinName("高橋", familyAlone: true));
        }
    }
}
