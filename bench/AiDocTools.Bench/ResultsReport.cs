using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace AiDocTools.Bench
{
    /// <summary>The figures of one run, each next to its target, written as bench/RESULTS.md.</summary>
    public sealed class ResultsReport
    {
        private readonly List<(string Section, string Measure, string Figure, string Target, string Met)> _rows = new();
        private readonly List<string> _notes = new();

        public void Add(string section, string measure, string figure, string target = "", bool? met = null)
        {
            _rows.Add((section, measure, figure, target, met == null ? "" : met.Value ? "yes" : "**no**"));
            Console.WriteLine($"{section,-10} {measure,-58} {figure,-22} {target} {(met == null ? "" : met.Value ? "met" : "MISSED")}");
        }

        public void Note(string note)
        {
            _notes.Add(note);
            Console.WriteLine("note: " + note);
        }

        public string ToMarkdown(string header)
        {
            var text = new StringBuilder();
            text.AppendLine("# Benchmark results").AppendLine();
            text.AppendLine(header).AppendLine();
            text.AppendLine("| Section | Measure | Figure | Target | Met |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var row in _rows)
            {
                text.AppendLine($"| {row.Section} | {row.Measure} | {row.Figure} | {row.Target} | {row.Met} |");
            }

            if (_notes.Count > 0)
            {
                text.AppendLine().AppendLine("Notes:").AppendLine();
                foreach (var note in _notes)
                {
                    text.AppendLine("- " + note);
                }
            }

            return text.ToString();
        }

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
