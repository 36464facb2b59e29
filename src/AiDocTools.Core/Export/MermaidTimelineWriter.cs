using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiDocTools.Text;

namespace AiDocTools.Export
{
    /// <summary>
    /// A Mermaid <c>timeline</c> diagram people can read: one period per distinct date with every entry of that date
    /// under it, the periods grouped into a section per year (per decade when there are more years than Mermaid has
    /// section colours), and each event's text wrapped into lines of a box's width with <c>&lt;br&gt;</c>:
    /// <code>
    /// timeline
    ///     title Timeline
    ///     section 2023
    ///         2023-W19 : first line&lt;br&gt;second line&lt;br&gt;(001_ab)
    ///                  : another event of that week&lt;br&gt;(002_cd)
    /// </code>
    /// Mermaid breaks a label only at spaces or <c>&lt;br&gt;</c>, so Japanese, which has no spaces, ran out of its box:
    /// lines are cut by display width (a CJK character is two cells), between any two wide characters and at spaces in
    /// Latin text. Mermaid's timeline grammar treats <c>:</c> as the event separator, <c>#</c> and <c>%%</c> as comment
    /// starts and <c>;</c> as a statement end, and renders <c>&lt;br&gt;</c> and other markup in labels; each of these
    /// characters in the text is written as a Mermaid entity code (<c>#58;</c>), which Mermaid turns back into the
    /// character when it draws, so the only markup in a label is the line breaks written here.
    /// </summary>
    public sealed class MermaidTimelineWriter : ITimelineWriter
    {
        /// <summary>
        /// The cells of one line of an event box: Mermaid's timeline boxes are 150 px wide, which holds about nine CJK
        /// characters or eighteen Latin ones at its 16 px font; a little less leaves the box its padding.
        /// </summary>
        internal const int LineCells = 16;

        /// <summary>
        /// The lines a headline may take: Mermaid draws every box of a row as tall as the tallest, so one long headline
        /// would stretch them all. The chart is the overview; the other formats carry the whole text.
        /// </summary>
        internal const int HeadlineLines = 5;

        /// <summary>Mermaid colours up to twelve sections apart; more years than that are grouped by decade.</summary>
        internal const int MaxYearSections = 12;

        internal const string LineBreak = "<br>";

        public TimelineFormat Format => TimelineFormat.Mermaid;

        public string FileExtension => ".mmd";

        public bool ByteOrderMark => false;

        public void Write(Timeline timeline, TextWriter output)
        {
            output.Write("timeline\n");
            output.Write("    title " + Escape(timeline.Title) + "\n");

            var byDecade = timeline.Entries.Select(e => e.Date.Start.Year).Distinct().Count() > MaxYearSections;
            string? section = null;
            PartialDate? period = null;
            var indent = string.Empty;
            foreach (var entry in timeline.Entries)
            {
                var label = SectionOf(entry.Date, byDecade);
                if (label != section)
                {
                    section = label;
                    period = null;
                    output.Write("    section " + Escape(label) + "\n");
                }

                // Entries are in date order, so the entries of one date follow each other: the first opens the period,
                // the rest continue it on lines of their own that start with the colon.
                if (period == entry.Date)
                {
                    output.Write("        " + indent + " : " + EventText(entry) + "\n");
                    continue;
                }

                period = entry.Date;
                var name = entry.Date.ToString();
                indent = new string(' ', name.Length);
                output.Write("        " + name + " : " + EventText(entry) + "\n");
            }
        }

        /// <summary>The section a date goes under: the year it starts in, or its decade (2020–2029).</summary>
        internal static string SectionOf(PartialDate date, bool byDecade)
        {
            var year = date.Start.Year;
            if (!byDecade)
            {
                return year.ToString("D4", CultureInfo.InvariantCulture);
            }

            var decade = year - (year % 10);
            return string.Format(CultureInfo.InvariantCulture, "{0:D4}–{1:D4}", decade, decade + 9);
        }

        /// <summary>
        /// An entry's event label: its headline in at most <see cref="HeadlineLines"/> lines of <see cref="LineCells"/>
        /// cells, then the ids of the articles that report it, each line escaped and the lines joined by <c>&lt;br&gt;</c>.
        /// </summary>
        internal static string EventText(TimelineEntry entry)
        {
            var headline = DisplayWidth.Wrap(ExportText.OneLine(entry.Headline), LineCells).ToList();
            if (headline.Count > HeadlineLines)
            {
                headline = headline.Take(HeadlineLines).ToList();
                var last = headline[HeadlineLines - 1];
                while (last.Length > 0 && DisplayWidth.Of(last) + 1 > LineCells)
                {
                    last = last.Substring(0, last.Length - (last.Length > 1 && char.IsLowSurrogate(last[last.Length - 1]) ? 2 : 1));
                }

                headline[HeadlineLines - 1] = last.TrimEnd() + "…";
            }

            var sources = "(" + string.Join(", ", entry.Sources.Select(SourceId)) + ")";
            var lines = headline.Concat(DisplayWidth.Wrap(sources, LineCells)).Where(l => l.Length > 0).Select(Escape);
            return string.Join(LineBreak, lines);
        }

        /// <summary>A source by its article's id, cut in the middle to fit a line with its parentheses (003_f78…b7a6f6).</summary>
        internal static string SourceId(TimelineSource source)
        {
            var id = ExportText.OneLine(source.ArticleId);
            return DisplayWidth.Middle(id.Length > 0 ? id : Messages.TimelineUnknownArticle, LineCells - 2);
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
