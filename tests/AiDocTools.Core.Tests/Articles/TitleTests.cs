using AiDocTools.Analysis;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>The headline as it appears, on made-up pages that print other short lines around it.</summary>
    public sealed class TitleTests
    {
        private static Article Read(string text, string name = "page.txt") =>
            AnalysisPipeline.Shipped.NewReader().ReadText(text.Replace("\r\n", "\n"), name);

        [Fact]
        public void Counters_saved_as_one_markdown_paragraph_are_chrome_and_never_the_title()
        {
            var article = Read(@"6 分で読了
12 views

How open licences travel

Licences written for code are now applied to model weights, with mixed results for the people who reuse them.", "post.md");
            Assert.Equal("How open licences travel", article.Title);
            // The head of a Markdown clipping is read line by line, so each counter is removed as a line of its own.
            Assert.Equal(new[] { "6 分で読了", "12 views" }, article.Boilerplate);
            Assert.DoesNotContain("views", article.Body);
        }

        [Theory]
        [InlineData("Analysis | The Example Ledger")]
        [InlineData("FOR IMMEDIATE RELEASE")]
        [InlineData("テックニュース")]
        [InlineData("ニュース > イベント")]
        public void A_label_above_the_headline_gives_way_to_the_headline(string label)
        {
            var article = Read(label + @"

Model makers split over whether to publish their training data

By Hana Lindgren
March 4, 2026

Several companies said this week that they would publish summaries of their training data, while others refused.");
            Assert.Equal("Model makers split over whether to publish their training data", article.Title);
        }

        [Fact]
        public void A_headline_about_copyright_is_a_headline_and_the_footer_still_goes()
        {
            var article = Read(@"Judges split on AI copyright claims
June 9, 2026
Two courts reached different answers this month on whether training a model on books is fair use.
Copyright 2026 Example Media Group.");
            Assert.Equal("Judges split on AI copyright claims", article.Title);
            Assert.Contains("Copyright 2026 Example Media Group.", article.Boilerplate);
        }

        [Fact]
        public void A_date_stamp_with_a_category_above_the_headline_is_no_title()
        {
            var article = Read(@"2026年02月10日 21時00分 AI

生成AIの開示義務、州議会で法案提出

米国の州議会で、生成AIを使った報道に開示を義務付ける法案が提出された。");
            Assert.Equal("生成AIの開示義務、州議会で法案提出", article.Title);
        }

        [Theory]
        [InlineData("生成AIの著作権、判決が示した線引き | テックニュース", "テックニュース", "生成AIの著作権、判決が示した線引き")]
        [InlineData("テックニュース｜生成AIの著作権、判決が示した線引き", "テックニュース", "生成AIの著作権、判決が示した線引き")]
        [InlineData("オープンモデルの責任を誰が負うのか｜AIウォッチ", null, "オープンモデルの責任を誰が負うのか")]
        [InlineData("Open weights - a primer", null, "Open weights - a primer")]
        public void A_page_title_loses_the_site_name_it_carries(string title, string? site, string headline)
        {
            Assert.Equal(headline, MetadataDetector.WithoutSiteName(title, site, new ArticleLine[0]));
        }

        [Fact]
        public void A_saved_page_gives_the_headline_it_prints_not_its_title_bar()
        {
            var article = AnalysisPipeline.Shipped.NewReader().ReadText(@"<!DOCTYPE html><html lang=""ja""><head><meta charset=""utf-8"">
<title>公開モデルと安全性、各国の規制案を比べる | テックニュース</title><meta property=""og:site_name"" content=""テックニュース""></head><body>
<article><h1>公開モデルと安全性、各国の規制案を比べる</h1>
<p>公開されたモデルの安全性をどう確保するかについて、各国の規制案は異なる考え方をとっている。欧州は義務を重くし、日本は指針を中心に据える。</p>
<p>米国では州ごとに法案が出ており、連邦レベルの統一的なルールはまだない。企業は複数の規制に同時に対応する必要に迫られている。</p>
</article></body></html>", "page.html");
            Assert.Equal("公開モデルと安全性、各国の規制案を比べる", article.Title);
        }
    }
}
