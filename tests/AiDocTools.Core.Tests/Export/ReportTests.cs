using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Time;
using HtmlParser = AngleSharp.Html.Parser.HtmlParser;
using AiDocTools.Claims;
using AiDocTools.Export;
using AiDocTools.Search;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace AiDocTools.Core.Tests.Export
{
    /// <summary>The report built from invented articles through the real extractors, and written in each format.</summary>
    public sealed class ReportTests
    {
        private static readonly string Folder = Path.Combine(Path.GetTempPath(), "aidoc report");

        // Invented articles: a Japanese one quoting a company and its chief, an English one reporting a researcher.
        private static readonly Article Japanese = Read(
            "オープンモデルの行方\n\n2024年5月1日\n\nメタは2024年4月にLlama 3を公開した。\n\n" +
            "ザッカーバーグ氏は「オープンなモデルは安全性を高める」と述べた。\n\n" +
            "Metaは「私たちは開発者と共に歩む」と述べた。\n\n2010年代には多くの企業がモデルを非公開にしていた。\n",
            "ja-open.md");

        private static readonly Article English = Read(
            "Open weights and the law\n\nMay 20, 2023\n\n\"Weights are not source code,\" said Yann LeCun at a conference in 2023.\n\n" +
            "OpenAI released GPT-4 in March 2023.\n",
            "en-law.md");

        private static Article Read(string text, string name)
        {
            var article = new ArticleReader().ReadText(text, name);
            article.Path = Path.Combine(Folder, name);
            return article;
        }

        private static ReportArticle Analysed(Article article) =>
            new ReportArticle(article, ClaimExtractor.Default.Extract(article), EventExtractor.Default.Extract(article));

        private static Report Build(ReportFilter? filter = null) =>
            ReportBuilder.Build(new[] { Analysed(Japanese), Analysed(English) }, filter, "Open models");

        private static IEnumerable<ReportQuote> Quotes(Report report) => report.Speakers.SelectMany(s => s.Topics).SelectMany(t => t.Quotes);

        [Fact]
        public void EveryAttributedClaimIsAQuoteUnderItsSpeakerOnce()
        {
            var report = Build();
            var attributed = new[] { Japanese, English }.SelectMany(a => ClaimExtractor.Default.Extract(a))
                .Where(c => c.Speaker != null && c.Kind != ClaimKind.Assertion).ToList();
            Assert.NotEmpty(attributed);
            Assert.Equal(attributed.Count, report.QuoteCount);
            foreach (var claim in attributed)
            {
                var quote = Assert.Single(Quotes(report), q => q.Claim.ArticleId == claim.ArticleId && q.Claim.Start == claim.Start);
                Assert.Contains(report.Speakers, s => s.Name == claim.Speaker && s.Topics.SelectMany(t => t.Quotes).Contains(quote));
                Assert.Equal(claim.Kind == ClaimKind.DirectQuote, quote.Direct);
            }

            Assert.Contains(Quotes(report), q => q.Language == "en");
            Assert.Contains(Quotes(report), q => q.Language == "ja");
        }

        [Fact]
        public void AnEntityFilterKeepsWhatNamesItAndWhatItSaysItself()
        {
            var report = Build(new ReportFilter { Entity = n => n == "Meta" });
            Assert.Contains(Quotes(report), q => q.Claim.Speaker == "Meta");

            // A statement whose words never name the company ("we…") still belongs to its dossier.
            var article = new Article { Id = "we", Language = "en", Body = "We will keep releasing weights, the company said." };
            var own = new Claim { ArticleId = "we", Kind = ClaimKind.ReportedSpeech, Speaker = "Meta", Text = article.Body, Length = article.Body.Length };
            var other = new Claim { ArticleId = "we", Kind = ClaimKind.ReportedSpeech, Speaker = "OpenAI", Text = article.Body, Length = article.Body.Length };
            var dossier = ReportBuilder.Build(new[] { new ReportArticle(article, new[] { own, other }, Array.Empty<TimelineEvent>()) }, new ReportFilter { Entity = n => n == "Meta" });
            Assert.Same(own, Assert.Single(Quotes(dossier)).Claim);
            Assert.All(Quotes(report), q => Assert.True(q.Claim.Entities.Contains("Meta") || q.Claim.Speaker == "Meta", q.Claim.Text));
            Assert.All(report.Events, e => Assert.Contains("Meta", e.Event.Entities));
            Assert.DoesNotContain(report.Sources, s => s.Id == English.Id);
        }

        [Fact]
        public void PeriodFiltersAndQueriesNarrowTheSelection()
        {
            var after = Build(new ReportFilter { After = PartialDate.Parse("2024") });
            Assert.All(Quotes(after), q => Assert.Equal(Japanese.Id, q.Source.Id));
            Assert.All(after.Events, e => Assert.True(e.Date.IsInOrAfter(PartialDate.Parse("2024"))));

            var query = Build(new ReportFilter { Query = ClaimQuery.Parse("source code") });
            Assert.All(Quotes(query), q => Assert.Contains("source code", q.Claim.Text));
            Assert.Single(query.Sources);
        }

        [Fact]
        public void PeriodCoversEveryDateAndPartialDatesKeepTheirSpan()
        {
            var report = Build();
            Assert.NotNull(report.First);
            Assert.All(report.Events, e => Assert.True(e.Date.Start >= report.First!.Start && e.Date.End <= report.Last!.End));
            Assert.Equal(report.Events.OrderBy(e => e.Date).Select(e => e.Date), report.Events.Select(e => e.Date));
        }

        [Fact]
        public void HtmlHasEverySectionAndLinksEveryQuoteToItsPlace()
        {
            var report = Build();
            var document = new HtmlParser().ParseDocument(ReportWriters.For(ReportFormat.Html).ToText(report));
            foreach (var id in new[] { "overview", "who", "time", "entities", "provenance" })
            {
                Assert.NotNull(document.GetElementById(id));
            }

            var items = document.QuerySelectorAll("li.quote");
            Assert.Equal(report.QuoteCount, items.Length);
            foreach (var quote in Quotes(report))
            {
                var item = Assert.Single(items, li => li.QuerySelector(".words")!.TextContent.Contains(quote.Words));
                var href = item.QuerySelector("a")!.GetAttribute("href")!;
                Assert.StartsWith(new Uri(quote.Source.Path!).AbsoluteUri, href);
                Assert.EndsWith("#char=" + quote.Claim.Start + "," + (quote.Claim.Start + quote.Claim.Length), href);
                Assert.Equal(quote.Language, item.QuerySelector(".words")!.GetAttribute("lang"));
            }

            Assert.Equal(3, document.QuerySelectorAll("svg").Length);
            Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object"));
        }

        [Fact]
        public void HostileTextStaysTextInEveryFormat()
        {
            const string longWord = "x";
            var article = new Article
            {
                Id = "evil",
                Path = Path.Combine(Folder, "<evil> (1).html"),
                Title = Events.Hostile + "\u202E",
                Site = "<b>site</b>",
                Language = "en",
                Published = PartialDate.Parse("2024-04"),
                Body = Events.Hostile,
            };
            var claim = new Claim
            {
                ArticleId = "evil",
                ArticlePath = article.Path,
                Kind = ClaimKind.DirectQuote,
                Text = Events.Hostile,
                Quote = Events.Hostile + " \u202Eمرحبا " + new string(longWord[0], 5000),
                Speaker = "<script>alert(2)</script>",
                SpeakerAsWritten = "\u202Ehe</q>",
                Start = 0,
                Length = Events.Hostile.Length,
                Entities = new[] { "<svg onload=alert(3)>", "Meta" },
            };
            var report = ReportBuilder.Build(new[] { new ReportArticle(article, new[] { claim }, new[] { Events.At("2024-04", Events.Hostile, "evil", entities: new[] { "<svg onload=alert(3)>", "Meta" }) }) }, title: Events.Hostile);

            var html = ReportWriters.For(ReportFormat.Html).ToText(report);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed, link"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("javascript:")));
            Assert.Contains(claim.Quote.Replace("\r\n", "\n"), document.QuerySelector("li.quote .words")!.TextContent);
            Assert.Equal(3, document.QuerySelectorAll("svg").Length);
            Assert.All(document.QuerySelectorAll("svg *"), e => Assert.Contains(e.LocalName, new[] { "line", "text", "title", "rect", "circle" }));

            var markdown = Markdig.Markdown.Parse(ReportWriters.For(ReportFormat.Markdown).ToText(report), new Markdig.MarkdownPipelineBuilder().UsePipeTables().Build());
            Assert.Empty(markdown.Descendants<HtmlBlock>());
            Assert.Empty(markdown.Descendants<HtmlInline>());
            Assert.All(markdown.Descendants<LinkInline>(), l => Assert.StartsWith("file:", l.Url));
            Assert.Equal(5, markdown.Descendants<HeadingBlock>().Count(h => h.Level == 2));
        }

        [Fact]
        public void MarkdownHasEverySectionAndAQuoteLinePerQuote()
        {
            var report = Build();
            var text = ReportWriters.For(ReportFormat.Markdown).ToText(report);
            var document = Markdig.Markdown.Parse(text, new Markdig.MarkdownPipelineBuilder().UsePipeTables().Build());
            Assert.Equal(5, document.Descendants<HeadingBlock>().Count(h => h.Level == 2));
            Assert.Equal(report.Speakers.Count, document.Descendants<HeadingBlock>().Count(h => h.Level == 3));
            var links = document.Descendants<LinkInline>().Select(l => l.Url).ToList();
            foreach (var quote in Quotes(report))
            {
                Assert.Contains(links, l => l!.EndsWith("#char=" + quote.Claim.Start + "," + (quote.Claim.Start + quote.Claim.Length)) && l.StartsWith(new Uri(quote.Source.Path!).AbsoluteUri));
            }

            Assert.NotEmpty(document.Descendants<Markdig.Extensions.Tables.Table>());
        }

        [Theory]
        [InlineData(ReportFormat.Html)]
        [InlineData(ReportFormat.Markdown)]
        public void AnEmptyReportSaysSoInsteadOfFailing(ReportFormat format)
        {
            var report = ReportBuilder.Build(Array.Empty<ReportArticle>());
            var text = ReportWriters.For(format).ToText(report);
            Assert.Contains(Messages.ReportNoQuotes, text);
            Assert.Equal(format, ReportWriters.For(format).Format);
        }
    }
}
