using System;
using System.IO;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Time;
using Xunit;
using Xunit.Abstractions;

namespace AiDocTools.Core.Tests.Corpus
{
    /// <summary>
    /// Scores the module on the project's own corpus (tests/corpus: articles/ and gold/ in the ../shared/gold format)
    /// with the shared scorers' metrics, so that a change cannot quietly lose recall on articles nobody tuned it on.
    /// </summary>
    /// <remarks>
    /// How the floors are set: each floor is the score this test printed on the corpus as merged, rounded down to two
    /// decimals and less 0.02 for noise, and it moves only up, when a change raises the measured score; it is never
    /// lowered to let a change pass. Set from the merged 40-article corpus: quotes 0.85, dates 0.92, entities 0.93,
    /// titles 40/40, people 32/34. The quotes floor was then raised to the measured 0.93 (0.9309, issue 13: speakers read
    /// in Latin letters and the headline, passive-source and bracketed-source rules), rounded down without the margin.
    /// With the ten holdout-* articles of unseen styles (50 articles): quotes 0.93, dates 0.92, entities 0.93, titles
    /// 50/50, people 41/43 (0.95); the people floor was raised to 0.93 by the rule above, the others keep theirs.
    /// Set AIDOCTOOLS_CORPUS to a folder holding articles/ and gold/ to score another corpus the same way.
    /// </remarks>
    public sealed class CorpusScoreTests
    {
        public const double QuotesF1Floor = 0.93;
        public const double DatesF1Floor = 0.90;
        public const double EntitiesF1Floor = 0.91;
        public const double TitlesFloor = 0.98;
        public const double PeopleFloor = 0.93;

        private readonly ITestOutputHelper _output;

        public CorpusScoreTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void The_module_scores_at_least_its_floors_on_the_project_corpus()
        {
            var folder = CorpusFolder();

            Assert.True(Directory.Exists(Path.Combine(folder, "gold")), $"The corpus folder {folder} has no gold/ folder: the module's scores cannot be measured.");
            var corpus = CorpusScorer.Load(folder);
            Assert.True(corpus.Count > 0, $"The corpus folder {folder} holds no gold/*.json: the module's scores cannot be measured.");

            var quotes = CorpusScorer.Quotes(corpus, AnalysisPipeline.Shipped.Claims.Extract);
            var dates = CorpusScorer.Dates(corpus, AnalysisPipeline.Shipped.Events.Extract);
            var entities = CorpusScorer.Entities(corpus, CorpusScorer.Catalog(corpus, AnalysisPipeline.Shipped.Entities));
            var titles = CorpusScorer.Titles(corpus);
            var people = CorpusScorer.People(corpus);
            var bylines = CorpusScorer.People(corpus, authorsOnly: true);
            _output.WriteLine($"corpus: {corpus.Count} articles in {folder}");
            foreach (var line in new object[] { quotes, dates, entities, titles, people, bylines })
            {
                _output.WriteLine(line.ToString());
            }

            Assert.True(quotes.F1 >= QuotesF1Floor, $"{quotes} is below its floor {QuotesF1Floor}");
            Assert.True(dates.F1 >= DatesF1Floor, $"{dates} is below its floor {DatesF1Floor}");
            Assert.True(entities.F1 >= EntitiesF1Floor, $"{entities} is below its floor {EntitiesF1Floor}");
            Assert.True(titles.Share >= TitlesFloor, $"{titles} is below its floor {TitlesFloor}");
            Assert.True(people.Share >= PeopleFloor, $"{people} is below its floor {PeopleFloor}");
        }

        // tests/corpus of the checkout the tests were built from, found by walking up from the test assembly.
        private static string CorpusFolder()
        {
            var configured = Environment.GetEnvironmentVariable("AIDOCTOOLS_CORPUS");
            if (!string.IsNullOrEmpty(configured))
            {
                return configured!;
            }

            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "AiDocTools.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, $"No AiDocTools.sln above {AppContext.BaseDirectory}: the corpus cannot be found.");
            return Path.Combine(dir!.FullName, "tests", "corpus");
        }
    }
}
