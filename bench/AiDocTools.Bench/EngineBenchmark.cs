using System;
using System.Diagnostics;
using System.Management.Automation.Runspaces;

namespace AiDocTools.Bench
{
    /// <summary>What a PowerShell user sees: module import into a fresh runspace, and Get-AiArticle over the corpus.</summary>
    public sealed class EngineBenchmark
    {
        private const double TargetImportSeconds = 0.3;

        private readonly string _manifest;
        private readonly Corpus _corpus;
        private readonly int _runs;

        public EngineBenchmark(string manifest, Corpus corpus, int runs)
        {
            _manifest = manifest;
            _corpus = corpus;
            _runs = runs;
        }

        public void Run(ResultsReport report, string section)
        {
            var state = InitialSessionState.CreateDefault2();
            using (var warm = RunspaceFactory.CreateRunspace(state))
            {
                // The first runspace pays for loading the engine itself, which is not the module's cost.
                warm.Open();
            }

            var import = Measurement.Median(Math.Max(5, _runs), () =>
            {
                using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
                runspace.Open();
                Invoke(runspace, $"Import-Module '{_manifest.Replace("'", "''")}' -ErrorAction Stop");
            });
            report.Add(section, "Module import into a fresh runspace", ResultsReport.Ms(import.Seconds), "< 300 ms", import.Seconds < TargetImportSeconds);

            using var session = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            session.Open();
            Invoke(session, $"Import-Module '{_manifest.Replace("'", "''")}' -ErrorAction Stop");
            long count = 0;
            var listing = Measurement.Median(_runs, () =>
            {
                var output = Invoke(session, "$n = 0; Get-AiArticle -LiteralPath $args[0] -Recurse -ErrorAction SilentlyContinue | ForEach-Object { $n++ }; $n", _corpus.Folder);
                count = Convert.ToInt64(output);
            });
            report.Add(section, "Get-AiArticle -Recurse through the engine", $"{ResultsReport.Number(count / listing.Seconds, "0")} articles/s ({count:N0} articles)");
            report.Add(section, "Get-AiArticle peak working set", ResultsReport.Mb(listing.PeakBytes));
        }

        private static object? Invoke(Runspace runspace, string script, params object[] arguments)
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            foreach (var argument in arguments)
            {
                shell.AddArgument(argument);
            }

            var output = shell.Invoke();
            if (shell.HadErrors && shell.Streams.Error.Count > 0 && output.Count == 0)
            {
                throw new InvalidOperationException(shell.Streams.Error[0].ToString());
            }

            return output.Count > 0 ? output[output.Count - 1].BaseObject : null;
        }
    }
}
