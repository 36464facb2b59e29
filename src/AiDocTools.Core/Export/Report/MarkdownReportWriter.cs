using System.Globalization;
using System.IO;
using System.Linq;

namespace AiDocTools.Export
{
    /// <summary>
    /// CommonMark with GitHub pipe tables, which both GitHub and Markdig render. GitHub strips inline SVG from Markdown, so the
    /// pictures of the HTML report are given here as their tables (per period, per entity, per pair). Every piece of article
    /// text goes through <see cref="MarkdownTimelineWriter.Escape"/>, so no article can inject a heading, link, table cell or HTML.
    /// </summary>
    public sealed class MarkdownReportWriter : IReportWriter
    {
        public ReportFormat Format => ReportFormat.Markdown;

        public string FileExtension => ".md";

        public void Write(Report report, TextWriter output)
        {
            output.Write("# " + E(report.Title) + "\n\n" + E(ReportText.Summary(report)) + "\n");

            output.Write("\n## " + E(Messages.ReportOverview) + "\n\n");
            Row(output, "#", Messages.ReportColumnSource, Messages.ReportColumnSite, Messages.ReportColumnDate, Messages.ReportColumnLanguage, Messages.ReportColumnQuotes, Messages.ReportColumnEvents);
            output.Write("| ---: | --- | --- | --- | --- | ---: | ---: |\n");
            foreach (var s in report.Sources)
            {
                output.Write("| " + s.Number + " | " + Link(ExportText.FileUri(s.Path), s.Label) + " | " + E(s.Site ?? string.Empty) + " | " + E(s.Published?.ToString() ?? string.Empty) +
                    " | " + E(s.Language) + " | " + s.QuoteCount + " | " + s.EventCount + " |\n");
            }

            output.Write("\n## " + E(Messages.ReportWhoSaidWhat) + "\n");
            if (report.Speakers.Count == 0)
            {
                output.Write("\n" + E(Messages.ReportNoQuotes) + "\n");
            }

            foreach (var speaker in report.Speakers)
            {
                output.Write("\n### " + E(speaker.Name) + "\n");
                if (speaker.Forms.Count > 0)
                {
                    output.Write("\n*" + E(Messages.ReportAlsoWritten) + ":* " + string.Join(", ", speaker.Forms.Select(E)) + "\n");
                }

                foreach (var topic in speaker.Topics)
                {
                    output.Write("\n#### " + E(topic.Entity ?? Messages.ReportNoEntity) + "\n\n");
                    foreach (var quote in topic.Quotes)
                    {
                        var words = quote.Direct ? "“" + E(quote.Words) + "”" : E(quote.Words);
                        output.Write("- **" + E(quote.Direct ? Messages.ReportDirect : Messages.ReportReported) + "** " + words + " — " + Cite(quote.Source, quote.Claim.Start, quote.Claim.Length) + "\n");
                    }
                }
            }

            output.Write("\n## " + E(Messages.ReportOverTime) + "\n\n");
            if (report.Events.Count == 0 && report.QuoteCount == 0)
            {
                output.Write(E(Messages.ReportNoEvents) + "\n");
            }
            else
            {
                Row(output, Messages.ReportColumnYear, Messages.ReportColumnEvents, Messages.ReportColumnQuotes);
                output.Write("| --- | ---: | ---: |\n");
                foreach (var period in ReportText.Periods(report))
                {
                    output.Write("| " + E(period.Period) + " | " + period.Events + " | " + period.Quotes + " |\n");
                }

                var (periods, speakers) = ReportText.SpeakerPeriods(report);
                if (speakers.Count > 0)
                {
                    output.Write("\n");
                    Row(output, new[] { Messages.ReportColumnSpeaker }.Concat(periods).ToArray());
                    output.Write("| --- |" + string.Concat(periods.Select(_ => " ---: |")) + "\n");
                    foreach (var (speaker, counts) in speakers)
                    {
                        output.Write("| " + E(speaker.Name) + " |" + string.Concat(periods.Select(p => " " + (counts.TryGetValue(p, out var n) ? n : 0) + " |")) + "\n");
                    }
                }

                output.Write("\n");
                foreach (var e in report.Events)
                {
                    output.Write("- **" + E(e.Date.ToString()) + "** " + E(e.Text) + " — " + Cite(e.Source, e.Event.Start, e.Event.Length) + "\n");
                }
            }

            output.Write("\n## " + E(Messages.ReportEntities) + "\n\n");
            if (report.Entities.Count == 0)
            {
                output.Write(E(Messages.ReportNoEntities) + "\n");
            }
            else
            {
                Row(output, Messages.ReportColumnEntity, Messages.ReportColumnMentions, Messages.ReportColumnArticles);
                output.Write("| --- | ---: | ---: |\n");
                foreach (var entity in report.Entities)
                {
                    output.Write("| " + E(entity.Name) + " | " + entity.Mentions + " | " + entity.Articles + " |\n");
                }

                if (report.Pairs.Count > 0)
                {
                    output.Write("\n");
                    Row(output, Messages.ReportColumnEntity, Messages.ReportColumnWith, Messages.ReportColumnTogether);
                    output.Write("| --- | --- | ---: |\n");
                    foreach (var pair in report.Pairs)
                    {
                        output.Write("| " + E(pair.First) + " | " + E(pair.Second) + " | " + pair.Count + " |\n");
                    }
                }
            }

            output.Write("\n## " + E(Messages.ReportProvenance) + "\n\n" + E(Messages.ReportProvenanceNote) + "\n\n");
            foreach (var source in report.Sources)
            {
                output.Write(source.Number + ". " + E(source.Label) + " (" + E(source.Id) + "): " + E(source.Path ?? string.Empty) + "\n");
            }
        }

        private static void Row(TextWriter output, params string[] cells) => output.Write("| " + string.Join(" | ", cells.Select(E)) + " |\n");

        private static string Cite(ReportSource source, int start, int length) =>
            (source.Published == null ? string.Empty : E(source.Published.ToString()) + ", ") +
            Link(ExportText.SpanUri(source.Path, start, length), "[" + source.Number.ToString(CultureInfo.InvariantCulture) + "] " + source.Label) +
            " @" + start.ToString(CultureInfo.InvariantCulture);

        private static string Link(string? uri, string text) => uri == null ? E(text) : "[" + E(text) + "](" + uri + ")";

        private static string E(string text) => MarkdownTimelineWriter.Escape(ExportText.WellFormed(text));
    }
}
