using System.IO;
using System.Text;

namespace AiDocTools.Export
{
    /// <summary>
    /// CommonMark: a level-1 heading with the title; per date a level-2 heading with the ISO date; per entry the headline in bold
    /// and a list of sources (<c>- *source*: sentence</c>). Every piece of article text is escaped, so it reads back
    /// literally through any CommonMark parser: no article can inject a heading, link or raw HTML.
    /// </summary>
    public sealed class MarkdownTimelineWriter : ITimelineWriter
    {
        public TimelineFormat Format => TimelineFormat.Markdown;

        public string FileExtension => ".md";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            output.Write("# " + Escape(timeline.Title) + "\n");
            PartialDate? previous = null;
            foreach (var entry in timeline.Entries)
            {
                // Entries of one date sit under one heading, so the outline reads as a list of dates.
                if (previous == null || !previous.Equals(entry.Date))
                {
                    output.Write("\n## " + entry.Date + "\n");
                    previous = entry.Date;
                }

                output.Write("\n**" + Escape(entry.Headline) + "**\n\n");
                foreach (var source in entry.Sources)
                {
                    output.Write("- *" + Escape(SourceLabel(source)) + "*: " + Escape(source.Sentence) + "\n");
                }
            }
        }

        /// <summary>How a source is named in the documents: its title and id, or its id alone.</summary>
        internal static string SourceLabel(TimelineSource source)
        {
            var id = source.ArticleId.Trim().Length > 0 ? source.ArticleId : Messages.TimelineUnknownArticle;
            return source.ArticleTitle == null ? id : source.ArticleTitle + " (" + id + ")";
        }

        /// <summary>
        /// The text on one line with every ASCII punctuation character backslash-escaped, which CommonMark allows for all of
        /// them and which disarms every construct (emphasis, links, raw HTML, entity references, list and heading markers).
        /// </summary>
        internal static string Escape(string text)
        {
            var line = ExportText.OneLine(text);
            var escaped = new StringBuilder(line.Length + 16);
            foreach (var c in line)
            {
                if (IsAsciiPunctuation(c))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        private static bool IsAsciiPunctuation(char c) =>
            (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
