using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Export;
using AngleSharp.Html.Parser;
using CsCheck;
using Xunit;

namespace AiDocTools.Core.Tests.Export
{
    /// <summary>
    /// Property tests: timelines of arbitrary text (markup, metacharacters, control characters, unpaired surrogates,
    /// line separators) never make a writer throw, JSON and CSV read back exactly, and the HTML never holds anything
    /// but the page's own elements.
    /// </summary>
    public sealed class TimelineWriterPropertyTests
    {
        private const int Cases = 10_000;

        private static readonly HashSet<string> PageElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "strong", "ul", "li", "em",
        };

        private static readonly Gen<string> Text = Gen.OneOf(
            Gen.String,
            Gen.Char.Array[0, 40].Select(chars => new string(chars)),
            Gen.Char["<>&\"'`:#;%,\r\n\t\0*_[]()\\|{}!-+=.~ あ日。「」\u00A0\u2028\u3000\uD800\uDC00\uD83D\uDE00"].Array[0, 40].Select(chars => new string(chars)),
            Gen.OneOfConst(Events.Hostile, string.Empty, " ", "Meta released Llama 3", "Meta released Llama 3.", "メタがLlama 3を公開した", "#58;", "%%{init}%%", "-->", "1. item", "    code"));

        private static readonly Gen<PartialDate> Date = Gen.OneOf(
            Gen.Int[1000, 9000].Select(PartialDate.FromYear),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 2], PartialDate.FromHalf),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 4], PartialDate.FromQuarter),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 12], PartialDate.FromMonth),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 52], PartialDate.FromIsoWeek),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[0, 9], (year, span) => PartialDate.FromYearRange(year, year + span)),
            Gen.Select(Gen.Int[1000, 9000], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => PartialDate.FromDay(y, m, d)),
            Gen.OneOfConst(PartialDate.Parse("2024-04"), PartialDate.Parse("2024")));

        private static readonly Gen<TimelineEvent> Event = Gen.Select(Date, Text, Text, Text, Gen.OneOf(Text, Gen.OneOfConst("a", "b")), Gen.Int[0, 100_000], Text.Array[0, 3])
            .Select(t => new TimelineEvent
            {
                DateValue = t.Item1,
                Summary = t.Item2,
                Sentence = t.Item3,
                Expression = t.Item4,
                ArticleId = t.Item5,
                Start = t.Item6,
                Length = t.Item4.Length,
                Kind = TemporalKind.Absolute,
                Resolved = true,
                Entities = t.Item7,
            });

        private static readonly Gen<(TimelineEvent[] Events, string Title, string ArticleTitle)> Input =
            Gen.Select(Event.Array[0, 5], Text, Text);

        public static IEnumerable<object[]> Formats() => Enum.GetValues(typeof(TimelineFormat)).Cast<object>().Select(f => new[] { f });

        [Theory]
        [MemberData(nameof(Formats))]
        public void NoWriterThrowsOnAnyText(TimelineFormat format)
        {
            var writer = TimelineWriters.For(format);
            Input.Sample(input => writer.ToText(Build(input)).Length > 0, iter: Cases);
        }

        [Fact]
        public void JsonReadsBackExactly()
        {
            Input.Sample(
                input =>
                {
                    var timeline = Build(input);
                    using var document = JsonDocument.Parse(TimelineWriters.For(TimelineFormat.Json).ToText(timeline));
                    Assert.Equal(timeline.Title, document.RootElement.GetProperty("title").GetString());
                    var entries = document.RootElement.GetProperty("entries").EnumerateArray().ToList();
                    Assert.Equal(timeline.Entries.Count, entries.Count);
                    for (var i = 0; i < entries.Count; i++)
                    {
                        TimelineWriterTests.AssertJsonEntry(timeline.Entries[i], entries[i]);
                    }

                    AssertSourcesAreTheEvents(input.Events, timeline);
                },
                iter: Cases);
        }

        [Fact]
        public void CsvReadsBackExactly()
        {
            Input.Sample(
                input =>
                {
                    var timeline = Build(input);
                    var rows = TimelineWriterTests.ReadCsv(TimelineWriters.For(TimelineFormat.Csv).ToText(timeline));
                    Assert.Equal(CsvTimelineWriter.Columns, rows[0]);
                    var row = 1;
                    for (var i = 0; i < timeline.Entries.Count; i++)
                    {
                        foreach (var source in timeline.Entries[i].Sources)
                        {
                            TimelineWriterTests.AssertCsvRow(timeline.Entries[i], i + 1, source, rows[row++]);
                        }
                    }

                    Assert.Equal(rows.Count, row);
                },
                iter: Cases);
        }

        [Fact]
        public void HtmlHoldsOnlyThePagesOwnElementsAndShowsTheTextLiterally()
        {
            var parser = new HtmlParser();
            Input.Sample(
                input =>
                {
                    var timeline = Build(input);
                    var document = parser.ParseDocument(TimelineWriters.For(TimelineFormat.Html).ToText(timeline));
                    Assert.All(document.All, e => Assert.Contains(e.LocalName, PageElements));
                    Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
                    Assert.Equal(timeline.Entries.Select(e => Visible(e.Headline)), document.QuerySelectorAll("h2 ~ p > strong").Select(s => s.TextContent));
                    Assert.Equal(
                        timeline.Entries.SelectMany(e => e.Sources).Select(s => (Visible(TimelineWriterTests.Label(s)) + ": " + Visible(s.Sentence)).TrimEnd()),
                        document.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
                },
                iter: Cases);
        }

        [Fact]
        public void MermaidFollowsTheGrammarAndShowsTheTimeline()
        {
            Input.Sample(
                input =>
                {
                    var timeline = Build(input);
                    var diagram = MermaidTimelineGrammar.Parse(TimelineWriters.For(TimelineFormat.Mermaid).ToText(timeline));
                    TimelineWriterTests.AssertMermaidShowsTheTimeline(timeline, diagram);
                },
                iter: Cases);
        }

        private static Timeline Build((TimelineEvent[] Events, string Title, string ArticleTitle) input) =>
            TimelineBuilder.Build(input.Events, input.Title, Events.Titles(("a", input.ArticleTitle)));

        // What a browser shows for text: white space runs collapse, NUL shows as U+FFFD.
        private static string Visible(string text) => TimelineWriterTests.OneLine(text);

        private static void AssertSourcesAreTheEvents(TimelineEvent[] events, Timeline timeline)
        {
            var placed = timeline.Entries.SelectMany(e => e.Sources.Zip(e.Events, (s, ev) => (Source: s, Event: ev))).ToList();
            Assert.Equal(events.Length, placed.Count);
            Assert.All(placed, p =>
            {
                Assert.Equal(WellFormed(p.Event.Sentence), p.Source.Sentence);
                Assert.Equal(WellFormed(p.Event.ArticleId), p.Source.ArticleId);
                Assert.Equal(p.Event.Start, p.Source.Start);
            });
        }

        // Unpaired surrogates cannot be written in UTF-8; the timeline holds U+FFFD in their place.
        private static string WellFormed(string text) => Regex.Replace(text, "[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]", "\uFFFD");
    }
}
