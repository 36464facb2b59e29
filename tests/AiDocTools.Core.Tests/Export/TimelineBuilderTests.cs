using System.Linq;
using AiDocTools.Export;
using Xunit;

namespace AiDocTools.Core.Tests.Export
{
    public sealed class TimelineBuilderTests
    {
        [Fact]
        public void EntriesAreChronologicalBySpanStartWhateverTheInputOrder()
        {
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2024-04-18", "Llama 3 released"),
                Events.At("1999-H2", "Advisory panel convened"),
                Events.At("2022-09", "PyTorch moved to a foundation"),
                Events.At("2000-01-10", "Linux support announced"),
            });

            Assert.Equal(new[] { "1999-H2", "2000-01-10", "2022-09", "2024-04-18" }, timeline.Entries.Select(e => e.Date.ToString()));
        }

        [Fact]
        public void AtTheSameStartTheCoarserDateComesFirst()
        {
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2024-04-01", "Day event"),
                Events.At("2024-Q2", "Quarter event"),
                Events.At("2024-04", "Month event"),
                Events.At("2024-H1", "Half event"),
                Events.At("2024", "Year event"),
            });

            // 2024 and 2024-H1 start on 1 January; 2024-Q2, 2024-04 and 2024-04-01 on 1 April.
            Assert.Equal(new[] { "2024", "2024-H1", "2024-Q2", "2024-04", "2024-04-01" }, timeline.Entries.Select(e => e.Date.ToString()));
        }

        [Fact]
        public void UndatedUnresolvedAndDurationEventsAreLeftOut()
        {
            var duration = Events.At("2020", "For twenty years", kind: TemporalKind.Duration);
            var unresolved = Events.At("2021", "Last week", kind: TemporalKind.Relative);
            unresolved.Resolved = false;
            var undated = Events.At("2022", "Someday");
            undated.DateValue = null;
            var resolvedRelative = Events.At("2023-05", "Last month", kind: TemporalKind.Relative);

            var timeline = TimelineBuilder.Build(new[] { duration, unresolved, undated, resolvedRelative, Events.At("2024", "Kept") });

            Assert.Equal(new[] { "Last month", "Kept" }, timeline.Entries.Select(e => e.Headline));
        }

        [Fact]
        public void TheSameEventFromSeveralArticlesMergesIntoOneEntryListingEverySource()
        {
            var timeline = TimelineBuilder.Build(
                new[]
                {
                    Events.At("2022-09", "PyTorchはLinux Foundation傘下のPyTorch財団に移管された", "b", start: 40),
                    Events.At("2022-09", "PyTorchがLinux Foundation傘下のPyTorch財団に移管された。", "a", start: 12),
                    Events.At("2022-09", "ＰｙＴｏｒｃｈはＬｉｎｕｘ　Ｆｏｕｎｄａｔｉｏｎ傘下のＰｙＴｏｒｃｈ財団に移管された", "c"),
                    Events.At("2022-09", "メタは新しい研究所を開設した", "a", start: 90),
                },
                articleTitles: Events.Titles(("a", "Article A"), ("b", "Article B")));

            Assert.Equal(2, timeline.Entries.Count);
            var merged = timeline.Entries[0];
            Assert.Equal(new[] { "a", "b", "c" }, merged.Sources.Select(s => s.ArticleId));
            Assert.Equal(new[] { "Article A", "Article B", null }, merged.Sources.Select(s => s.ArticleTitle));
            Assert.Equal(3, merged.Events.Count);
            Assert.Equal("PyTorchがLinux Foundation傘下のPyTorch財団に移管された。", merged.Headline);
            Assert.Equal("メタは新しい研究所を開設した", timeline.Entries[1].Headline);
        }

        [Fact]
        public void SimilarTextOnDifferentDatesStaysApart()
        {
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2024-04", "Meta released Llama 3", "a"),
                Events.At("2024-04-18", "Meta released Llama 3", "b"),
                Events.At("2024", "Meta released Llama 3", "c"),
            });

            Assert.Equal(3, timeline.Entries.Count);
        }

        [Fact]
        public void MergedEntriesUnionTheirEntities()
        {
            var timeline = TimelineBuilder.Build(new[]
            {
                Events.At("2024-04", "Meta released Llama 3", "a", entities: new[] { "Meta", "Llama 3" }),
                Events.At("2024-04", "Meta released Llama 3 openly", "b", entities: new[] { "Llama 3", "Mark Zuckerberg" }),
            });

            var entry = Assert.Single(timeline.Entries);
            Assert.Equal(new[] { "Meta", "Llama 3", "Mark Zuckerberg" }, entry.Entities);
        }

        [Fact]
        public void HeadlineFallsBackToTheSentenceThenTheExpression()
        {
            var noSummary = Events.At("2020", string.Empty, sentence: "The sentence.");
            var nothing = Events.At("2021", string.Empty, sentence: " ");
            nothing.Expression = "2021年";

            var timeline = TimelineBuilder.Build(new[] { noSummary, nothing });

            Assert.Equal(new[] { "The sentence.", "2021年" }, timeline.Entries.Select(e => e.Headline));
        }

        [Fact]
        public void UnpairedSurrogatesBecomeReplacementCharacters()
        {
            var timeline = TimelineBuilder.Build(new[] { Events.At("2020", "a\uD800b\uDC00c\uD83D\uDE00") });

            Assert.Equal("a\uFFFDb\uFFFDc\uD83D\uDE00", timeline.Entries[0].Headline);
        }

        [Fact]
        public void TitleDefaultsWhenBlank()
        {
            Assert.False(string.IsNullOrWhiteSpace(TimelineBuilder.Build(new TimelineEvent[0], "  ").Title));
            Assert.Equal("AI 年表", TimelineBuilder.Build(new TimelineEvent[0], " AI 年表 ").Title);
        }
    }

    public sealed class EvidenceSimilarityTests
    {
        [Theory]
        [InlineData("Meta released Llama 3", "Meta released Llama 3.")]
        [InlineData("Meta released Llama 3", "META RELEASED LLAMA 3")]
        [InlineData("ＰｙＴｏｒｃｈを移管", "PyTorchを移管")]
        [InlineData("オープン・ソースのモデルを公開", "オープンソースのモデルを公開")]
        [InlineData("PyTorchをLinux Foundationに移管", "PyTorchがLinux Foundation傘下のPyTorch Foundationに移管された")]
        [InlineData("IBM announced support for Linux", "On that day IBM announced support for Linux across its whole server line")]
        public void TheSameReportInOtherWordsIsSimilar(string first, string second)
        {
            Assert.True(EvidenceSimilarity.AreSimilar(first, second), $"Dice {EvidenceSimilarity.Dice(first, second):F2}");
            Assert.True(EvidenceSimilarity.AreSimilar(second, first));
        }

        [Theory]
        [InlineData("Meta released Llama 3", "Google released Gemini")]
        [InlineData("PyTorchをLinux Foundationに移管", "メタは新しい研究所を開設した")]
        [InlineData("公開した", "モデルを公開した研究所が声明を発表し、規制当局が調査を開始した")]
        [InlineData("", "")]
        [InlineData("。、！", "。、！")]
        public void DifferentReportsAreNotSimilar(string first, string second)
        {
            Assert.False(EvidenceSimilarity.AreSimilar(first, second), $"Dice {EvidenceSimilarity.Dice(first, second):F2}");
        }

        [Fact]
        public void DiceIsOneForEqualTextAndZeroForDisjointText()
        {
            Assert.Equal(1.0, EvidenceSimilarity.Dice("Llama 3", "llama3"));
            Assert.Equal(0.0, EvidenceSimilarity.Dice("abc", "xyz"));
        }
    }
}
