using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;

namespace AiDocTools.Bench
{
    /// <summary>The whole analysis of each file — read, decode, clean, segment, claims, dates, entities — without PowerShell.</summary>
    public sealed class AnalysisBenchmark
    {
        private const double TargetMegabytesPerSecondPerCore = 20;

        private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(15);

        private readonly Corpus _corpus;
        private readonly int _runs;

        public AnalysisBenchmark(Corpus corpus, int runs)
        {
            _corpus = corpus;
            _runs = runs;
        }

        public void Run(ResultsReport report, string section)
        {
            var megabytes = _corpus.Bytes / 1024.0 / 1024.0;
            long claims = 0;

            // A user's long session has paid for the JIT and the data files already, so the runs start from the steady
            // state. Fifty files did not reach it: the runtime recompiles a hot method with full optimisation only after it
            // has been called a while and the process has stopped compiling new methods for a moment, and on a busy
            // machine the background compiler lags further, so at N=100 the measured runs still executed the quick
            // first-tier code (2.1 MB/s, against 6.8 MB/s with DOTNET_TieredCompilation=0; in a loop over the N=100 corpus
            // the seventh pass, about six seconds in, was the first at full speed). The warm-up therefore analyses the whole
            // corpus, again and again until it has run for WarmUpTime, which also leaves every file in the OS cache as in
            // every later run.
            var warmUp = AnalysisPipeline.Shipped.NewReader();
            var warmUpWatch = Stopwatch.StartNew();
            do
            {
                foreach (var file in _corpus.Files)
                {
                    Analyse(warmUp, file);
                }
            }
            while (warmUpWatch.Elapsed < WarmUpTime);

            var single = Measurement.Median(_runs, () =>
            {
                long count = 0;
                var reader = AnalysisPipeline.Shipped.NewReader();
                foreach (var file in _corpus.Files)
                {
                    count += Analyse(reader, file);
                }

                claims = count;
            });
            var perCore = megabytes / single.Seconds;
            report.Add(section, "Analysis throughput, 1 thread", $"{ResultsReport.Number(perCore)} MB/s", $"≥ {TargetMegabytesPerSecondPerCore} MB/s per core", perCore >= TargetMegabytesPerSecondPerCore);
            report.Add(section, "Analysis peak working set, 1 thread", ResultsReport.Mb(single.PeakBytes));

            var cores = Environment.ProcessorCount;
            var parallel = Measurement.Median(_runs, () =>
            {
                Parallel.ForEach(
                    _corpus.Files,
                    new ParallelOptions { MaxDegreeOfParallelism = cores },
                    () => AnalysisPipeline.Shipped.NewReader(),
                    (file, _, reader) =>
                    {
                        Analyse(reader, file);
                        return reader;
                    },
                    _ => { });
            });
            var all = megabytes / parallel.Seconds;
            report.Add(section, $"Analysis throughput, {cores} threads", $"{ResultsReport.Number(all)} MB/s ({ResultsReport.Number(all / cores)} per core)", $"≥ {TargetMegabytesPerSecondPerCore} MB/s per core", all / cores >= TargetMegabytesPerSecondPerCore);
            report.Add(section, $"Analysis peak working set, {cores} threads", ResultsReport.Mb(parallel.PeakBytes));
            report.Add(section, "Claims in the corpus", claims.ToString("N0"));
        }

        /// <summary>One file through every stage; returns its claim count, the unit the search figures are quoted in.</summary>
        private static int Analyse(ArticleReader reader, string file)
        {
            Article article;
            try
            {
                article = reader.Read(file);
            }
            catch (ArticleLoadException)
            {
                return 0;
            }

            // Claims carry their speakers, entities and dates, so one extraction runs every stage once; the
            // entity list of the article (Get-AiEntity's input) is then the recognizer's cached pass over the body.
            var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
            GC.KeepAlive(AnalysisPipeline.Shipped.Entities.FindMentions(article.Body));
            return claims.Count;
        }
    }
}
