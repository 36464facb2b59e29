using System.Globalization;
using System.IO;
using System.Text;

namespace AiDocTools.Export
{
    /// <summary>
    /// A Mermaid <c>timeline</c> diagram: the title, then one line per entry, <c>    2000-01-10 : headline (sources)</c>.
    /// Mermaid's timeline grammar treats <c>:</c> as the event separator, <c>#</c> and <c>%%</c> as comment starts and
    /// <c>;</c> as a statement end, and renders <c>&lt;br&gt;</c> and other markup in labels; each of these characters
    /// is written as a Mermaid entity code (<c>#58;</c>), which Mermaid turns back into the character when it draws.
    /// </summary>
    public sealed class MermaidTimelineWriter : ITimelineWriter
    {
        public TimelineFormat Format => TimelineFormat.Mermaid;

        public string FileExtension => ".mmd";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            output.Write("timeline\n");
            output.Write("    title " + Escape(timeline.Title) + "\n");
            foreach (var entry in timeline.Entries)
            {
                output.Write("    " + entry.Date + " : " + Escape(EventText(entry)) + "\n");
            }
        }

        /// <summary>The text of an entry's event: the headline and the sources that report it.</summary>
        internal static string EventText(TimelineEntry entry)
        {
            var text = new StringBuilder(entry.Headline);
            text.Append(" (");
            for (var i = 0; i < entry.Sources.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(MarkdownTimelineWriter.SourceLabel(entry.Sources[i]));
            }

            return text.Append(')').ToString();
        }

        /// <summary>One line; the characters Mermaid's grammar or its label rendering gives a meaning become entity codes.</summary>
        internal static string Escape(string text)
        {
            var line = ExportText.OneLine(text);
            var escaped = new StringBuilder(line.Length + 16);
            foreach (var c in line)
            {
                switch (c)
                {
                    case ':':
                    case '#':
                    case ';':
                    case '%':
                    case '<':
                    case '>':
                    case '&':
                    case '"':
                    case '\'':
                    case '`':
                    case '{':
                    case '}':
                    case '\\':
                        escaped.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                        break;
                    default:
                        escaped.Append(c);
                        break;
                }
            }

            return escaped.Length > 0 ? escaped.ToString() : "#8203;";
        }
    }
}
