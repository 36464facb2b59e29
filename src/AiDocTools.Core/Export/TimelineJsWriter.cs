using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;

namespace AiDocTools.Export
{
    /// <summary>
    /// TimelineJS 3's JSON: <c>{ title: { text: { headline, text } }, events: [ { start_date: { year, month, day },
    /// end_date, display_date, text: { headline, text }, unique_id } ] }</c>. A date is given to the precision it has
    /// (a year alone, year and month, or a full day); spans TimelineJS cannot name (a half, a quarter, a week, a range of
    /// years) get both ends and an ISO display_date. TimelineJS inserts headline and text as HTML, so every piece of
    /// article text is HTML-encoded inside the JSON strings.
    /// </summary>
    public sealed class TimelineJsWriter : ITimelineWriter
    {
        public TimelineFormat Format => TimelineFormat.TimelineJs;

        public string FileExtension => ".json";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, JsonTimelineWriter.Options))
            {
                json.WriteStartObject();
                json.WriteStartObject("title");
                WriteText(json, timeline.Title, string.Empty);
                json.WriteEndObject();
                json.WriteStartArray("events");
                for (var i = 0; i < timeline.Entries.Count; i++)
                {
                    var entry = timeline.Entries[i];
                    var date = entry.Date;
                    json.WriteStartObject();
                    WriteDate(json, "start_date", date.Start, date.Precision);
                    if (!IsNative(date.Precision))
                    {
                        WriteDate(json, "end_date", date.End, DatePrecision.Day);
                        json.WriteString("display_date", date.ToString());
                    }

                    WriteText(json, entry.Headline, SourcesHtml(entry));
                    json.WriteString("unique_id", "entry-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n"));
            output.Write("\n");
        }

        private static bool IsNative(DatePrecision precision) =>
            precision == DatePrecision.Year || precision == DatePrecision.Month || precision == DatePrecision.Day;

        private static void WriteDate(Utf8JsonWriter json, string name, System.DateTime day, DatePrecision precision)
        {
            json.WriteStartObject(name);
            json.WriteNumber("year", day.Year);
            if (precision != DatePrecision.Year && precision != DatePrecision.YearRange)
            {
                json.WriteNumber("month", day.Month);
            }

            if (precision != DatePrecision.Year && precision != DatePrecision.YearRange && precision != DatePrecision.Month)
            {
                json.WriteNumber("day", day.Day);
            }

            json.WriteEndObject();
        }

        private static void WriteText(Utf8JsonWriter json, string headline, string html)
        {
            json.WriteStartObject("text");
            json.WriteString("headline", WebUtility.HtmlEncode(headline));
            json.WriteString("text", html);
            json.WriteEndObject();
        }

        // One paragraph per source: its sentence, then who reports it.
        private static string SourcesHtml(TimelineEntry entry)
        {
            var html = new StringBuilder();
            foreach (var source in entry.Sources)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(source.Sentence)).Append("<br><small>")
                    .Append(WebUtility.HtmlEncode(MarkdownTimelineWriter.SourceLabel(source))).Append("</small></p>");
            }

            return html.ToString();
        }
    }
}
