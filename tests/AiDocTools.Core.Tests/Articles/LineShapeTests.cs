using System.Linq;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>
    /// The bare form of a line is what cue words are matched against; a line with nothing to drop or lower is not
    /// copied, and one with something is copied from the first character that changes, so both paths are held here.
    /// </summary>
    public sealed class LineShapeTests
    {
        [Theory]
        [InlineData("関連記事", "関連記事")]
        [InlineData("【関連記事】", "関連記事")]
        [InlineData("share this", "share this")]
        [InlineData("「続きを読む」。", "続きを読む")]
        [InlineData("Share This", "share this")]
        [InlineData("続きを読む ▶", "続きを読む")]
        [InlineData("🎉 新機能のお知らせ 🎉", "新機能のお知らせ")]
        [InlineData("第Ⅻ回 AI会議", "第ⅻ回 ai会議")]
        [InlineData("二〇二三年の総括", "二〇二三年の総括")]
        [InlineData("ÉCOLE ouverte", "école ouverte")]
        [InlineData("★★★", "")]
        [InlineData("AI 🎉 時代の幕開け。", "ai 時代の幕開け")]
        [InlineData("「OpenAI」の発表。", "openai」の発表")]
        [InlineData("Ａ\t\t 文 ✅", "ａ 文")]
        [InlineData("ニュース・コメント　ＡＩ速報ー", "ニュース・コメント ａｉ速報ー")]
        [InlineData("Ｋ\u3000\u3000ｋ", "ｋ ｋ")]
        public void A_bare_line_drops_emoji_symbols_and_edge_punctuation_and_lowers_latin(string norm, string bare)
        {
            Assert.Equal(bare, LineShape.Bare(norm));
        }

        [Theory]
        [InlineData("カーソル・メニュー、ニュース「速報」")]
        [InlineData("e\u0301cole et ca\u0300fe\u0301")]
        [InlineData("가\u11A8 한국어")]
        [InlineData("👩\u200D💻 と 🇯🇵")]
        [InlineData("か\u3099な")]
        [InlineData("ﾃﾞｰﾀ")]
        public void A_line_is_counted_in_the_text_elements_the_grapheme_segmenter_counts(string text)
        {
            Assert.Equal(new System.Globalization.StringInfo(text).LengthInTextElements, LineShape.TextElementCount(text));
        }

        [Fact]
        public void A_line_with_nothing_to_drop_or_lower_is_its_own_bare_form()
        {
            const string norm = "オープンソースのモデルを公開した";
            Assert.Same(norm, LineShape.Bare(norm));
        }
    

        [Theory]
        [InlineData("オープンソースのモデルを公開した。")]
        [InlineData("「生成AI」の規制が始まる")]
        [InlineData("（速報）ＡＩ法案が成立")]
        [InlineData("  前後に空白がある行  ")]
        [InlineData("Share This Story")]
        [InlineData("")]
        public void A_line_read_at_once_has_the_normal_and_bare_forms_read_in_turn(string text)
        {
            var (norm, bare) = LineShape.NormAndBare(text);
            Assert.Equal(LineShape.Normalize(text), norm);
            Assert.Equal(LineShape.Bare(LineShape.Normalize(text)), bare);
        }

        [Fact]
        public void Random_lines_read_at_once_have_the_forms_read_in_turn()
        {
            const string alphabet = "あいうアイウ漢字ー、。「」【】・…（）ＡａAa1１ \t\u3000!?:🎉★é\u0301ｶﾞ";
            var random = new System.Random(5);
            for (var n = 0; n < 5000; n++)
            {
                var text = new string(System.Linq.Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var (norm, bare) = LineShape.NormAndBare(text);
                Assert.Equal(LineShape.Normalize(text), norm);
                Assert.Equal(LineShape.Bare(LineShape.Normalize(text)), bare);
            }
        }
    }
}
