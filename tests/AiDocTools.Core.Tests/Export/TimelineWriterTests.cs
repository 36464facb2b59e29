using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Export;
using AngleSharp.Html.Parser;
using CsvHelper;
using CsvHelper.Configuration;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace AiDocTools.Core.Tests.Export
{
    /// <summary>Every format is read back by a real parser for it and compared with the timeline it was written from.</summary>
    public sealed class TimelineWriterTests
    {
        private const string CsvText = "Revenue, they said, was \"up\"\nby 25%,\r\nand \"that\" was that";

        private static readonly Timeline Sample = TimelineBuilder.Build(
            new[]
            {
                Events.At("2000-01-10", "IBMがLinuxのサポートを発表した", "ibm", sentence: "2000年1月10日、IBMがLinuxのサポートを発表した。", entities: new[] { "IBM", "Linux" }),
                Events.At("2000-01-10", "IBMがLinuxのサポートを発表", "news", sentence: "IBMは2000年1月10日にLinuxのサポートを発表した。"),
                Events.At("1999-H2", Events.Hostile, "evil", sentence: Events.Hostile),
                Events.At("2024-04", "Meta released Llama 3", "csv", sentence: CsvText),
                Events.At("2023-Q3", "A quarter", "q"),
            },
            "AI <b>timeline</b>: 2024",
            Events.Titles(("ibm", "IBM & Linux"), ("evil", "<script>alert(1)</script>")));

        public static IEnumerable<object[]> Formats() => Enum.GetValues(typeof(TimelineFormat)).Cast<object>().Select(f => new[] { f });

        [Theory]
        [MemberData(nameof(Formats))]
        public void TheRegistryHasOneWriterPerFormat(TimelineFormat format)
        {
            var writer = TimelineWriters.For(format);
            Assert.Equal(format, writer.Format);
            Assert.StartsWith(".", writer.FileExtension);
            Assert.Single(TimelineWriters.All, w => w.Format == format);
        }

        [Fact]
        public void SampleHasMergedAndHostileEntries()
        {
            Assert.Equal(new[] { "1999-H2", "2000-01-10", "2023-Q3", "2024-04" }, Sample.Entries.Select(e => e.Date.ToString()));
            Assert.Equal(2, Sample.Entries[1].Sources.Count);
        }

        [Fact]
        public void MarkdownReadsBackThroughMarkdigAsTheSameEntries()
        {
            var markdown = TimelineWriters.For(TimelineFormat.Markdown).ToText(Sample);
            var document = Markdig.Markdown.Parse(markdown);

            Assert.Empty(document.Descendants<HtmlBlock>());
            Assert.Empty(document.Descendants<HtmlInline>());
            Assert.Empty(document.Descendants<LinkInline>());
            Assert.Empty(document.Descendants<AutolinkInline>());
            Assert.Empty(document.Descendants<CodeInline>());

            var blocks = document.ToList();
            var title = Assert.IsType<HeadingBlock>(blocks[0]);
            Assert.Equal(1, title.Level);
            Assert.Equal(OneLine(Sample.Title), PlainText(title.Inline!));

            var index = 1;
            foreach (var entry in Sample.Entries)
            {
                var heading = Assert.IsType<HeadingBlock>(blocks[index++]);
                Assert.Equal(2, heading.Level);
                Assert.Equal(entry.Date.ToString(), PlainText(heading.Inline!));

                var headline = Assert.IsType<ParagraphBlock>(blocks[index++]);
                var strong = Assert.IsType<EmphasisInline>(Assert.Single(headline.Inline!));
                Assert.Equal(2, strong.DelimiterCount);
                Assert.Equal(OneLine(entry.Headline), PlainText(strong));

                var list = Assert.IsType<ListBlock>(blocks[index++]);
                Assert.Equal(entry.Sources.Count, list.Count);
                for (var i = 0; i < entry.Sources.Count; i++)
                {
                    var item = (ParagraphBlock)((ListItemBlock)list[i])[0];
                    var label = Assert.IsType<EmphasisInline>(item.Inline!.FirstChild);
                    Assert.Equal(1, label.DelimiterCount);
                    Assert.Equal(OneLine(Label(entry.Sources[i])), PlainText(label));
                    Assert.Equal(OneLine(Label(entry.Sources[i])) + ": " + OneLine(entry.Sources[i].Sentence), PlainText(item.Inline).TrimEnd());
                }
            }

            Assert.Equal(blocks.Count, index);
        }

        [Fact]
        public void HtmlIsOneSelfContainedPageWithTheScriptInjectionInert()
        {
            var html = TimelineWriters.For(TimelineFormat.Html).ToText(Sample);
            var document = new HtmlParser().ParseDocument(html);

            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Empty(document.QuerySelectorAll("img, iframe, object, embed, a, link, base"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(document.All, e => e.HasAttribute("src") || e.HasAttribute("href"));
            Assert.NotNull(document.QuerySelector("head > style"));
            Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));

            Assert.Equal(OneLine(Sample.Title), document.Title);
            Assert.Equal(OneLine(Sample.Title), document.QuerySelector("h1")!.TextContent);
            var dates = document.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
            Assert.Equal(Sample.Entries.Select(e => e.Date.ToString()), dates);
            var headlines = document.QuerySelectorAll("h2 ~ p > strong").Select(s => s.TextContent).ToList();
            Assert.Equal(Sample.Entries.Select(e => OneLine(e.Headline)), headlines);
            var items = document.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Equal(Sample.Entries.SelectMany(e => e.Sources).Select(s => OneLine(Label(s)) + ": " + OneLine(s.Sentence)), items);

            // The hostile article's markup shows as text.
            Assert.Contains("<script>alert('x')</script>", document.Body!.TextContent);
            Assert.Contains("<img src=x onerror=\"alert(1)\">", document.Body.TextContent);
        }

        [Fact]
        public void JsonReadsBackThroughSystemTextJsonExactly()
        {
            var json = TimelineWriters.For(TimelineFormat.Json).ToText(Sample);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;

            Assert.Equal(Sample.Title, root.GetProperty("title").GetString());
            var entries = root.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(Sample.Entries.Count, entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                AssertJsonEntry(Sample.Entries[i], entries[i]);
            }

            Assert.Contains("IBMがLinux", json); // Japanese stays readable, not \u-escaped
        }

        [Fact]
        public void CsvReadsBackThroughCsvHelperWithCommasQuotesAndLineBreaksIntact()
        {
            var csv = TimelineWriters.For(TimelineFormat.Csv).ToText(Sample);
            var rows = ReadCsv(csv);

            Assert.Equal(CsvTimelineWriter.Columns, rows[0]);
            var expected = Sample.Entries.SelectMany((e, i) => e.Sources.Select(s => (Entry: e, Number: i + 1, Source: s))).ToList();
            Assert.Equal(expected.Count, rows.Count - 1);
            for (var i = 0; i < expected.Count; i++)
            {
                AssertCsvRow(expected[i].Entry, expected[i].Number, expected[i].Source, rows[i + 1]);
            }

            Assert.Contains(rows, r => r[9] == CsvText);
            Assert.Contains(rows, r => r[9] == Events.Hostile);
        }

        [Fact]
        public void CsvRecordsEndInCrLf()
        {
            var csv = TimelineWriters.For(TimelineFormat.Csv).ToText(Sample);
            Assert.EndsWith("\r\n", csv);
            Assert.StartsWith("\"Entry\",\"Date\"", csv);
        }

        // Mermaid's timeline as Mermaid's grammar reads it: one period per date with that date's entries under it, a
        // section per year, every line of an event within a box's width, and no markup but the line breaks.
        [Fact]
        public void MermaidGroupsEntriesUnderTheirPeriodAndPeriodsUnderTheirYear()
        {
            var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(Sample));
            Assert.Equal(OneLine(Sample.Title), MermaidTimelineGrammar.Unescape(diagram.Title!.Trim()));
            AssertMermaidShowsTheTimeline(Sample, diagram);
        }

        [Fact]
        public void MermaidPutsTheEntriesOfOneDateUnderOnePeriod()
        {
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2023-W19", "ある研究所が重みを公開した", "a"),
                Events.At("2023-W19", "The council met to discuss the draft", "b"),
                Events.At("2023-W19", "別の団体が反対声明を出した", "c"),
                Events.At("2024", "規制の議論が続いた", "a"),
            });
            var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(timeline));
            Assert.Equal(new[] { "2023-W19", "2024" }, diagram.Periods.Select(p => p.Name));
            Assert.Equal(3, diagram.Periods.First().Events.Count);
            Assert.Equal(new[] { "2023", "2024" }, diagram.Sections.Select(s => s.Name));
        }

        // A Japanese sentence has no spaces for Mermaid to wrap at: it is cut into lines by width, two cells a character.
        [Fact]
        public void MermaidWrapsJapaneseByDisplayWidthAndClipsALongHeadline()
        {
            var longHeadline = string.Concat(Enumerable.Repeat("公開された重みをめぐる議論が続いた。", 6));
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2024-04", "研究所はオープンな重みの新しいモデルを公開した。", "lab"),
                Events.At("2024-05", longHeadline, "long"),
            });
            var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(timeline));
            var lines = MermaidTimelineGrammar.Lines(diagram.Periods.First().Events.Single());
            Assert.Equal(new[] { "研究所はオープン", "な重みの新しいモ", "デルを公開した。", "(lab)" }, lines);

            var clipped = MermaidTimelineGrammar.Lines(diagram.Periods.Last().Events.Single());
            Assert.Equal(MermaidTimelineWriter.HeadlineLines + 1, clipped.Length);
            Assert.EndsWith("…", clipped[MermaidTimelineWriter.HeadlineLines - 1]);
            AssertMermaidShowsTheTimeline(timeline, diagram);
        }

        [Fact]
        public void MermaidNamesASourceByItsIdCutInTheMiddleToFitALine()
        {
            var timeline = TimelineBuilder.Build(new[] { Events.At("2024", "規制の議論が続いた", "003_f786dcea75b7a6f6") });
            var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(timeline));
            Assert.Equal("(003_f78…b7a6f6)", MermaidTimelineGrammar.Lines(diagram.Periods.Single().Events.Single()).Last());
        }

        [Fact]
        public void MermaidGroupsPeriodsByDecadeWhenThereAreMoreYearsThanSectionColours()
        {
            var timeline = TimelineBuilder.Build(Enumerable.Range(1990, 14).Select(y => Events.At(y.ToString(CultureInfo.InvariantCulture), "An event of the year " + y)));
            var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(timeline));
            Assert.Equal(new[] { "1990–1999", "2000–2009" }, diagram.Sections.Select(s => s.Name));
            Assert.Equal(new[] { 10, 4 }, diagram.Sections.Select(s => s.Periods.Count));
        }

        /// <summary>
        /// The diagram holds the timeline: its periods are the entries' dates, each once and under the section of its year
        /// (or decade), with one event per entry; each event is the entry's headline (whole, or its start and "…") and the
        /// ids of its sources, in lines no wider than a box, with nothing Mermaid would act on outside entity codes.
        /// </summary>
        internal static void AssertMermaidShowsTheTimeline(Timeline timeline, MermaidTimelineGrammar.Diagram diagram)
        {
            var groups = new List<List<TimelineEntry>>();
            foreach (var entry in timeline.Entries)
            {
                if (groups.Count > 0 && groups[groups.Count - 1][0].Date == entry.Date)
                {
                    groups[groups.Count - 1].Add(entry);
                }
                else
                {
                    groups.Add(new List<TimelineEntry> { entry });
                }
            }

            var periods = diagram.Periods.ToList();
            Assert.Equal(groups.Select(g => g[0].Date.ToString()), periods.Select(p => p.Name));
            Assert.Equal(periods.Count, periods.Select(p => p.Name).Distinct().Count());

            var byDecade = timeline.Entries.Select(e => e.Date.Start.Year).Distinct().Count() > MermaidTimelineWriter.MaxYearSections;
            foreach (var section in diagram.Sections)
            {
                Assert.All(section.Periods, p => Assert.Equal(MermaidTimelineWriter.SectionOf(PartialDate.Parse(p.Name), byDecade), section.Name));
            }

            Assert.Equal(diagram.Sections.Count, diagram.Sections.Select(s => s.Name).Distinct().Count());

            for (var g = 0; g < groups.Count; g++)
            {
                Assert.Equal(groups[g].Count, periods[g].Events.Count);
                for (var e = 0; e < groups[g].Count; e++)
                {
                    var entry = groups[g][e];
                    var raw = periods[g].Events[e].Trim();
                    Assert.DoesNotMatch("[:#;%<>&\"`{}]", Regex.Replace(raw.Replace("<br>", string.Empty), "#[0-9]+;", string.Empty));
                    var lines = MermaidTimelineGrammar.Lines(raw);
                    Assert.All(lines, l => Assert.True(AiDocTools.Text.DisplayWidth.Of(l) <= MermaidTimelineWriter.LineCells, l));

                    var joined = Regex.Replace(string.Concat(lines), "\\s", string.Empty);
                    var sources = Regex.Replace("(" + string.Join(", ", entry.Sources.Select(MermaidTimelineWriter.SourceId)) + ")", "\\s", string.Empty);
                    Assert.EndsWith(sources, joined);
                    var headline = joined.Substring(0, joined.Length - sources.Length);
                    var expected = Regex.Replace(OneLine(entry.Headline), "\\s", string.Empty);
                    Assert.True(
                        headline == expected || (headline.EndsWith("…") && expected.StartsWith(headline.TrimEnd('…')) && headline.Length > 8),
                        $"{headline} | {expected}");
                }
            }
        }

        [Fact]
        public void TimelineJsFollowsItsSchemaWithDatesAtTheirPrecisionAndTextHtmlEncoded()
        {
            var json = TimelineWriters.For(TimelineFormat.TimelineJs).ToText(Sample);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;

            Assert.Equal(Sample.Title, WebUtility.HtmlDecode(root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString()));
            var events = root.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(Sample.Entries.Count, events.Count);
            for (var i = 0; i < events.Count; i++)
            {
                var entry = Sample.Entries[i];
                var start = events[i].GetProperty("start_date");
                Assert.Equal(entry.Date.Start.Year, start.GetProperty("year").GetInt32());
                var precision = entry.Date.Precision;
                Assert.Equal(precision != DatePrecision.Year, start.TryGetProperty("month", out var month));
                Assert.Equal(precision != DatePrecision.Year && precision != DatePrecision.Month, start.TryGetProperty("day", out var day));
                if (precision != DatePrecision.Year)
                {
                    Assert.Equal(entry.Date.Start.Month, month.GetInt32());
                }

                var isSpan = precision == DatePrecision.Half || precision == DatePrecision.Quarter;
                Assert.Equal(isSpan, events[i].TryGetProperty("end_date", out var end));
                if (isSpan)
                {
                    Assert.Equal(entry.Date.End, new DateTime(end.GetProperty("year").GetInt32(), end.GetProperty("month").GetInt32(), end.GetProperty("day").GetInt32()));
                    Assert.Equal(entry.Date.ToString(), events[i].GetProperty("display_date").GetString());
                }

                var text = events[i].GetProperty("text");
                Assert.Equal(entry.Headline, WebUtility.HtmlDecode(text.GetProperty("headline").GetString()));
                var body = new HtmlParser().ParseDocument("<body>" + text.GetProperty("text").GetString() + "</body>");
                Assert.Empty(body.QuerySelectorAll("script, img"));
                var paragraphs = body.QuerySelectorAll("p").ToList();
                Assert.Equal(entry.Sources.Count, paragraphs.Count);
                for (var s = 0; s < paragraphs.Count; s++)
                {
                    Assert.Equal(Label(entry.Sources[s]), paragraphs[s].QuerySelector("small")!.TextContent);
                    Assert.StartsWith(entry.Sources[s].Sentence.Replace("\r\n", "\n"), paragraphs[s].TextContent);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void AnEmptyTimelineIsStillAValidDocument(TimelineFormat format)
        {
            var empty = TimelineBuilder.Build(new TimelineEvent[0]);
            var text = TimelineWriters.For(format).ToText(empty);
            Assert.False(string.IsNullOrWhiteSpace(text));
            if (format == TimelineFormat.Json || format == TimelineFormat.TimelineJs)
            {
                using var _ = JsonDocument.Parse(text);
            }
        }

        internal static string OneLine(string text) => Regex.Replace(text.Replace('\0', '\uFFFD'), "\\s+", " ").Trim();

        internal static string Label(TimelineSource source)
        {
            var id = string.IsNullOrWhiteSpace(source.ArticleId) ? Messages.TimelineUnknownArticle : source.ArticleId;
            return source.ArticleTitle == null ? id : source.ArticleTitle + " (" + id + ")";
        }

        internal static string PlainText(ContainerInline container)
        {
            var text = new StringBuilder();
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case LineBreakInline:
                        text.Append('\n');
                        break;
                    case ContainerInline inner:
                        text.Append(PlainText(inner));
                        break;
                    default:
                        throw new InvalidOperationException("Unexpected inline " + inline.GetType().Name);
                }
            }

            return text.ToString();
        }

        internal static List<string[]> ReadCsv(string csv)
        {
            using var reader = new CsvReader(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, TrimOptions = TrimOptions.None });
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i)!).ToArray());
            }

            return rows;
        }

        internal static void AssertJsonEntry(TimelineEntry entry, JsonElement element)
        {
            Assert.Equal(entry.Date.ToString(), element.GetProperty("date").GetString());
            Assert.Equal(entry.Date.Precision.ToString(), element.GetProperty("precision").GetString());
            Assert.Equal(entry.Date.Start, DateTime.ParseExact(element.GetProperty("spanStart").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(entry.Date.End, DateTime.ParseExact(element.GetProperty("spanEnd").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(entry.Headline, element.GetProperty("headline").GetString());
            Assert.Equal(entry.Entities, element.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
            var sources = element.GetProperty("sources").EnumerateArray().ToList();
            Assert.Equal(entry.Sources.Count, sources.Count);
            for (var i = 0; i < sources.Count; i++)
            {
                var source = entry.Sources[i];
                Assert.Equal(source.ArticleId, sources[i].GetProperty("articleId").GetString());
                Assert.Equal(source.ArticleTitle, sources[i].GetProperty("articleTitle").GetString());
                Assert.Equal(source.Expression, sources[i].GetProperty("expression").GetString());
                Assert.Equal(source.Sentence, sources[i].GetProperty("sentence").GetString());
                Assert.Equal(source.Start, sources[i].GetProperty("start").GetInt32());
                Assert.Equal(source.Length, sources[i].GetProperty("length").GetInt32());
            }
        }

        internal static void AssertCsvRow(TimelineEntry entry, int number, TimelineSource source, string[] row)
        {
            Assert.Equal(
                new[]
                {
                    number.ToString(CultureInfo.InvariantCulture), entry.Date.ToString(), entry.Date.Precision.ToString(),
                    entry.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entry.Date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    entry.Headline, source.ArticleId, source.ArticleTitle ?? string.Empty, source.Expression, source.Sentence,
                    source.Start.ToString(CultureInfo.InvariantCulture), source.Length.ToString(CultureInfo.InvariantCulture),
                    string.Join(CsvTimelineWriter.EntitySeparator, entry.Entities),
                },
                row);
        }
    }
}
