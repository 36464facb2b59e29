using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace AiDocTools.Export
{
    /// <summary>The one place that maps each <see cref="TimelineFormat"/> to its writer.</summary>
    public static class TimelineWriters
    {
        private static readonly IReadOnlyDictionary<TimelineFormat, ITimelineWriter> ByFormat = new ITimelineWriter[]
        {
            new MarkdownTimelineWriter(),
            new HtmlTimelineWriter(),
            new CsvTimelineWriter(),
            new JsonTimelineWriter(),
            new MermaidTimelineWriter(),
            new TimelineJsWriter(),
        }.ToDictionary(w => w.Format);

        public static IEnumerable<ITimelineWriter> All => ByFormat.Values;

        public static ITimelineWriter For(TimelineFormat format) =>
            ByFormat.TryGetValue(format, out var writer) ? writer : throw new ArgumentOutOfRangeException(nameof(format), format, null);

        /// <summary>The whole document as a string (no byte-order mark).</summary>
        public static string ToText(this ITimelineWriter writer, Timeline timeline)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            writer.Write(timeline, text);
            return text.ToString();
        }

        /// <summary>Writes the document to a file atomically (see <see cref="AtomicFile"/>).</summary>
        public static void WriteFile(this ITimelineWriter writer, Timeline timeline, string path, bool overwrite, CancellationToken cancellationToken = default)
        {
            var encoding = new UTF8Encoding(writer.ByteOrderMark, throwOnInvalidBytes: true);
            AtomicFile.Write(path, output => writer.Write(timeline, output), encoding, overwrite, cancellationToken);
        }
    }
}
