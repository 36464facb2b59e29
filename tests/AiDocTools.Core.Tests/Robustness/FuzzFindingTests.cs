using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Robustness
{
    /// <summary>
    /// Inputs the afl++ fuzz targets (fuzz/run.sh) found to crash or stall a parser, each kept as a literal so the
    /// fixed cause stays fixed. Each test names the target that found it and what was wrong.
    /// </summary>
    public sealed class FuzzFindingTests
    {
        // target article: a fenced code block with no lines (``` then end of file) has no line array in Markdig, and
        // reading its lines threw ArgumentNullException, so one empty fence in a user's .md file refused the whole file.
        [Theory]
        [InlineData(new byte[] { 0x60, 0x60, 0x60, 0x02 })]
        [InlineData(new byte[] { 0x7e, 0x7e, 0x7e, 0x7e, 0x7e, 0x7e, 0x7e, 0x7e })]
        [InlineData(new byte[] { 0x3e, 0x7e, 0x7e, 0x7e, 0x72, 0x40, 0x7e, 0x6c })]
        public void AMarkdownFileThatIsOneEmptyFenceReads(byte[] bytes)
        {
            var article = AnalysisPipeline.Shipped.NewReader().Read(bytes, "finding.md");

            Assert.Equal(ArticleFormat.Markdown, article.Format);
        }

        [Fact]
        public void AnEmptyFenceBetweenParagraphsLeavesTheParagraphs()
        {
            var article = AnalysisPipeline.Shipped.NewReader().ReadText("# 見出し\n\n最初の段落です。\n\n```\n```\n\n~~~\n~~~\n\n次の段落です。\n", "finding.md");

            Assert.Contains("最初の段落です。", article.Paragraphs);
            Assert.Contains("次の段落です。", article.Paragraphs);
            Assert.DoesNotContain(article.Paragraphs, p => p.Contains("`") || p.Contains("~"));
        }

        // target article: a flow list left open across a blank line in front matter made YamlDotNet's scanner throw
        // InvalidOperationException rather than a YamlException, which escaped the reader as an unexplained failure.
        [Theory]
        [InlineData("---\nt: [a\n\nb\n---\n本文です。\n")]
        [InlineData("---\ntitle: 題名\ntags: [AI\n\n著作権* 規制\n---\n本文です。\n")]
        [InlineData("---\ntags: [a\nb* c\n---\nbody\n")]
        public void FrontMatterTheYamlScannerTripsOnIsMalformedFrontMatterNamingTheFile(string text)
        {
            var ex = Assert.Throws<ArticleLoadException>(() => AnalysisPipeline.Shipped.NewReader().ReadText(text, "finding.md"));

            Assert.Equal(ArticleLoadFailure.MalformedFrontMatter, ex.Failure);
            Assert.Contains("finding.md", ex.Message);
        }
    }
}
