using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;

namespace AiDocTools.Bench
{
    /// <summary>The whole analysis of each file — read, decode, clean, segment, claims, dates, entities — without PowerShell.</summary>
    public sealed class AnalysisBenchmark
    {
        private const double TargetMegabytesPerSecondPerCore = 20;

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

            // JIT and the data files load once per process; a user's long session has paid for them already.
            var warmUp = new ArticleReader();
            foreach (var file in _corpus.Files.Take(50))
            {
                Analyse(warmUp, file);
            }

            var single = Measurement.Median(_runs, () =>
            {
                long count = 0;
                var reader = new ArticleReader();
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
                    () => new ArticleReader(),
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
            var claims = ClaimExtractor.Default.Extract(article);
            GC.KeepAlive(EntityRecognizer.Default.FindMentions(article.Body));
            return claims.Count;
        }
    }
}
