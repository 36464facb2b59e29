using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDocTools.Analysis;
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
            var article = AnalysisPipeline.Shipped.NewReader().ReadText(text, name);
            article.Path = Path.Combine(Folder, name);
            return article;
        }

        private static ReportArticle Analysed(Article article) =>
            new ReportArticle(article, AnalysisPipeline.Shipped.Claims.Extract(article), AnalysisPipeline.Shipped.Events.Extract(article));

        private static Report Build(ReportFilter? filter = null) =>
            ReportBuilder.Build(new[] { Analysed(Japanese), Analysed(English) }, filter, "Open models");

        private static IEnumerable<ReportQuote> Quotes(Report report) => report.Speakers.SelectMany(s => s.Topics).SelectMany(t => t.Quotes);

        [Fact]
        public void EveryAttributedClaimIsAQuoteUnderItsSpeakerOnce()
        {
            var report = Build();
            var attributed = new[] { Japanese, English }.SelectMany(a => AnalysisPipeline.Shipped.Claims.Extract(a))
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

            Assert.Equal(4, document.QuerySelectorAll("svg").Length);
            Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object"));
        }

        [Fact]
        public void OverTimePerSpeakerDrawsEachSpeakersDatedQuotesAndCountsThemPerYear()
        {
            // A third article, dated only to a month, so one speaker's quotes span two years and one mark is a span.
            var later = Read("後の発言\n\n2025年3月\n\nザッカーバーグ氏は「公開の方針は変えない」と語った。\n", "ja-later.md");
            var report = ReportBuilder.Build(new[] { Analysed(Japanese), Analysed(English), Analysed(later) }, null, "Open models");
            var html = new HtmlParser().ParseDocument(ReportWriters.For(ReportFormat.Html).ToText(report));
            var time = html.GetElementById("time")!;
            var chart = Assert.Single(time.QuerySelectorAll("svg"), svg => svg.GetAttribute("aria-label") == Messages.ReportSpeakerChartCaption);

            var dated = Quotes(report).Where(q => q.Source.Published != null).ToList();
            foreach (var speaker in dated.Select(q => q.Claim.Speaker!).Distinct())
            {
                // One mark per article date of the speaker, its title naming the speaker, the date and the count.
                var dates = dated.Where(q => q.Claim.Speaker == speaker).Select(q => q.Source.Published!.ToString()).Distinct().ToList();
                var marks = chart.QuerySelectorAll("circle, rect").Where(m => m.QuerySelector("title")?.TextContent.StartsWith(speaker + " · ", StringComparison.Ordinal) == true).ToList();
                Assert.Equal(dates.Count, marks.Count);

                var row = Assert.Single(time.QuerySelectorAll("table.speakers tbody tr"), tr => tr.Children[0].TextContent == speaker);
                Assert.Equal(dated.Count(q => q.Claim.Speaker == speaker), row.Children.Skip(1).Sum(td => int.Parse(td.TextContent)));
            }

            // 2025-03 is a month: drawn as a bar over it, not a dot.
            Assert.Equal("2025-03", later.PublishedValue?.ToString());
            Assert.Contains(chart.QuerySelectorAll("rect"), r => r.QuerySelector("title")!.TextContent.Contains("Mark Zuckerberg · 2025-03", StringComparison.Ordinal));
            var headers = time.QuerySelectorAll("table.speakers th").Select(th => th.TextContent).ToList();
            Assert.Equal(new[] { Messages.ReportColumnSpeaker, "2023", "2024", "2025" }, headers);

            var markdown = ReportWriters.For(ReportFormat.Markdown).ToText(report);
            Assert.Contains("| Mark Zuckerberg | 0 | 1 | 1 |", markdown);
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
                PublishedValue = PartialDate.Parse("2024-04"),
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
            Assert.Equal(4, document.QuerySelectorAll("svg").Length);
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
