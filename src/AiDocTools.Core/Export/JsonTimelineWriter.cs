using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AiDocTools.Export
{
    /// <summary>
    /// The timeline as JSON, losslessly: <c>{ title, entries: [ { date, precision, spanStart, spanEnd, headline, entities,
    /// sources: [ { articleId, articleTitle, expression, sentence, start, length } ] } ] }</c>. Japanese is written as is
    /// (not as \u escapes) so the file stays readable; characters that matter to HTML are still escaped.
    /// </summary>
    public sealed class JsonTimelineWriter : ITimelineWriter
    {
        internal static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };

        public TimelineFormat Format => TimelineFormat.Json;

        public string FileExtension => ".json";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            var inv = CultureInfo.InvariantCulture;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("title", timeline.Title);
                json.WriteStartArray("entries");
                foreach (var entry in timeline.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("date", entry.Date.ToString());
                    json.WriteString("precision", entry.Date.Precision.ToString());
                    json.WriteString("spanStart", entry.Date.Start.ToString("yyyy-MM-dd", inv));
                    json.WriteString("spanEnd", entry.Date.End.ToString("yyyy-MM-dd", inv));
                    json.WriteString("headline", entry.Headline);
                    json.WriteStartArray("entities");
                    foreach (var entity in entry.Entities)
                    {
                        json.WriteStringValue(entity);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("sources");
                    foreach (var source in entry.Sources)
                    {
                        json.WriteStartObject();
                        json.WriteString("articleId", source.ArticleId);
                        if (source.ArticleTitle == null)
                        {
                            json.WriteNull("articleTitle");
                        }
                        else
                        {
                            json.WriteString("articleTitle", source.ArticleTitle);
                        }

                        json.WriteString("expression", source.Expression);
                        json.WriteString("sentence", source.Sentence);
                        json.WriteNumber("start", source.Start);
                        json.WriteNumber("length", source.Length);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n"));
            output.Write("\n");
        }
    }
}
