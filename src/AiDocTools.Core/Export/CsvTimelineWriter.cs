using System.Globalization;
using System.IO;
using System.Linq;

namespace AiDocTools.Export
{
    /// <summary>
    /// RFC 4180 CSV: a header row, then one row per source (an entry reported by three articles is three rows sharing an
    /// Entry number), so every cell holds one value and the table sorts and filters in a spreadsheet. Every field is quoted,
    /// quotes doubled, records end in CRLF; commas, quotes and line breaks inside article text survive unchanged.
    /// Files start with a byte-order mark because Excel reads a CSV without one in the local ANSI code page, which garbles Japanese.
    /// </summary>
    public sealed class CsvTimelineWriter : ITimelineWriter
    {
        /// <summary>The header row's column names, in order.</summary>
        public static readonly string[] Columns =
        {
            "Entry", "Date", "Precision", "SpanStart", "SpanEnd", "Headline", "ArticleId", "ArticleTitle", "Expression", "Sentence", "Start", "Length", "Entities",
        };

        /// <summary>What separates entity names in the Entities column.</summary>
        public const string EntitySeparator = "; ";

        public TimelineFormat Format => TimelineFormat.Csv;

        public string FileExtension => ".csv";

        public bool ByteOrderMark => true;

        public void Write(Timeline timeline, TextWriter output)
        {
            WriteRecord(output, Columns);
            var inv = CultureInfo.InvariantCulture;
            for (var i = 0; i < timeline.Entries.Count; i++)
            {
                var entry = timeline.Entries[i];
                var entities = string.Join(EntitySeparator, entry.Entities);
                foreach (var source in entry.Sources)
                {
                    WriteRecord(output, new[]
                    {
                        (i + 1).ToString(inv),
                        entry.Date.ToString(),
                        entry.Date.Precision.ToString(),
                        entry.Date.Start.ToString("yyyy-MM-dd", inv),
                        entry.Date.End.ToString("yyyy-MM-dd", inv),
                        entry.Headline,
                        source.ArticleId,
                        source.ArticleTitle ?? string.Empty,
                        source.Expression,
                        source.Sentence,
                        source.Start.ToString(inv),
                        source.Length.ToString(inv),
                        entities,
                    });
                }
            }
        }

        private static void WriteRecord(TextWriter output, string[] fields)
        {
            output.Write(string.Join(",", fields.Select(Quote)));
            output.Write("\r\n");
        }

        private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";
    }
}
