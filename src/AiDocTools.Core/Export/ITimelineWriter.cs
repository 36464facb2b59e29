using System.IO;

namespace AiDocTools.Export
{
    /// <summary>The document formats a timeline is exported to.</summary>
    public enum TimelineFormat
    {
        Markdown,
        Html,
        Csv,
        Json,
        Mermaid,
        TimelineJs,
    }

    /// <summary>Writes a timeline as one document in one format. Implementations are stateless and never throw on any text.</summary>
    public interface ITimelineWriter
    {
        TimelineFormat Format { get; }

        /// <summary>The usual file extension, with its dot.</summary>
        string FileExtension { get; }

        /// <summary>Whether a file in this format starts with a UTF-8 byte-order mark.</summary>
        bool ByteOrderMark { get; }

        void Write(Timeline timeline, TextWriter output);
    }
}
