using System;
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
                    var label = "*" + Escape(SourceLabel(source)) + "*";
                    output.Write("- " + (LinkTo(source) is string link ? "[" + label + "](" + link + ")" : label) + ": " + Escape(source.Sentence) + "\n");
                }
            }
        }

        /// <summary>The article's file as a link (see <see cref="ExportText.FileUri"/>); null when the source has no file.</summary>
        internal static string? LinkTo(TimelineSource source) => ExportText.FileUri(source.ArticlePath);

        /// <summary>How a source is named in the documents: its title and id, or its id alone.</summary>
        internal static string SourceLabel(TimelineSource source)
        {
            var id = source.ArticleId.Trim().Length > 0 ? source.ArticleId : Messages.TimelineUnknownArticle;
            return source.ArticleTitle == null ? id : source.ArticleTitle + " (" + id + ")";
        }

        /// <summary>
        /// The text on one line with a backslash before each character that can start a Markdown construct where the text
        /// is written (inline, after a list marker or heading mark): emphasis, code, links and images, raw HTML, entity
        /// references, tables and strike-through. Other punctuation (the comma of "May 20, 2023", a question mark, the
        /// underscore inside an id such as 003_f786) stays as written, so the file reads as plain text too.
        /// </summary>
        internal static string Escape(string text)
        {
            var line = ExportText.OneLine(text);
            var escaped = new StringBuilder(line.Length + 16);
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (IsMarkup(c) || (c == '_' && !(IsWordChar(line, i - 1) && IsWordChar(line, i + 1))))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        private static bool IsMarkup(char c) =>
            c == '\\' || c == '`' || c == '*' || c == '[' || c == ']' || c == '<' || c == '>' || c == '&' || c == '#' || c == '|' || c == '~' || c == '!';

        // An underscore between two letters or digits opens no emphasis (CommonMark's intraword rule).
        private static bool IsWordChar(string line, int i) => i >= 0 && i < line.Length && char.IsLetterOrDigit(line[i]);
    }
}
