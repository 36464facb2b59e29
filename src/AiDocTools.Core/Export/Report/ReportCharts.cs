using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace AiDocTools.Export
{
    /// <summary>
    /// The report's pictures as inline SVG, drawn here rather than by a bundled charting library: four fixed chart shapes
    /// need no script, print as vectors, and keep the page free of anything fetched or executed. Every label is escaped and
    /// shortened, and each mark carries a &lt;title&gt; with its full text for a pointer or a screen reader.
    /// </summary>
    internal static class ReportCharts
    {
        private const int Width = 800;
        private const int LabelWidth = 44;
        private const int RowHeight = 22;
        private const int AxisHeight = 24;

        /// <summary>Events and quotes per source over the report's period; null when nothing is dated.</summary>
        public static string? Time(Report report)
        {
            var rows = report.Sources.Where(s => s.EventCount > 0 || (s.QuoteCount > 0 && s.Published != null)).ToList();
            if (report.First == null || report.Last == null || rows.Count == 0)
            {
                return null;
            }

            var (svg, X) = TimeFrame(report.First, report.Last, LabelWidth, rows.Count, Messages.ReportTimeChartCaption);

            for (var i = 0; i < rows.Count; i++)
            {
                var source = rows[i];
                var y = AxisHeight + (i * RowHeight);
                svg.Append("<text x=\"2\" y=\"").Append(y + 15).Append("\" font-size=\"12\" fill=\"#333\">[").Append(source.Number).Append("]<title>")
                    .Append(Escape(source.Label)).Append("</title></text>");
                foreach (var e in report.Events.Where(e => e.Source == source))
                {
                    var x1 = X(e.Date.Start);
                    var x2 = Math.Max(X(e.Date.End.AddDays(1)), x1 + 3);
                    svg.Append("<rect x=\"").Append(N(x1)).Append("\" y=\"").Append(y + 5).Append("\" width=\"").Append(N(x2 - x1))
                        .Append("\" height=\"10\" fill=\"#3b6fb6\" fill-opacity=\"0.45\" stroke=\"#3b6fb6\"><title>")
                        .Append(Escape(e.Date + " " + e.Text)).Append("</title></rect>");
                }

                if (source.QuoteCount > 0 && source.Published != null)
                {
                    var middle = source.Published.Start.AddTicks((source.Published.End - source.Published.Start).Ticks / 2);
                    svg.Append("<circle cx=\"").Append(N(X(middle))).Append("\" cy=\"").Append(y + 10).Append("\" r=\"5\" fill=\"#c0392b\"><title>")
                        .Append(Escape(source.Published + " · " + source.QuoteCount.ToString(CultureInfo.InvariantCulture) + " " + Messages.ReportColumnQuotes))
                        .Append("</title></circle>");
                }
            }

            return svg.Append("</svg>").ToString();
        }

        // Both time charts share one frame: whole years from the report's first to its last date, a row per line, year rules.
        private static (StringBuilder Svg, Func<DateTime, double> X) TimeFrame(PartialDate first, PartialDate last, int labelWidth, int rowCount, string caption)
        {
            var (from, to, step) = Years(first.Start.Year, last.End.Year);
            var min = new DateTime(from, 1, 1);
            var max = new DateTime(to + 1, 1, 1);
            var plot = Width - labelWidth - 10;
            double X(DateTime t) => labelWidth + (plot * (t - min).TotalDays / (max - min).TotalDays);

            var height = AxisHeight + (rowCount * RowHeight) + 6;
            var svg = Open(height, caption);
            YearLines(svg, from, to, step, height, X);
            return (svg, X);
        }

        /// <summary>
        /// The quotes of the most quoted speakers over the report's period, a row each: a dot for a quote from an article
        /// dated to the day, a bar over the whole span for one dated only to a month or a year. Null when no quote is dated.
        /// </summary>
        public static string? Speakers(Report report)
        {
            var rows = ReportText.SpeakerPeriods(report).Speakers;
            if (report.First == null || report.Last == null || rows.Count == 0)
            {
                return null;
            }

            const int nameWidth = 170;
            var (svg, X) = TimeFrame(report.First, report.Last, nameWidth, rows.Count, Messages.ReportSpeakerChartCaption);
            for (var i = 0; i < rows.Count; i++)
            {
                var speaker = rows[i].Speaker;
                var y = AxisHeight + (i * RowHeight);
                svg.Append("<text x=\"").Append(nameWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">")
                    .Append(Escape(Short(speaker.Name, 24))).Append("<title>").Append(Escape(speaker.Name)).Append("</title></text>");
                var dated = speaker.Topics.SelectMany(t => t.Quotes).Where(q => q.Source.Published != null).GroupBy(q => q.Source.Published!.ToString(), StringComparer.Ordinal);
                foreach (var group in dated)
                {
                    var date = group.First().Source.Published!;
                    var title = Escape(speaker.Name + " · " + date + " · " + group.Count().ToString(CultureInfo.InvariantCulture) + " " + Messages.ReportColumnQuotes);
                    var x1 = X(date.Start);
                    var x2 = Math.Max(X(date.End.AddDays(1)), x1 + 3);
                    if (date.Start.Date == date.End.Date)
                    {
                        svg.Append("<circle cx=\"").Append(N((x1 + x2) / 2)).Append("\" cy=\"").Append(y + 10).Append("\" r=\"5\" fill=\"#c0392b\"><title>")
                            .Append(title).Append("</title></circle>");
                    }
                    else
                    {
                        svg.Append("<rect x=\"").Append(N(x1)).Append("\" y=\"").Append(y + 5).Append("\" width=\"").Append(N(x2 - x1))
                            .Append("\" height=\"10\" rx=\"5\" fill=\"#c0392b\" fill-opacity=\"0.45\" stroke=\"#c0392b\"><title>").Append(title).Append("</title></rect>");
                    }
                }
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>A horizontal bar per entity (the most named first); null when there are none.</summary>
        public static string? Entities(Report report, int count = 12)
        {
            var entities = report.Entities.Take(count).ToList();
            if (entities.Count == 0)
            {
                return null;
            }

            const int nameWidth = 200;
            var most = entities.Max(e => e.Mentions);
            var svg = Open((entities.Count * RowHeight) + 4, Messages.ReportEntityChartCaption);
            for (var i = 0; i < entities.Count; i++)
            {
                var y = i * RowHeight;
                var length = (Width - nameWidth - 50) * entities[i].Mentions / (double)most;
                svg.Append("<text x=\"").Append(nameWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">")
                    .Append(Escape(Short(entities[i].Name, 28))).Append("<title>").Append(Escape(entities[i].Name)).Append("</title></text>")
                    .Append("<rect x=\"").Append(nameWidth).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(N(Math.Max(length, 2)))
                    .Append("\" height=\"14\" fill=\"#3b6fb6\"/>")
                    .Append("<text x=\"").Append(N(nameWidth + Math.Max(length, 2) + 4)).Append("\" y=\"").Append(y + 15).Append("\" font-size=\"12\" fill=\"#333\">")
                    .Append(entities[i].Mentions.ToString(CultureInfo.InvariantCulture)).Append("</text>");
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>A grid of the most named entities, each cell as dark as the pair is frequent; null with fewer than two entities or no pair.</summary>
        public static string? Pairs(Report report, int count = 8)
        {
            var names = report.Entities.Take(count).Select(e => e.Name).ToList();
            var counts = report.Pairs.Where(p => names.Contains(p.First) && names.Contains(p.Second))
                .ToDictionary(p => (p.First, p.Second), p => p.Count);
            if (names.Count < 2 || counts.Count == 0)
            {
                return null;
            }

            const int nameWidth = 200;
            const int cell = 30;
            var most = counts.Values.Max();
            var svg = Open(AxisHeight + (names.Count * cell) + 4, Messages.ReportPairChartCaption);
            for (var i = 0; i < names.Count; i++)
            {
                svg.Append("<text x=\"").Append(nameWidth + (i * cell) + (cell / 2)).Append("\" y=\"16\" font-size=\"12\" text-anchor=\"middle\" fill=\"#555\">")
                    .Append(i + 1).Append("</text>");
                var y = AxisHeight + (i * cell);
                svg.Append("<text x=\"").Append(nameWidth - 6).Append("\" y=\"").Append(y + 19).Append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">")
                    .Append(i + 1).Append(' ').Append(Escape(Short(names[i], 24))).Append("<title>").Append(Escape(names[i])).Append("</title></text>");
                for (var j = 0; j < names.Count; j++)
                {
                    var key = string.CompareOrdinal(names[i], names[j]) < 0 ? (names[i], names[j]) : (names[j], names[i]);
                    counts.TryGetValue(key, out var together);
                    svg.Append("<rect x=\"").Append(nameWidth + (j * cell)).Append("\" y=\"").Append(y).Append("\" width=\"").Append(cell - 2).Append("\" height=\"").Append(cell - 2)
                        .Append("\" fill=\"#3b6fb6\" fill-opacity=\"").Append(N(i == j ? 0 : 0.1 + (0.9 * together / most))).Append("\" stroke=\"#ddd\">");
                    if (i != j)
                    {
                        svg.Append("<title>").Append(Escape(names[i] + " + " + names[j] + ": " + together.ToString(CultureInfo.InvariantCulture))).Append("</title>");
                    }

                    svg.Append("</rect>");
                }
            }

            return svg.Append("</svg>").ToString();
        }

        private static void YearLines(StringBuilder svg, int from, int to, int step, int height, Func<DateTime, double> x)
        {
            for (var year = from; year <= to + 1; year += step)
            {
                var at = x(new DateTime(year, 1, 1));
                svg.Append("<line x1=\"").Append(N(at)).Append("\" y1=\"").Append(AxisHeight - 4).Append("\" x2=\"").Append(N(at)).Append("\" y2=\"").Append(height)
                    .Append("\" stroke=\"#ccc\" stroke-width=\"1\"/>");
                if (year <= to)
                {
                    svg.Append("<text x=\"").Append(N(at + 2)).Append("\" y=\"14\" font-size=\"12\" fill=\"#555\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>");
                }
            }
        }

        // Ticks at a round number of years, at most about ten, so a report spanning decades stays legible.
        private static (int From, int To, int Step) Years(int first, int last)
        {
            var span = Math.Max(1, last - first + 1);
            var step = new[] { 1, 2, 5, 10, 20, 25, 50, 100 }.FirstOrDefault(s => span / s <= 10);
            step = step == 0 ? 100 : step;
            return (first - (first % step), last, step);
        }

        private static StringBuilder Open(int height, string label) =>
            new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .Append(Width).Append(' ').Append(height).Append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .Append(Escape(label)).Append("\" font-family=\"system-ui, sans-serif\">");

        private static string Short(string text, int length)
        {
            var line = ExportText.OneLine(text);
            return new StringInfo(line).LengthInTextElements <= length ? line : new StringInfo(line).SubstringByTextElements(0, length - 1) + "…";
        }

        // Bidirectional controls in a label would reorder the chart's own text around it; they are dropped from labels
        // (the full text, with them, is in the tables).
        private static string Escape(string text) =>
            WebUtility.HtmlEncode(new string(ExportText.OneLine(text).Where(c => !IsBidiControl(c)).ToArray()));

        internal static bool IsBidiControl(char c) => c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
