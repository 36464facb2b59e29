using AiDocTools.Analysis;
using AiDocTools.Core.Tests.Analysis;
using AiDocTools.Rules;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>
    /// An index records the analysis that wrote it, and is read again when that differs: the build (which names the
    /// shipped packs), the entity dictionary, and the packs of a pipeline of one's own, so claims found by other rules are
    /// never served as current.
    /// </summary>
    public sealed class IndexAnalysisTests
    {
        [Fact]
        public void TheShippedPacksKeepTheNameAnIndexOfThemAlwaysHad()
        {
            var shipped = IndexManifest.AnalysisOf(AnalysisPipeline.Shipped.Claims);
            Assert.Equal(IndexManifest.CurrentBuild + "+" + AnalysisPipeline.Shipped.Entities.Dictionary.Fingerprint, shipped);
        }

        [Fact]
        public void PacksOfOnesOwnGiveAnotherAnalysisAndTheSamePacksTheSameOne()
        {
            var shipped = IndexManifest.AnalysisOf(AnalysisPipeline.Shipped.Claims);
            var grumble = IndexManifest.AnalysisOf(new AnalysisPipeline(LanguagePacks.Shipped.With(AnalysisPipelineTests.AttributionWith("ぼやい"))).Claims);
            var grumbleAgain = IndexManifest.AnalysisOf(new AnalysisPipeline(LanguagePacks.Shipped.With(AnalysisPipelineTests.AttributionWith("ぼやい"))).Claims);
            var mutter = IndexManifest.AnalysisOf(new AnalysisPipeline(LanguagePacks.Shipped.With(AnalysisPipelineTests.AttributionWith("つぶやい"))).Claims);

            Assert.NotEqual(shipped, grumble);
            Assert.Equal(grumble, grumbleAgain);
            Assert.NotEqual(grumble, mutter);
            Assert.StartsWith(IndexManifest.CurrentBuild + "+", grumble);
        }

        [Fact]
        public void APacksDigestFollowsWhatItFindsNotItsProse()
        {
            // A rule's description is prose for the reader: rewording it leaves what the pack finds, and its digest, alone.
            var yaml = RulePacks.ShippedText("en", "bylines");
            const string description = "description: Lower-case words inside surnames";
            Assert.Contains(description, yaml);
            var reworded = yaml.Replace(description, "description: Particles written in lower case within family names");
            Assert.Equal(
                RulePackLoader.Parse(yaml, "test/en/bylines.yaml").Fingerprint,
                RulePackLoader.Parse(reworded, "test/en/bylines.yaml").Fingerprint);

            // One more word in a word list is another pack.
            Assert.NotEqual(LanguagePacks.Shipped.Get("ja", "attribution").Fingerprint, AnalysisPipelineTests.AttributionWith("ぼやい").Fingerprint);
        }
    }
}
