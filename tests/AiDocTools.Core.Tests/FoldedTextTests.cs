using System.Linq;
using AiDocTools.Entities;
using AiDocTools.Text;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// The one folded text: each folding on its own, the way back from every folded character through each of them,
    /// and spans of folded text mapped back across what the folding joined, spread or dropped.
    /// </summary>
    public sealed class FoldedTextTests
    {
        [Fact]
        public void WidthFoldsFullWidthFormsOneForOneAndLeavesTheRest()
        {
            var folded = FoldedText.Of("２０２３年Ｑ３\u3000ａ㍻ｶ", Folding.Width);

            Assert.Equal("2023年Q3 a㍻ｶ", folded.Folded);
            Assert.Equal(Enumerable.Range(0, 11).ToArray(), folded.Offsets);
            Assert.Same(folded.Folded, folded.Lower);
            Assert.Equal(new TextSpan(5, 2), folded.SourceSpan(5, 2));
        }

        [Fact]
        public void NfkcAloneKeepsCaseAndJoinsAVoicingMarkToItsKana()
        {
            var folded = FoldedText.Of("Ｍｅｔａ㍻ｶﾞ", Folding.Nfkc);

            Assert.Equal("Meta平成ガ", folded.Folded);
            Assert.Equal(new[] { 0, 1, 2, 3, 4, 4, 5 }, folded.Offsets);
        }

        [Fact]
        public void CaseAloneLowersASurrogatePairAsOneCharacter()
        {
            var folded = FoldedText.Of("ABc\uD801\uDC00Ａ", Folding.Case);

            Assert.Equal("abc\uD801\uDC28ａ", folded.Folded);
            Assert.Equal(new[] { 0, 1, 2, 3, 3, 5 }, folded.Offsets);
            Assert.Equal("\uD801\uDC28a", FoldedText.Fold("\uD801\uDC00Ａ", Folding.Normalized));
        }

        [Fact]
        public void KatakanaSeparatorsGoAfterWidthFoldingToo()
        {
            Assert.Equal("オープンソース", FoldedText.Fold("オープン\u3000ソース", Folding.Width | Folding.KatakanaSeparators));
            Assert.Equal("オープン ソース", FoldedText.Fold("オープン\u3000ソース", Folding.Width));
            Assert.Equal("AI ソース", FoldedText.Fold("AI\u3000ソース", Folding.Width | Folding.KatakanaSeparators));
        }

        [Fact]
        public void WhiteSpaceCollapsesEveryRunAndTrimsBothEnds()
        {
            var folded = FoldedText.Of("  a \n\t b  ", Folding.WhiteSpace);

            Assert.Equal("a b", folded.Folded);
            Assert.Equal(new[] { 2, 3, 7 }, folded.Offsets);
        }

        [Fact]
        public void SpacesCollapseRunsOfSpacesAndTabsButKeepLinesAndEnds()
        {
            var folded = FoldedText.Of("a  \n  b\t", Folding.Spaces);

            Assert.Equal("a \n b ", folded.Folded);
            Assert.Equal(new[] { 0, 1, 3, 4, 6, 7 }, folded.Offsets);
            Assert.Equal(" a", FoldedText.Fold("  a", Folding.Spaces));
        }

        [Fact]
        public void HyphensAreOneHyphenOnlyWhenAskedFor()
        {
            Assert.Equal("GPT-4 GPT-4 GPT-4", FoldedText.Fold("GPT‐4 GPT–4 GPT−4", Folding.Hyphens));
            Assert.Equal("gpt–4", FoldedText.Fold("GPT–4", Folding.Normalized));
        }

        [Fact]
        public void VuWithItsSmallVowelIsOneKanaMappedToTheVu()
        {
            var folded = FoldedText.Of("サツケヴァー ヴィ ヴ", Folding.Vu);

            Assert.Equal("サツケバー ビ ブ", folded.Folded);
            Assert.Equal(new[] { 0, 1, 2, 3, 5, 6, 7, 9, 10 }, folded.Offsets);
        }

        [Fact]
        public void TheEqualsSignOfADoubleNameGoesOnlyBetweenKatakana()
        {
            var folded = FoldedText.Of("ジャン＝ポール a=b", Folding.Nfkc | Folding.KatakanaEquals);

            Assert.Equal("ジャンポール a=b", folded.Folded);
            Assert.Equal(new[] { 0, 1, 2, 4, 5, 6, 7, 8, 9, 10 }, folded.Offsets);
            Assert.Equal("ジャン=ポール", FoldedText.Fold("ジャン＝ポール", Folding.Nfkc));
        }

        [Fact]
        public void TheLowerCaseTwinSharesTheFoldedTextsOffsets()
        {
            var folded = FoldedText.Of("Ｍｅｔａ ＡＩ \uD801\uDC00X", Folding.Names);

            Assert.Equal("Meta AI \uD801\uDC00X", folded.Folded);
            Assert.Equal("meta ai \uD801\uDC28x", folded.Lower);
            Assert.Equal(folded.Folded.Length, folded.Lower.Length);
            Assert.Equal("Meta AI", FoldedText.Fold("Ｍｅｔａ ＡＩ", Folding.Normalized & ~Folding.Case));
        }

        [Fact]
        public void TheNamedUsesAreTheirFoldings()
        {
            const string text = "Ｍｅｔａ・オープン・ソース\n\nGPT‐4とジャン=ポール・サツケヴァー";
            var name = NameText.Of(text);
            var folded = FoldedText.Of(text, Folding.Names);

            Assert.Equal(folded.Folded, name.Cased);
            Assert.Equal(folded.Lower, name.Folded);
            Assert.Equal(folded.Offsets, name.Offsets);
            Assert.Equal("Meta・オープンソース\n\nGPT-4とジャンポールサツケバー", name.Cased);
            Assert.Equal("meta・オープンソース gpt‐4とジャン=ポールサツケヴァー", FoldedText.Fold(text, Folding.Search));
            Assert.Equal(FoldedText.Fold(text, Folding.Normalized), TextNormalizer.Normalize(text));
        }

        [Fact]
        public void ASpanAcrossACollapsedRunCoversItAndOneEndingBeforeADroppedSeparatorDoesNot()
        {
            // オ0 ー1 プ2 ン3 ・4 ソ5 ー6 ス7 (8 9 spaces) は10 \n11 \n12 い13 い14
            var folded = FoldedText.Of("オープン・ソース  は\n\nいい", Folding.Search);

            Assert.Equal("オープンソース は いい", folded.Folded);
            Assert.Equal(new TextSpan(5, 6), folded.SourceSpan(4, 5));
            Assert.Equal(new TextSpan(0, 8), folded.SourceSpan(0, 7));
            Assert.Equal(new TextSpan(0, 4), folded.SourceSpan(0, 4));
            Assert.Equal(new TextSpan(10, 5), folded.SourceSpan(8, 4));
        }

        [Fact]
        public void ASpanTakesWhatFoldedIntoItsLastCharacter()
        {
            // A voicing mark joined onto its kana, the small vowel of ヴァ, the low half of a surrogate pair.
            Assert.Equal(new TextSpan(0, 2), FoldedText.Of("ｸﾞｰ", Folding.Names).SourceSpan(0, 1));
            Assert.Equal(new TextSpan(0, 5), FoldedText.Of("ジェネヴァ", Folding.Names).SourceSpan(0, 4));
            var emoji = FoldedText.Of("a\uD83D\uDE00b", Folding.Names);
            Assert.Equal(new TextSpan(1, 2), emoji.SourceSpan(1, 2));
            Assert.Equal('b', emoji.SourceCharAfter(3));
        }

        [Fact]
        public void ACharacterNfkcSpreadOverTwoIsCoveredWholeByAMatchOfEither()
        {
            var folded = FoldedText.Of("x㍻y", Folding.Normalized);

            Assert.Equal("x平成y", folded.Folded);
            Assert.Equal(new TextSpan(0, 2), folded.SourceSpan(0, 2));
            Assert.Equal(new TextSpan(1, 1), folded.SourceSpan(2, 1));
            Assert.Equal(new TextSpan(1, 2), folded.SourceSpan(2, 2));
        }

        [Fact]
        public void TheSourceCharactersAroundAFoldedRangeIncludeWhatWasDropped()
        {
            // 「0 ジ1 ャ2 ン3 =4 ポ5 ー6 ル7 」8; folded 「ジャンポール」 without the =.
            var folded = FoldedText.Of("「ジャン=ポール」", Folding.Names);

            Assert.Equal('「', folded.SourceCharBefore(1));
            Assert.Equal('=', folded.SourceCharBefore(4));
            Assert.Equal('」', folded.SourceCharAfter(7));
            Assert.Equal('\0', folded.SourceCharAfter(8));
            Assert.Equal('\0', folded.SourceCharBefore(0));
        }

        [Fact]
        public void EveryFoldingMapsEveryCharacterBackInsideTheSourceInOrder()
        {
            var pieces = new[] { "A", "ｶﾞ", "㍻", "・", " ", "\u3000", "\n", "ヴァ", "=", "ン", "‐", "😀", "Ｑ", "漢", "\uD801", "ﾟ" };
            var options = new[] { Folding.Width, Folding.Nfkc, Folding.Case, Folding.Normalized, Folding.Search, Folding.Names, Folding.Width | Folding.KatakanaSeparators | Folding.Spaces };
            Gen.Select(Gen.OneOfConst(pieces).Array[0, 16], Gen.OneOfConst(options)).Sample((parts, option) =>
            {
                var text = string.Concat(parts);
                var folded = FoldedText.Of(text, option);
                var offsets = folded.Offsets;
                if (offsets.Length != folded.Length || folded.Lower.Length != folded.Length)
                {
                    return false;
                }

                for (var i = 0; i < offsets.Length; i++)
                {
                    var span = folded.SourceSpan(i, 1);
                    if (offsets[i] < 0 || offsets[i] >= text.Length || (i > 0 && offsets[i] < offsets[i - 1])
                        || span.Start != offsets[i] || span.End > text.Length || span.Length < 1)
                    {
                        return false;
                    }
                }

                return folded.Length == 0 || folded.SourceSpan(0, folded.Length).End <= text.Length;
            }, iter: 5_000);
        }
    }
}
