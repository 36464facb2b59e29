using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace AiDocTools.Export
{
    /// <summary>The document formats a report is written in.</summary>
    public enum ReportFormat
    {
        Html,
        Markdown,
    }

    /// <summary>Writes a report as one document in one format. Implementations are stateless and never throw on any text.</summary>
    public interface IReportWriter
    {
        ReportFormat Format { get; }

        /// <summary>The usual file extension, with its dot.</summary>
        string FileExtension { get; }

        void Write(Report report, TextWriter output);
    }

    /// <summary>The one place that maps each <see cref="ReportFormat"/> to its writer.</summary>
    public static class ReportWriters
    {
        private static readonly IReadOnlyDictionary<ReportFormat, IReportWriter> ByFormat = new IReportWriter[]
        {
            new HtmlReportWriter(),
            new MarkdownReportWriter(),
        }.ToDictionary(w => w.Format);

        public static IEnumerable<IReportWriter> All => ByFormat.Values;

        public static IReportWriter For(ReportFormat format) =>
            ByFormat.TryGetValue(format, out var writer) ? writer : throw new ArgumentOutOfRangeException(nameof(format), format, null);

        /// <summary>The whole document as a string.</summary>
        public static string ToText(this IReportWriter writer, Report report)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            writer.Write(report, text);
            return text.ToString();
        }

        /// <summary>Writes the document to a file atomically (see <see cref="AtomicFile"/>), UTF-8 without a byte-order mark.</summary>
        public static void WriteFile(this IReportWriter writer, Report report, string path, bool overwrite, CancellationToken cancellationToken = default) =>
            AtomicFile.Write(path, output => writer.Write(report, output), new UTF8Encoding(false, true), overwrite, cancellationToken);
    }
}
