using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;

namespace AiDocTools.Export
{
    /// <summary>
    /// One self-contained HTML page: inline CSS and SVG, no script, nothing fetched (a Content-Security-Policy forbids both),
    /// so it opens offline and a hostile article cannot run code in it. Every piece of article text is HTML-encoded and set in
    /// an element with its own <c>lang</c> and <c>dir="auto"</c>, so a right-to-left mark cannot reorder the page around it;
    /// long unbroken words wrap anywhere. Tables turn into labelled blocks on a phone and the page prints on A4.
    /// </summary>
    public sealed class HtmlReportWriter : IReportWriter
    {
        private const string Style =
            "*{box-sizing:border-box}" +
            "body{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans JP',sans-serif;line-height:1.6;max-width:60rem;" +
            "margin:0 auto;padding:1rem;color:#1d1d1f;background:#fff;overflow-wrap:anywhere;word-break:normal}" +
            "h1{border-bottom:2px solid #ccc;padding-bottom:.3rem;font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}" +
            "h3{margin:1.5rem 0 .2rem}h4{margin:.8rem 0 .2rem;color:#555;font-size:1rem}" +
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .4rem;text-align:left;vertical-align:top}" +
            "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}th,td.n,td.d{overflow-wrap:normal;white-space:nowrap}" +
            "ul.quotes,ol.events{padding-left:1.2rem}ul.quotes li,ol.events li{margin:.4rem 0}" +
            ".kind{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:.3rem;margin-right:.3rem;border:1px solid #999;color:#444}" +
            ".kind.direct{border-color:#c0392b;color:#c0392b}.cite{display:block;font-size:.85rem;color:#666}" +
            ".forms{color:#555;margin:0}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}svg{display:block;max-width:100%;height:auto}" +
            "q:lang(ja){quotes:'\\300C' '\\300D' '\\300E' '\\300F'}a{color:#1f5fa8}" +
            "@media (max-width:40rem){body{padding:.6rem}table,thead,tbody,tr,th,td{display:block}thead{display:none}" +
            "tr{border-bottom:1px solid #ccc;padding:.3rem 0}td{border:0;padding:.05rem 0}td.n{text-align:left}" +
            "td[data-label]::before{content:attr(data-label) ': ';color:#666}}" +
            "@page{size:A4;margin:15mm}" +
            "@media print{body{max-width:none;padding:0;font-size:10pt}a{color:inherit;text-decoration:none}h2,h3,h4{break-after:avoid}" +
            "li,tr,figure{break-inside:avoid}}";

        public ReportFormat Format => ReportFormat.Html;

        public string FileExtension => ".html";

        public void Write(Report report, TextWriter output)
        {
            // The page's language is its sources' majority language; each passage then states its own.
            var language = report.Sources.GroupBy(s => s.Language).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "und";
            output.Write("<!DOCTYPE html>\n<html" + Lang(language) + ">\n<head>\n<meta charset=\"utf-8\">\n");
            output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            output.Write("<title>" + Text(report.Title) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n<main>\n");
            output.Write("<h1 dir=\"auto\">" + Text(report.Title) + "</h1>\n");
            Overview(report, output);
            WhoSaidWhat(report, output);
            OverTime(report, output);
            Entities(report, output);
            Provenance(report, output);
            output.Write("</main>\n</body>\n</html>\n");
        }

        private static void Overview(Report report, TextWriter output)
        {
            output.Write("<section id=\"overview\">\n<h2>" + Text(Messages.ReportOverview) + "</h2>\n<p>" + Text(ReportText.Summary(report)) + "</p>\n");
            output.Write("<table>\n<thead><tr><th class=\"n\">#</th><th>" + Text(Messages.ReportColumnSource) + "</th><th>" + Text(Messages.ReportColumnSite) + "</th><th>" +
                Text(Messages.ReportColumnDate) + "</th><th>" + Text(Messages.ReportColumnLanguage) + "</th><th class=\"n\">" + Text(Messages.ReportColumnQuotes) +
                "</th><th class=\"n\">" + Text(Messages.ReportColumnEvents) + "</th></tr></thead>\n<tbody>\n");
            foreach (var source in report.Sources)
            {
                output.Write("<tr id=\"source-" + source.Number + "\"><td class=\"n\">" + source.Number + "</td><td data-label=\"" + Text(Messages.ReportColumnSource) + "\"" + Lang(source.Language) +
                    " dir=\"auto\">" + Link(ExportText.FileUri(source.Path), source.Label) + "</td><td data-label=\"" + Text(Messages.ReportColumnSite) + "\" dir=\"auto\">" + Text(source.Site ?? string.Empty) +
                    "</td><td class=\"d\" data-label=\"" + Text(Messages.ReportColumnDate) + "\">" + Text(source.Published?.ToString() ?? string.Empty) + "</td><td class=\"d\" data-label=\"" +
                    Text(Messages.ReportColumnLanguage) + "\">" + Text(source.Language) + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnQuotes) + "\">" +
                    source.QuoteCount + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnEvents) + "\">" + source.EventCount + "</td></tr>\n");
            }

            output.Write("</tbody>\n</table>\n</section>\n");
        }

        private static void WhoSaidWhat(Report report, TextWriter output)
        {
            output.Write("<section id=\"who\">\n<h2>" + Text(Messages.ReportWhoSaidWhat) + "</h2>\n");
            if (report.Speakers.Count == 0)
            {
                output.Write("<p>" + Text(Messages.ReportNoQuotes) + "</p>\n");
            }

            for (var i = 0; i < report.Speakers.Count; i++)
            {
                var speaker = report.Speakers[i];
                output.Write("<article class=\"speaker\" id=\"speaker-" + (i + 1) + "\">\n<h3 dir=\"auto\">" + Text(speaker.Name) + "</h3>\n");
                if (speaker.Forms.Count > 0)
                {
                    output.Write("<p class=\"forms\">" + Text(Messages.ReportAlsoWritten) + ": " +
                        string.Join(", ", speaker.Forms.Select(f => "<bdi" + Lang(ReportText.LanguageOf(f)) + ">" + Text(f) + "</bdi>")) + "</p>\n");
                }

                foreach (var topic in speaker.Topics)
                {
                    output.Write("<h4 dir=\"auto\">" + Text(topic.Entity ?? Messages.ReportNoEntity) + "</h4>\n<ul class=\"quotes\">\n");
                    foreach (var quote in topic.Quotes)
                    {
                        var kind = quote.Direct ? Messages.ReportDirect : Messages.ReportReported;
                        var words = quote.Direct ? "<q>" + Text(quote.Words) + "</q>" : Text(quote.Words);
                        output.Write("<li class=\"quote\" data-kind=\"" + quote.Claim.Kind + "\"><span class=\"kind" + (quote.Direct ? " direct" : string.Empty) + "\">" + Text(kind) +
                            "</span><span class=\"words\"" + Lang(quote.Language) + " dir=\"auto\">" + words + "</span>" +
                            Cite(quote.Source, quote.Claim.Start, quote.Claim.Length) + "</li>\n");
                    }

                    output.Write("</ul>\n");
                }

                output.Write("</article>\n");
            }

            output.Write("</section>\n");
        }

        private static void OverTime(Report report, TextWriter output)
        {
            output.Write("<section id=\"time\">\n<h2>" + Text(Messages.ReportOverTime) + "</h2>\n");
            var chart = ReportCharts.Time(report);
            if (chart == null)
            {
                output.Write("<p>" + Text(Messages.ReportNoEvents) + "</p>\n</section>\n");
                return;
            }

            output.Write("<figure>" + chart + "<figcaption>" + Text(Messages.ReportTimeChartCaption) + "</figcaption></figure>\n");
            output.Write("<table class=\"periods\">\n<thead><tr><th>" + Text(Messages.ReportColumnYear) + "</th><th class=\"n\">" + Text(Messages.ReportColumnEvents) +
                "</th><th class=\"n\">" + Text(Messages.ReportColumnQuotes) + "</th></tr></thead>\n<tbody>\n");
            foreach (var period in ReportText.Periods(report))
            {
                output.Write("<tr><td data-label=\"" + Text(Messages.ReportColumnYear) + "\">" + Text(period.Period) + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnEvents) + "\">" +
                    period.Events + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnQuotes) + "\">" + period.Quotes + "</td></tr>\n");
            }

            output.Write("</tbody>\n</table>\n");
            BySpeaker(report, output);
            output.Write("<ol class=\"events\">\n");
            foreach (var e in report.Events)
            {
                output.Write("<li class=\"event\"><time>" + Text(e.Date.ToString()) + "</time> <span" + Lang(e.Language) + " dir=\"auto\">" + Text(e.Text) + "</span>" +
                    Cite(e.Source, e.Event.Start, e.Event.Length) + "</li>\n");
            }

            output.Write("</ol>\n</section>\n");
        }

        // The same period axis per speaker: who spoke when, for the dossier's main voices.
        private static void BySpeaker(Report report, TextWriter output)
        {
            var (periods, speakers) = ReportText.SpeakerPeriods(report);
            if (ReportCharts.Speakers(report) is not string chart)
            {
                return;
            }

            output.Write("<figure>" + chart + "<figcaption>" + Text(Messages.ReportSpeakerChartCaption) + "</figcaption></figure>\n");
            output.Write("<table class=\"speakers\">\n<thead><tr><th>" + Text(Messages.ReportColumnSpeaker) + "</th>" +
                string.Concat(periods.Select(p => "<th class=\"n\">" + Text(p) + "</th>")) + "</tr></thead>\n<tbody>\n");
            foreach (var (speaker, counts) in speakers)
            {
                output.Write("<tr><td data-label=\"" + Text(Messages.ReportColumnSpeaker) + "\" dir=\"auto\">" + Text(speaker.Name) + "</td>" +
                    string.Concat(periods.Select(p => "<td class=\"n\" data-label=\"" + Text(p) + "\">" + (counts.TryGetValue(p, out var n) ? n : 0) + "</td>")) + "</tr>\n");
            }

            output.Write("</tbody>\n</table>\n");
        }

        private static void Entities(Report report, TextWriter output)
        {
            output.Write("<section id=\"entities\">\n<h2>" + Text(Messages.ReportEntities) + "</h2>\n");
            if (report.Entities.Count == 0)
            {
                output.Write("<p>" + Text(Messages.ReportNoEntities) + "</p>\n</section>\n");
                return;
            }

            output.Write("<figure>" + ReportCharts.Entities(report) + "<figcaption>" + Text(Messages.ReportEntityChartCaption) + "</figcaption></figure>\n");
            if (ReportCharts.Pairs(report) is string pairs)
            {
                output.Write("<figure>" + pairs + "<figcaption>" + Text(Messages.ReportPairChartCaption) + "</figcaption></figure>\n");
            }

            output.Write("<table class=\"entities\">\n<thead><tr><th>" + Text(Messages.ReportColumnEntity) + "</th><th class=\"n\">" + Text(Messages.ReportColumnMentions) +
                "</th><th class=\"n\">" + Text(Messages.ReportColumnArticles) + "</th><th>" + Text(Messages.ReportColumnWith) + "</th></tr></thead>\n<tbody>\n");
            foreach (var entity in report.Entities)
            {
                var with = report.Pairs.Where(p => p.First == entity.Name || p.Second == entity.Name)
                    .Select(p => (Name: p.First == entity.Name ? p.Second : p.First, p.Count)).Take(5)
                    .Select(p => "<bdi>" + Text(p.Name) + "</bdi> (" + p.Count + ")");
                output.Write("<tr><td data-label=\"" + Text(Messages.ReportColumnEntity) + "\" dir=\"auto\">" + Text(entity.Name) + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnMentions) + "\">" +
                    entity.Mentions + "</td><td class=\"n\" data-label=\"" + Text(Messages.ReportColumnArticles) + "\">" + entity.Articles + "</td><td data-label=\"" +
                    Text(Messages.ReportColumnWith) + "\">" + string.Join(", ", with) + "</td></tr>\n");
            }

            output.Write("</tbody>\n</table>\n</section>\n");
        }

        private static void Provenance(Report report, TextWriter output)
        {
            output.Write("<section id=\"provenance\">\n<h2>" + Text(Messages.ReportProvenance) + "</h2>\n<p>" + Text(Messages.ReportProvenanceNote) + "</p>\n<ol>\n");
            foreach (var source in report.Sources)
            {
                output.Write("<li value=\"" + source.Number + "\"><bdi" + Lang(source.Language) + ">" + Text(source.Label) + "</bdi> (" + Text(source.Id) + "): <code>" +
                    Text(source.Path ?? string.Empty) + "</code></li>\n");
            }

            output.Write("</ol>\n</section>\n");
        }

        // The article, its date and a link to the quoted span: how a reader checks any line against its source.
        private static string Cite(ReportSource source, int start, int length) =>
            "<span class=\"cite\">" + Text(source.Published?.ToString() ?? string.Empty) + (source.Published == null ? string.Empty : " · ") +
            Link(ExportText.SpanUri(source.Path, start, length), "[" + source.Number.ToString(CultureInfo.InvariantCulture) + "] " + source.Label, source.Language) +
            " <span class=\"offset\">@" + start.ToString(CultureInfo.InvariantCulture) + "</span></span>";

        private static string Link(string? uri, string text, string? language = null) =>
            uri == null ? "<bdi" + Lang(language) + ">" + Text(text) + "</bdi>"
                : "<a href=\"" + WebUtility.HtmlEncode(uri) + "\"" + Lang(language) + "><bdi>" + Text(text) + "</bdi></a>";

        private static string Lang(string? language) =>
            string.IsNullOrEmpty(language) || language == "und" ? string.Empty : " lang=\"" + WebUtility.HtmlEncode(language) + "\"";

        private static string Text(string text) => WebUtility.HtmlEncode(ExportText.WellFormed(text).Replace('\0', '\uFFFD'));
    }
}
