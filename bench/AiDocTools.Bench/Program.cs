using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AiDocTools.Bench
{
    /// <summary>
    /// dotnet run -c Release --project bench/AiDocTools.Bench [-- --articles 100,10000 --runs 3 --seed 42 --only analysis,engine,report,search,postgres --keep]
    /// Generates each corpus size in a temp folder, measures, and replaces bench/RESULTS.md.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var options = BenchOptions.Parse(args);
            var repoRoot = Metadata("RepoRoot");
            var report = new ResultsReport();
            var generator = new CorpusGenerator(Path.Combine(repoRoot, "seeds"));

            foreach (var size in options.Sizes)
            {
                var folder = Path.Combine(Path.GetTempPath(), $"aidoctools-bench-{size}-{options.Seed}");
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                var watch = Stopwatch.StartNew();
                var files = generator.Write(folder, size, options.Seed);
                var corpus = new Corpus(folder, files);
                report.Note($"N = {size:N0}: generated {corpus.Files.Count:N0} files, {ResultsReport.Mb(corpus.Bytes)}, in {watch.Elapsed.TotalSeconds:0.0} s.");

                var section = $"N={size:N0}";
                if (options.Measures("analysis"))
                {
                    new AnalysisBenchmark(corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("engine"))
                {
                    new EngineBenchmark(Metadata("ModuleManifest"), corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("report"))
                {
                    new ReportBenchmark(Metadata("ModuleManifest"), corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("search"))
                {
                    new SearchBenchmark(corpus, options.Runs, options.Seed).Run(report, section);
                }

                if (options.Measures("postgres"))
                {
                    new PostgresBenchmark(corpus, options.Seed).Run(report, section);
                }

                if (!options.Keep)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            var header = string.Join(Environment.NewLine, new[]
            {
                $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC",
                $"- Commit: {Commit(repoRoot)}",
                $"- Machine: {RuntimeInformation.OSDescription.Trim()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.FrameworkDescription}",
                $"- Command: `dotnet run -c Release --project bench/AiDocTools.Bench -- {string.Join(" ", args)}`".Replace(" -- `", "`"),
                $"- Every figure is the median of {options.Runs} runs; latencies are over every query of a set, after one warm-up.",
            });
            var markdown = report.ToMarkdown(header);
            // The team index alone has its own file: a run of one section must not replace every other figure.
            var results = options.Steps.SequenceEqual(new[] { "postgres" }) ? "POSTGRES-RESULTS.md" : "RESULTS.md";
            ResultsReport.WriteAtomically(options.Output ?? Path.Combine(repoRoot, "bench", results), markdown);
            return 0;
        }

        private static string Metadata(string key) => typeof(Program).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

        private static string Commit(string repoRoot)
        {
            try
            {
                using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
                {
                    WorkingDirectory = repoRoot,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                var commit = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit();
                return git.ExitCode == 0 ? commit : "unknown";
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "unknown (git not found)";
            }
        }
    }

    /// <summary>The generated files of one corpus size.</summary>
    public sealed class Corpus
    {
        public Corpus(string folder, IReadOnlyList<string> files)
        {
            Folder = folder;
            Files = files;
            Bytes = files.Sum(f => new FileInfo(f).Length);
        }

        public string Folder { get; }

        public IReadOnlyList<string> Files { get; }

        public long Bytes { get; }
    }

    public sealed class BenchOptions
    {
        public IReadOnlyList<int> Sizes { get; private set; } = new[] { 100, 10_000 };

        public int Runs { get; private set; } = 3;

        public int Seed { get; private set; } = 42;

        public bool Keep { get; private set; }

        public string? Output { get; private set; }

        /// <summary>
        /// The steps to measure; all but the team index unless --only names some, so one step can be re-measured alone
        /// while tuning it. The team index needs a PostgreSQL server, so it is measured only when asked for.
        /// </summary>
        public IReadOnlyCollection<string> Steps { get; private set; } = DefaultSteps;

        private static readonly string[] DefaultSteps = { "analysis", "engine", "report", "search" };

        private static readonly string[] AllSteps = { "analysis", "engine", "report", "search", "postgres" };

        public bool Measures(string step) => Steps.Contains(step);

        public static BenchOptions Parse(string[] args)
        {
            var options = new BenchOptions();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--articles":
                        options.Sizes = args[++i].Split(',').Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--runs":
                        options.Runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--seed":
                        options.Seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--output":
                        options.Output = args[++i];
                        break;
                    case "--only":
                        options.Steps = args[++i].Split(',').Select(s => s.Trim().ToLowerInvariant()).ToArray();
                        if (options.Steps.Except(AllSteps).Any())
                        {
                            throw new ArgumentException("--only takes " + string.Join(",", AllSteps));
                        }

                        break;
                    case "--keep":
                        options.Keep = true;
                        break;
                    default:
                        throw new ArgumentException("Unknown option " + args[i] + ". Options: --articles 100,10000 --runs 3 --seed 42 --only analysis,engine,report,search,postgres --output FILE --keep");
                }
            }

            return options;
        }
    }
}
