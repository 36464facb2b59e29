using System;
using System.Collections.Generic;
using System.IO;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Time;
using Xunit;

namespace AiDocTools.Core.Tests.Corpus
{
    /// <summary>
    /// The port gives the figures the shared scripts give: the expected values are what score_extract.py printed for
    /// the same hand-made predictions over this made-up article and its gold (quotes 0.67/0.67, dates 0.67/0.67,
    /// entities 0.67/0.50), and what score_articles.py counts for titles and people.
    /// </summary>
    public sealed class CorpusScorerTests : IDisposable
    {
        private const string ArticleText = @"Labs disagree over publishing training data

By Hana Lindgren
March 4, 2026

Contoso said on Tuesday that it would publish a summary of its training data by June 2026.

""We owe developers a clear list of sources,"" Marisol Vance, Contoso's chief executive, told reporters.

Fabrikam declined to comment. Its founder, Leo Park, said last year that such lists help nobody.
";

        private const string GoldJson = @"{""file"": ""fx-01.txt"", ""language"": ""en"", ""title"": ""Labs disagree over publishing training data"", ""author"": ""Hana Lindgren"", ""translator"": null, ""published"": ""2026-03-04"",
 ""metadata_lines"": [], ""boilerplate"": [], ""headings"": [],
 ""dates"": [
   {""text"": ""Tuesday"", ""value"": ""2026-03-03"", ""kind"": ""relative""},
   {""text"": ""June 2026"", ""value"": ""2026-06"", ""kind"": ""absolute""},
   {""text"": ""last year"", ""value"": ""2025"", ""kind"": ""relative""}],
 ""quotes"": [
   {""speaker"": ""Contoso"", ""speaker_as_written"": ""Contoso"", ""text_start"": ""it would publish a summar"", ""kind"": ""indirect""},
   {""speaker"": ""Marisol Vance"", ""speaker_as_written"": ""Marisol Vance"", ""text_start"": ""We owe developers a clear"", ""kind"": ""direct""},
   {""speaker"": ""Leo Park"", ""speaker_as_written"": ""Leo Park"", ""text_start"": ""such lists help nobody"", ""kind"": ""indirect""}],
 ""entities"": [
   {""name"": ""Contoso"", ""type"": ""organization"", ""as_written"": [""Contoso""]},
   {""name"": ""Marisol Vance"", ""type"": ""person"", ""as_written"": [""Marisol Vance""]},
   {""name"": ""Fabrikam"", ""type"": ""organization"", ""as_written"": [""Fabrikam""]},
   {""name"": ""Leo Park"", ""type"": ""person"", ""as_written"": [""Leo Park""]}]}
";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "aidoctools-scorer-" + Guid.NewGuid().ToString("N"));

        public CorpusScorerTests()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "articles"));
            Directory.CreateDirectory(Path.Combine(_folder, "gold"));
            File.WriteAllText(Path.Combine(_folder, "articles", "fx-01.txt"), ArticleText.Replace("\r\n", "\n"));
            File.WriteAllText(Path.Combine(_folder, "gold", "fx-01.json"), GoldJson);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Quotes_count_attributed_non_assertions_on_speaker_and_opening_words()
        {
            var corpus = CorpusScorer.Load(_folder);
            var claims = new[]
            {
                new Claim { Kind = ClaimKind.DirectQuote, Speaker = "Marisol Vance", SpeakerAsWritten = "Marisol Vance", Quote = "We owe developers a clear list of sources,", Text = "\"We owe developers a clear list of sources,\" Marisol Vance, Contoso's chief executive, told reporters." },
                new Claim { Kind = ClaimKind.ReportedSpeech, Speaker = "Contoso", SpeakerAsWritten = "Contoso", Text = "Contoso said on Tuesday that it would publish a summary of its training data by June 2026." },
                new Claim { Kind = ClaimKind.ReportedSpeech, Speaker = "Fabrikam", SpeakerAsWritten = "Fabrikam", Text = "Fabrikam declined to comment." },
                new Claim { Kind = ClaimKind.ReportedSpeech, Text = "Its founder, Leo Park, said last year that such lists help nobody." },
                new Claim { Kind = ClaimKind.Assertion, Speaker = "Leo Park", Text = "Its founder, Leo Park, said last year that such lists help nobody." },
            };
            var score = CorpusScorer.Quotes(corpus, _ => claims);
            Assert.Equal((3, 3), (score.Gold, score.Predicted));
            Assert.Equal(2.0 / 3, score.Precision, 6);
            Assert.Equal(2.0 / 3, score.Recall, 6);
        }

        [Fact]
        public void Dates_count_resolved_events_on_value_precision_and_overlapping_text()
        {
            var corpus = CorpusScorer.Load(_folder);
            var events = new[]
            {
                new TimelineEvent { Expression = "June 2026", DateValue = PartialDate.Parse("2026-06"), Kind = TemporalKind.Absolute, Resolved = true },
                new TimelineEvent { Expression = "Tuesday", DateValue = PartialDate.Parse("2026-03-03"), Kind = TemporalKind.Relative, Resolved = true },
                new TimelineEvent { Expression = "March 4, 2026", DateValue = PartialDate.Parse("2026-03-04"), Kind = TemporalKind.Absolute, Resolved = true },
                new TimelineEvent { Expression = "last year", Kind = TemporalKind.Relative, Resolved = false },
            };
            var score = CorpusScorer.Dates(corpus, _ => events);
            Assert.Equal((3, 3), (score.Gold, score.Predicted));
            Assert.Equal(2.0 / 3, score.Precision, 6);
            Assert.Equal(2.0 / 3, score.Recall, 6);
        }

        [Fact]
        public void Entities_count_names_and_every_surface_form()
        {
            var corpus = CorpusScorer.Load(_folder);
            var entities = new[]
            {
                new Entity("Contoso", EntityType.Organization, true, new[] { "Contoso" }, new[] { "fx-01" }, new EntityOccurrence[0]),
                new Entity("Marisol Vance", EntityType.Person, true, new[] { "Marisol Vance", "Vance" }, new[] { "fx-01" }, new EntityOccurrence[0]),
                new Entity("Reuters", EntityType.Publication, true, new[] { "Reuters" }, new[] { "fx-01" }, new EntityOccurrence[0]),
            };
            var score = CorpusScorer.Entities(corpus, entities);
            Assert.Equal((4, 3), (score.Gold, score.Predicted));
            Assert.Equal(2.0 / 3, score.Precision, 6);
            Assert.Equal(0.5, score.Recall, 6);
        }

        [Fact]
        public void Titles_and_people_are_read_from_the_article()
        {
            var corpus = CorpusScorer.Load(_folder);
            Assert.Equal((1, 1), (CorpusScorer.Titles(corpus).Right, CorpusScorer.Titles(corpus).Stated));
            Assert.Equal((1, 1), (CorpusScorer.People(corpus).Right, CorpusScorer.People(corpus).Stated));
        }

        [Fact]
        public void A_gold_file_whose_article_is_missing_is_an_error()
        {
            File.Delete(Path.Combine(_folder, "articles", "fx-01.txt"));
            Assert.Throws<FileNotFoundException>(() => CorpusScorer.Load(_folder));
        }
    }
}
