using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Core.Tests.Export
{
    /// <summary>
    /// Reads a Mermaid timeline the way Mermaid's own parser does (its lexer rules for <c>timeline</c>, tried in the
    /// same order at each position, first match wins, case-insensitive; then sections, periods and the events that
    /// follow a period), so a test sees the diagram Mermaid would draw, or the token Mermaid would reject.
    /// </summary>
    internal static class MermaidTimelineGrammar
    {
        private static readonly (string Token, Regex Pattern)[] Rules =
        {
            ("skip", Rule(@"%%(?!\{)[^\n]*")),
            ("skip", Rule(@"[^\}]%%[^\n]*")),
            ("NEWLINE", Rule(@"[\n]+")),
            ("skip", Rule(@"\s+")),
            ("skip", Rule(@"\#[^\n]*")),
            ("timeline", Rule("timeline")),
            ("title", Rule(@"title\s[^\n]+")),
            ("acc", Rule(@"acc(Title|Descr)\s*[:{]")),
            ("section", Rule(@"section\s[^:\n]+")),
            ("event", Rule(@":\s(?:[^:\n]|:(?!\s))+")),
            ("period", Rule(@"[^#:\n]+")),
            ("INVALID", Rule(".")),
        };

        public sealed class Period
        {
            public Period(string name) => Name = name;

            public string Name { get; }

            public List<string> Events { get; } = new List<string>();
        }

        public sealed class Section
        {
            public Section(string? name) => Name = name;

            public string? Name { get; }

            public List<Period> Periods { get; } = new List<Period>();
        }

        public sealed class Diagram
        {
            public string? Title { get; set; }

            public List<Section> Sections { get; } = new List<Section>();

            public IEnumerable<Period> Periods => Sections.SelectMany(s => s.Periods);
        }

        /// <summary>The diagram, or an exception naming the first token Mermaid's grammar would not accept.</summary>
        public static Diagram Parse(string text)
        {
            var diagram = new Diagram();
            var position = 0;
            var sawHeader = false;
            while (position < text.Length)
            {
                var (token, match) = Rules.Select(r => (r.Token, Match: r.Pattern.Match(text, position))).First(r => r.Match.Success);
                position += match.Length;
                var value = match.Value;
                switch (token)
                {
                    case "skip":
                    case "NEWLINE":
                        break;
                    case "timeline" when !sawHeader:
                        sawHeader = true;
                        break;
                    case "title" when sawHeader:
                        diagram.Title = value.Substring(6);
                        break;
                    case "section" when sawHeader:
                        diagram.Sections.Add(new Section(value.Substring(8)));
                        break;
                    case "period" when sawHeader:
                        if (diagram.Sections.Count == 0)
                        {
                            diagram.Sections.Add(new Section(null));
                        }

                        diagram.Sections[diagram.Sections.Count - 1].Periods.Add(new Period(value.Trim()));
                        break;
                    case "event" when sawHeader && diagram.Sections.Count > 0 && diagram.Sections[diagram.Sections.Count - 1].Periods.Count > 0:
                        diagram.Sections[diagram.Sections.Count - 1].Periods.Last().Events.Add(value.Substring(2));
                        break;
                    default:
                        throw new FormatException($"Mermaid would not accept the {token} token '{value}' at offset {position - match.Length}.");
                }
            }

            if (!sawHeader)
            {
                throw new FormatException("No timeline header.");
            }

            return diagram;
        }

        /// <summary>The lines of an event as Mermaid draws them: split at &lt;br&gt;, entity codes turned back into characters.</summary>
        public static string[] Lines(string mermaidEvent) => mermaidEvent.Split(new[] { "<br>" }, StringSplitOptions.None).Select(Unescape).ToArray();

        public static string Unescape(string mermaid) =>
            Regex.Replace(mermaid, "#([0-9]+);", m => ((char)int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToString());

        private static Regex Rule(string pattern) =>
            new Regex(@"\G(?:" + pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
