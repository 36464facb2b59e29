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
    /// Generates each corpus size in a temp folder, measures, and updates bench/RESULTS.md: the rows of the steps and
    /// sizes measured are replaced, every other row is kept with the run that measured it.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var options = BenchOptions.Parse(args);
            var repoRoot = Metadata("RepoRoot");
            var report = new ResultsReport();
            var loadBefore = LoadAverage();
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
                var section = $"N={size:N0}";
                report.Note(section, $"generated {corpus.Files.Count:N0} files, {ResultsReport.Mb(corpus.Bytes)}, in {watch.Elapsed.TotalSeconds:0.0} s.");
                if (options.Measures("analysis"))
                {
                    report.Begin(section, "analysis");
                    new AnalysisBenchmark(corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("engine"))
                {
                    report.Begin(section, "engine");
                    new EngineBenchmark(Metadata("ModuleManifest"), corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("report"))
                {
                    report.Begin(section, "report");
                    new ReportBenchmark(Metadata("ModuleManifest"), corpus, options.Runs).Run(report, section);
                }

                if (options.Measures("search"))
                {
                    report.Begin(section, "search");
                    new SearchBenchmark(corpus, options.Runs, options.Seed).Run(report, section);
                }

                if (options.Measures("postgres"))
                {
                    report.Begin(section, "postgres");
                    new PostgresBenchmark(corpus, options.Seed).Run(report, section);
                }

                if (!options.Keep)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            var run = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Commit(repoRoot)}";
            var description = string.Join("; ", new[]
            {
                $"`dotnet run -c Release --project bench/AiDocTools.Bench -- {string.Join(" ", args)}`".Replace(" -- `", "`"),
                $"{RuntimeInformation.OSDescription.Trim()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.FrameworkDescription}",
                $"load average (1 min) {loadBefore} at the start, {LoadAverage()} at the end",
                $"every figure the median of {options.Runs} runs; latencies over every query of a set, after one warm-up",
            });
            var path = options.Output ?? Path.Combine(repoRoot, "bench", "RESULTS.md");
            var markdown = report.Merge(File.Exists(path) ? File.ReadAllText(path) : null, run, description);
            ResultsReport.WriteAtomically(path, markdown);
            return 0;
        }

        private static string Metadata(string key) => typeof(Program).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

        // Other work on the machine slows every figure: the run says how busy the machine was.
        private static string LoadAverage()
        {
            try
            {
                return File.ReadAllText("/proc/loadavg").Split(' ')[0];
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return "unknown";
            }
        }

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
                if (git.ExitCode != 0)
                {
                    return "unknown";
                }

                // Figures measured on edited files belong to no commit: the run says so.
                using var status = Process.Start(new ProcessStartInfo("git", "status --porcelain --untracked-files=no")
                {
                    WorkingDirectory = repoRoot,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                var changes = status.StandardOutput.ReadToEnd().Trim();
                status.WaitForExit();
                return changes.Length > 0 ? commit + " with uncommitted changes" : commit;
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

        // Every step a results row may name, in the order the results file lists them.
        private static readonly string[] AllSteps = ResultsReport.Steps;

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
