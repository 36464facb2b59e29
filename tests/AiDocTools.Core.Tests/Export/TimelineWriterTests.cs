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

        [Fact]
        public void MermaidIsATimelineWithOneEscapedLinePerEntry()
        {
            var mermaid = TimelineWriters.For(TimelineFormat.Mermaid).ToText(Sample);
            var lines = mermaid.TrimEnd('\n').Split('\n');

            Assert.Equal("timeline", lines[0]);
            var title = Regex.Match(lines[1], "^    title (?<text>.+)$");
            Assert.True(title.Success, lines[1]);
            Assert.Equal(OneLine(Sample.Title), Unescape(title.Groups["text"].Value));
            Assert.Equal(Sample.Entries.Count + 2, lines.Length);

            for (var i = 0; i < Sample.Entries.Count; i++)
            {
                var entry = Sample.Entries[i];
                var line = Regex.Match(lines[i + 2], "^    (?<period>[^#:\\n]+) : (?<event>.+)$");
                Assert.True(line.Success, lines[i + 2]);
                Assert.Equal(entry.Date.ToString(), line.Groups["period"].Value);

                // Outside entity codes, nothing Mermaid's grammar or label rendering would act on.
                var bare = Regex.Replace(line.Groups["event"].Value, "#[0-9]+;", string.Empty);
                Assert.DoesNotMatch("[:#;%<>&\"`{}]", bare);

                var expected = OneLine(entry.Headline + " (" + string.Join(", ", entry.Sources.Select(Label)) + ")");
                Assert.Equal(expected, Unescape(line.Groups["event"].Value));
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

        internal static string Unescape(string mermaid) =>
            Regex.Replace(mermaid, "#([0-9]+);", m => ((char)int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString());

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
