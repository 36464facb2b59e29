using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Claims;
using AiDocTools.Text;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>Random text built from the characters that steer segmentation and attribution: brackets, stops, cue words.</summary>
    public sealed class ClaimPropertyTests
    {
        private static readonly string[] Pieces =
        {
            "「", "」", "『", "』", "（", "）", "(", ")", "“", "”", "\"", "。", "！", "？", "!", "?", ".", "．", ":", "：", "、", ",",
            " ", "\u3000", "\n", "\r\n", "a", "A", "Mr", "U.S", "3.3", "2", "http://x.y/z?q=1", "www.", "あ", "ア", "漢",
            "と", "は", "氏", "と述べた", "と語った", "によると", "ことが判明", "said", " said ", "according to ", "彼", "同氏",
            "次のように述べた:", "田中", "“Yes,” ", "Jane Doe", "ー", "・", "-", ">", "\t",
        };

        private static readonly Gen<string> Text = Gen.OneOfConst(Pieces).Array[0, 60].Select(parts => string.Concat(parts));

        [Fact]
        public void SegmenterNeverThrowsAndSpansAreOrderedTrimmedAndInside()
        {
            Text.Sample(text =>
            {
                var spans = SentenceSegmenter.Split(text);
                var previousEnd = 0;
                foreach (var span in spans)
                {
                    Assert.True(span.Length > 0);
                    Assert.True(span.Start >= previousEnd);
                    Assert.True(span.End <= text.Length);
                    Assert.False(char.IsWhiteSpace(text[span.Start]));
                    Assert.False(char.IsWhiteSpace(text[span.End - 1]));
                    Assert.DoesNotContain('\n', span.Of(text));
                    previousEnd = span.End;
                }
            }, iter: 10_000);
        }

        [Fact]
        public void ClaimsPointIntoTheBody()
        {
            var paragraphs = Text.Select(t => t.Replace("\r", " ").Replace("\n", " ")).Array[1, 5];
            paragraphs.Sample(parts =>
            {
                var article = ClaimExtractorTests.ArticleOf(parts);
                var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
                var previousEnd = 0;
                foreach (var claim in claims)
                {
                    Assert.Equal(claim.Text, article.Body.Substring(claim.Start, claim.Length));
                    Assert.True(claim.Start >= previousEnd);
                    previousEnd = claim.Start + claim.Length;
                    if (claim.Kind == ClaimKind.Assertion)
                    {
                        Assert.Null(claim.Speaker);
                    }
                }

                Assert.Equal(Enumerable.Range(0, claims.Count), claims.Select(c => c.Index));
            }, iter: 10_000);
        }
    }
}
