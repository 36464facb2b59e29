using System.Linq;
using CsCheck;
using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class SentenceSegmenterTests
    {
        private static string[] Sentences(string text) => SentenceSegmenter.Split(text).Select(s => s.Of(text)).ToArray();

        [Fact]
        public void JapaneseTerminatorsEndSentences()
        {
            Assert.Equal(new[] { "公開した。", "本当か？", "驚いた！", "次へ" }, Sentences("公開した。本当か？驚いた！次へ"));
        }

        [Fact]
        public void HalfWidthMarksEndJapaneseSentences()
        {
            Assert.Equal(new[] { "素晴らしいですね!", "要点はこうです。" }, Sentences("素晴らしいですね!要点はこうです。"));
            Assert.Equal(new[] { "戦略ですか?", "「PITACは考えています。」" }, Sentences("戦略ですか?「PITACは考えています。」"));
        }

        [Fact]
        public void LineBreaksEndSentences()
        {
            Assert.Equal(new[] { "見出し", "本文です。" }, Sentences("見出し\n本文です。"));
            Assert.Equal(new[] { "one", "two" }, Sentences("one\r\ntwo"));
        }

        [Theory]
        [InlineData("「公開は正しい。安全性も高まる。」と彼は述べた。")]
        [InlineData("『外側「内側。まだ内側。」外側。』と書いた。")]
        [InlineData("研究者（東京大学。当時）が答えた。")]
        [InlineData("“Open source drives innovation. It also improves safety.” he wrote")]
        public void NothingEndsInsideBracketsOrQuotes(string text)
        {
            Assert.Single(Sentences(text));
        }

        [Fact]
        public void AQuoteSpanningSentencesStaysOneAndTheNextSentenceSplits()
        {
            var text = "「私たちのモデルは優位です。しかし差は縮まっています。」とメモにある。次の文。";
            Assert.Equal(new[] { "「私たちのモデルは優位です。しかし差は縮まっています。」とメモにある。", "次の文。" }, Sentences(text));
        }

        [Theory]
        [InlineData("The model scored 2.5 points higher. It was tested twice.", "The model scored 2.5 points higher.")]
        [InlineData("Mr. Smith met Dr. Jones at Acme Inc. in the U.S. on Monday. Then he left.", "Mr. Smith met Dr. Jones at Acme Inc. in the U.S. on Monday.")]
        [InlineData("Meta released Llama 3.3 today. Critics disagreed.", "Meta released Llama 3.3 today.")]
        [InlineData("See https://example.com/a.b?c=1 for details. Next one.", "See https://example.com/a.b?c=1 for details.")]
        [InlineData("J. R. Smith wrote it. Next.", "J. R. Smith wrote it.")]
        public void NumbersAbbreviationsVersionsAndUrlsDoNotEndSentences(string text, string first)
        {
            var sentences = Sentences(text);
            Assert.Equal(2, sentences.Length);
            Assert.Equal(first, sentences[0]);
        }

        [Fact]
        public void JapaneseWithVersionNamesAndUrls()
        {
            var text = "Llama 3.3が公開された。モデル→https://huggingface.co/Mitsua/clip-v1.0を参照。A.I.エンジンを共有する。";
            Assert.Equal(new[] { "Llama 3.3が公開された。", "モデル→https://huggingface.co/Mitsua/clip-v1.0を参照。", "A.I.エンジンを共有する。" }, Sentences(text));
        }

        [Fact]
        public void AQuotationEndingWithItsOwnStopEndsTheSentence()
        {
            Assert.Equal(new[] { "“We will open it.”", "The company said so." }, Sentences("“We will open it.” The company said so."));
        }

        [Fact]
        public void AnUnclosedBracketDoesNotSwallowTheLine()
        {
            var text = "「閉じない引用。次の文。さらに次の文。";
            Assert.Equal(new[] { "「閉じない引用。", "次の文。", "さらに次の文。" }, Sentences(text));
        }

        [Fact]
        public void AnUnclosedBracketStopsAtTheParagraphEnd()
        {
            var sentences = Sentences("彼は「閉じない\n次の段落。");
            Assert.Equal(new[] { "彼は「閉じない", "次の段落。" }, sentences);
        }

        [Fact]
        public void ReversedAndMixedQuotationMarksPair()
        {
            Assert.Single(Sentences("” 参入障壁はない。OpenAIも同じ “と宣言した。"));
            Assert.Single(Sentences("「開かれた。安全だ。”と報告書は述べた。"));
        }

        [Fact]
        public void AColonAfterAStopStaysWithItsSentence()
        {
            Assert.Equal(new[] { "関連しているように思われます。:" }, Sentences("関連しているように思われます。:"));
        }

        [Fact]
        public void SpansAreTrimmedAndNeverEmpty()
        {
            var text = "  一つ目。  \n\n   二つ目。 ";
            var spans = SentenceSegmenter.Split(text);
            Assert.Equal(new[] { "一つ目。", "二つ目。" }, spans.Select(s => s.Of(text)).ToArray());
            Assert.Empty(SentenceSegmenter.Split("   \n  "));
        }

        [Fact]
        public void AnOverLongSentenceIsCutInPlaceAmongItsNeighbours()
        {
            // Two lines: short sentences around one far over the limit, its commas where the cut may fall.
            var longOne = string.Concat(Enumerable.Repeat("長い文が続き、", 400)) + "終わる。";
            var text = "前の文。" + longOne + "後の文。\n次の行です。";
            var sentences = Sentences(text);

            Assert.Equal("前の文。", sentences[0]);
            Assert.Equal(new[] { "後の文。", "次の行です。" }, sentences.Skip(sentences.Length - 2).ToArray());
            var pieces = sentences.Skip(1).Take(sentences.Length - 3).ToArray();
            Assert.True(pieces.Length >= 3);
            Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, SentenceSegmenter.MaximumSentenceLength));
            Assert.Equal(longOne, string.Concat(pieces));
        }

        [Fact]
        public void TheSentencesOfOneLineAreThoseTheWholeTextHasThere()
        {
            // Lines of sentences, quotes left open or closed, abbreviations and URLs: the line around any offset cut alone
            // gives the spans the whole text's cut has on that line, at the same offsets.
            var pieces = new[] { "OpenAIは発表した。", "「モデルを公開する。", "」と述べた。", "Mr. Roe said", " it. ", "He left!", "\n", "\r\n", "“Open", " it.” ", "https://x.ai/a.b ", "v2.5 ", "（注", "）", "  " };
            Gen.Select(Gen.OneOfConst(pieces).Array[1, 30].Select(parts => string.Concat(parts)), Gen.Int[0, 100_000])
                .Sample((text, at) =>
                {
                    var offset = at % (text.Length + 1);
                    var lineStart = offset > 0 ? text.LastIndexOfAny(new[] { '\n', '\r' }, offset - 1) + 1 : 0;
                    var lineEnd = offset < text.Length ? text.IndexOfAny(new[] { '\n', '\r' }, offset) : -1;
                    lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                    var expected = SentenceSegmenter.Split(text).Where(s => s.Start >= lineStart && s.End <= lineEnd).ToArray();
                    return expected.SequenceEqual(SentenceSegmenter.SplitLineAt(text, offset));
                }, iter: 5_000);
        }
    }
}
