using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Bench
{
    /// <summary>
    /// Search latency by the module against what a user has today: a linear regex scan over the files
    /// (what Select-String does) and ripgrep when installed.
    /// </summary>
    public sealed class SearchBenchmark
    {
        // 1-, 2- and 5-term queries in each language, the shapes users type.
        private static readonly (string Name, string[] Terms)[] Queries =
        {
            ("ja 1 term", new[] { "オープンソース" }),
            ("ja 2 terms", new[] { "著作権", "学習" }),
            ("ja 5 terms", new[] { "オープン", "モデル", "公開", "企業", "規制" }),
            ("en 1 term", new[] { "open" }),
            ("en 2 terms", new[] { "open", "model" }),
            ("en 5 terms", new[] { "open", "source", "model", "weights", "license" }),
        };

        private readonly Corpus _corpus;
        private readonly int _runs;
        private readonly int _seed;

        public SearchBenchmark(Corpus corpus, int runs, int seed)
        {
            _corpus = corpus;
            _runs = runs;
            _seed = seed;
        }

        public void Run(ResultsReport report, string section)
        {
            foreach (var (name, terms) in Queries)
            {
                var scan = LinearScan(terms);
                report.Add(section, $"Linear regex scan (Select-String's way), {name}", ResultsReport.Ms(scan));
                var ripgrep = Ripgrep(terms);
                report.Add(section, $"ripgrep, {name}", ripgrep == null ? "not installed" : ResultsReport.Ms(ripgrep.Value));
            }
        }

        /// <summary>Median seconds to find the lines holding every term, file by file, as Select-String would.</summary>
        private double LinearScan(string[] terms)
        {
            var patterns = terms.Select(t => new Regex(Regex.Escape(t), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToArray();
            return Measurement.Median(_runs, () =>
            {
                var hits = 0;
                foreach (var file in _corpus.Files)
                {
                    foreach (var line in File.ReadLines(file))
                    {
                        if (patterns.All(p => p.IsMatch(line)))
                        {
                            hits++;
                        }
                    }
                }

                GC.KeepAlive(hits);
            }).Seconds;
        }

        /// <summary>ripgrep finds lines with the first term; the others filter them through a pipe, as a shell user would chain it.</summary>
        private double? Ripgrep(string[] terms)
        {
            if (!RipgrepInstalled())
            {
                return null;
            }

            var script = "rg -i -F --no-filename " + Quote(terms[0]) + " " + Quote(_corpus.Folder)
                + string.Concat(terms.Skip(1).Select(t => " | rg -i -F " + Quote(t)))
                + " | wc -l";
            return Measurement.Median(_runs, () =>
            {
                using var process = Process.Start(new ProcessStartInfo("sh")
                {
                    ArgumentList = { "-c", script },
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
            }).Seconds;
        }

        private static bool RipgrepInstalled()
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            return path.Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "rg")) || File.Exists(Path.Combine(dir, "rg.exe")));
        }

        private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
    }
}
