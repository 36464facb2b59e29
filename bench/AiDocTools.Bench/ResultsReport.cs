using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AiDocTools.Bench
{
    /// <summary>
    /// The figures of one run, each next to its target, merged into bench/RESULTS.md: the run replaces the rows of the
    /// steps and sizes it measured and keeps every other row, each row naming the run that measured it. A run that
    /// re-measures one step (--only analysis) while tuning it so never wipes the figures of the steps it skipped.
    /// </summary>
    public sealed class ResultsReport
    {
        public const string Title = "# Benchmark results";

        private const string RunsHeading = "## Runs";
        private const string NotesHeading = "## Notes";
        private const string TableHeader = "| Section | Step | Measure | Figure | Target | Met | Run |";

        private readonly List<Row> _rows = new();
        private readonly List<(string Section, string Text)> _notes = new();
        private readonly HashSet<(string Section, string Step)> _measured = new();
        private string _section = "";
        private string _step = "";

        /// <summary>The steps in the order their rows are listed within a section.</summary>
        public static readonly string[] Steps = { "analysis", "engine", "report", "search", "postgres" };

        /// <summary>The rows added from now on belong to this size and step, whose earlier rows the run replaces.</summary>
        public void Begin(string section, string step)
        {
            _section = section;
            _step = step;
            _measured.Add((section, step));
        }

        public void Add(string section, string measure, string figure, string target = "", bool? met = null)
        {
            if (section != _section || _step.Length == 0)
            {
                throw new InvalidOperationException($"Row '{measure}' of {section} added outside the step begun for {_section}.");
            }

            _rows.Add(new Row(section, _step, measure, figure, target, met == null ? "" : met.Value ? "yes" : "**no**", ""));
            Console.WriteLine($"{section,-10} {measure,-58} {figure,-22} {target} {(met == null ? "" : met.Value ? "met" : "MISSED")}");
        }

        public void Note(string section, string note)
        {
            _notes.Add((section, note));
            Console.WriteLine("note: " + section + ": " + note);
        }

        /// <summary>
        /// RESULTS.md with this run's rows in place of the rows it re-measured. <paramref name="run"/> names the run in
        /// every row it gives (date and commit); <paramref name="description"/> is its line under Runs.
        /// </summary>
        public string Merge(string? existing, string run, string description)
        {
            var old = existing == null ? Parsed.Empty : Parse(existing);
            var rows = old.Rows.Where(r => !_measured.Contains((r.Section, r.Step)))
                .Concat(_rows.Select(r => r with { Run = run }))
                .OrderBy(r => SectionOrder(r.Section)).ThenBy(r => r.Section, StringComparer.Ordinal)
                .ThenBy(r => Array.IndexOf(Steps, r.Step))
                .ToList();
            var sectionsRun = new HashSet<string>(_measured.Select(m => m.Section));
            var notes = old.Notes.Where(n => !sectionsRun.Contains(n.Section))
                .Concat(_notes.Select(n => (n.Section, Run: run, n.Text)))
                .OrderBy(n => SectionOrder(n.Section))
                .ToList();
            var runs = old.Runs.Where(r => r.Run != run).Prepend((Run: run, Text: description))
                .Where(r => rows.Any(row => row.Run == r.Run) || notes.Any(n => n.Run == r.Run))
                .ToList();

            var text = new StringBuilder();
            text.AppendLine(Title).AppendLine();
            text.AppendLine("Each row names the run that measured it. A run replaces the rows of the steps and sizes it measured");
            text.AppendLine("(`--only`, `--articles`) and keeps every other row, so figures of different dates sit side by side;");
            text.AppendLine("compare rows of one run, or runs on the same machine under the same load.").AppendLine();
            text.AppendLine(RunsHeading).AppendLine();
            foreach (var (name, line) in runs)
            {
                text.AppendLine($"- **{name}**: {line}");
            }

            text.AppendLine().AppendLine(TableHeader);
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var row in rows)
            {
                text.AppendLine($"| {row.Section} | {row.Step} | {row.Measure} | {row.Figure} | {row.Target} | {row.Met} | {row.Run} |");
            }

            if (notes.Count > 0)
            {
                text.AppendLine().AppendLine(NotesHeading).AppendLine();
                foreach (var note in notes)
                {
                    text.AppendLine($"- {note.Section} ({note.Run}): {note.Text}");
                }
            }

            return text.ToString();
        }

        private sealed record Row(string Section, string Step, string Measure, string Figure, string Target, string Met, string Run);

        private sealed record Parsed(List<Row> Rows, List<(string Run, string Text)> Runs, List<(string Section, string Run, string Text)> Notes)
        {
            public static readonly Parsed Empty = new(new List<Row>(), new List<(string, string)>(), new List<(string, string, string)>());
        }

        // Reads a file this class wrote. A file in another shape is an error rather than a table silently dropped.
        private static Parsed Parse(string markdown)
        {
            var parsed = new Parsed(new List<Row>(), new List<(string, string)>(), new List<(string, string, string)>());
            var part = "";
            foreach (var raw in markdown.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    part = line;
                    continue;
                }

                if (line.StartsWith("| ", StringComparison.Ordinal) && line != TableHeader)
                {
                    var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                    if (cells.Length != 7 || !Steps.Contains(cells[1]))
                    {
                        throw new InvalidDataException($"A row of the results file is not in the shape '{TableHeader}': {line}");
                    }

                    parsed.Rows.Add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
                }
                else if (part == RunsHeading && line.StartsWith("- **", StringComparison.Ordinal))
                {
                    var end = line.IndexOf("**: ", 4, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw new InvalidDataException($"A run of the results file is not in the shape '- **date, commit**: description': {line}");
                    }

                    parsed.Runs.Add((line.Substring(4, end - 4), line.Substring(end + 4)));
                }
                else if (part == NotesHeading && line.StartsWith("- ", StringComparison.Ordinal))
                {
                    var open = line.IndexOf(" (", StringComparison.Ordinal);
                    var close = line.IndexOf("): ", open, StringComparison.Ordinal);
                    parsed.Notes.Add((line.Substring(2, open - 2), line.Substring(open + 2, close - open - 2), line.Substring(close + 3)));
                }
            }

            return parsed;
        }

        // N=100 before N=10,000: the sections are corpus sizes.
        private static long SectionOrder(string section) =>
            long.TryParse(section.StartsWith("N=", StringComparison.Ordinal) ? section.Substring(2) : section, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

        public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

        public static string Ms(double seconds) => (seconds * 1000).ToString(seconds < 0.01 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";

        public static string Number(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

        /// <summary>Writes through a temp file so a crash mid-write never leaves a half table behind.</summary>
        public static void WriteAtomically(string path, string text)
        {
            var temp = path + ".tmp";
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
    }
}
