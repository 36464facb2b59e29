using System;
using System.IO;
using System.Management.Automation.Runspaces;

namespace AiDocTools.Bench
{
    /// <summary>
    /// The dossier as a user makes it: Get-AiArticle over the corpus piped to Export-AiReport, through the engine, so the
    /// figure includes reading, claim and event extraction, building the report and the atomic write of the HTML file.
    /// </summary>
    public sealed class ReportBenchmark
    {
        private const double TargetSecondsPerThousand = 10;

        private readonly string _manifest;
        private readonly Corpus _corpus;
        private readonly int _runs;

        public ReportBenchmark(string manifest, Corpus corpus, int runs)
        {
            _manifest = manifest;
            _corpus = corpus;
            _runs = runs;
        }

        public void Run(ResultsReport report, string section)
        {
            using var session = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            session.Open();
            Run(session, $"Import-Module '{_manifest.Replace("'", "''")}' -ErrorAction Stop");
            var target = Path.Combine(Path.GetTempPath(), $"aidoctools-bench-report-{Guid.NewGuid():N}.html");
            try
            {
                var writing = Measurement.Median(_runs, () => Run(
                    session,
                    "Get-AiArticle -LiteralPath $args[0] -Recurse -ErrorAction SilentlyContinue | Export-AiReport -LiteralPath $args[1] -Force -ErrorAction Stop",
                    _corpus.Folder,
                    target));
                var target10 = TargetSecondsPerThousand * _corpus.Files.Count / 1000.0;
                report.Add(section, "Export-AiReport (Html) of Get-AiArticle -Recurse, through the engine", $"{writing.Seconds:0.0} s ({_corpus.Files.Count:N0} articles)",
                    $"< {target10:0.#} s (10 s per 1,000)", writing.Seconds < target10);
                report.Add(section, "Report file size", ResultsReport.Mb(new FileInfo(target).Length));
                report.Add(section, "Export-AiReport peak working set", ResultsReport.Mb(writing.PeakBytes));
            }
            finally
            {
                File.Delete(target);
            }
        }

        private static void Run(Runspace runspace, string script, params object[] arguments)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (var argument in arguments)
            {
                shell.AddArgument(argument);
            }

            shell.Invoke();
            if (shell.Streams.Error.Count > 0)
            {
                throw new InvalidOperationException(shell.Streams.Error[0].ToString());
            }
        }
    }
}
