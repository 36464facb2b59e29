using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Claims;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Analysis
{
    /// <summary>
    /// A pipeline runs with the packs it is built from: a pack of one's own changes what it finds, the shipped pipeline
    /// stays as shipped, and a set that lacks a pack a stage needs fails at once, naming the pack.
    /// </summary>
    public sealed class AnalysisPipelineTests
    {
        // ぼやく (to grumble) is no verb of saying in the shipped pack, so a quotation before it has no speaker there.
        private const string Grumble = "「学習データの扱いはまだ曖昧だ」と中村教授はぼやいた。";

        /// <summary>The shipped Japanese attribution pack with one more verb of saying, for the tests that need a pack of their own.</summary>
        internal static RulePack AttributionWith(string extraSpeechVerb)
        {
            var yaml = RulePacks.ShippedText("ja", "attribution");
            const string list = "    words: [述べ, ";
            Assert.Contains(list, yaml);
            return RulePackLoader.Parse(yaml.Replace(list, list + extraSpeechVerb + ", "), "test/ja/attribution.yaml");
        }

        [Fact]
        public void A_pipeline_built_with_a_pack_of_its_own_reads_by_that_pack_and_the_shipped_one_is_untouched()
        {
            var article = ClaimExtractorTests.ArticleOf(Grumble);
            var shippedBefore = AnalysisPipeline.Shipped.Claims.Extract(article).Single();
            Assert.Null(shippedBefore.Speaker);

            var own = new AnalysisPipeline(LanguagePacks.Shipped.With(AttributionWith("ぼやい")));
            var claim = own.Claims.Extract(article).Single();
            Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
            Assert.Equal("中村教授", claim.SpeakerAsWritten);
            Assert.Equal("学習データの扱いはまだ曖昧だ", claim.Quote);

            var shippedAfter = AnalysisPipeline.Shipped.Claims.Extract(article).Single();
            Assert.Null(shippedAfter.Speaker);
            Assert.Equal(shippedBefore.Kind, shippedAfter.Kind);
            Assert.Same(LanguagePacks.Shipped.Get("ja", "attribution"), AnalysisPipeline.Shipped.Packs.Get("ja", "attribution"));
        }

        [Fact]
        public void A_shipped_verb_still_reads_in_a_pipeline_of_ones_own()
        {
            var own = new AnalysisPipeline(LanguagePacks.Shipped.With(AttributionWith("ぼやい")));
            var claim = own.Claims.Extract(ClaimExtractorTests.ArticleOf("「公開は早すぎる」と中村教授は述べた。")).Single();
            Assert.Equal("中村教授", claim.SpeakerAsWritten);
        }

        [Fact]
        public void A_pipeline_without_a_verb_of_saying_no_longer_reads_it_and_the_shipped_one_still_does()
        {
            // Both forms of 釘を刺す (to warn pointedly) taken out of the speech verbs: the quotation before it has no speaker.
            var yaml = RulePacks.ShippedText("ja", "attribution");
            Assert.Contains(" 釘を刺し, 釘を刺す,", yaml);
            var pack = RulePackLoader.Parse(yaml.Replace(" 釘を刺し, 釘を刺す,", string.Empty), "test/ja/attribution.yaml");
            var article = ClaimExtractorTests.ArticleOf("「重みの公開はまだ早い」と中村社長は釘を刺した。");

            var shipped = AnalysisPipeline.Shipped.Claims.Extract(article).Single();
            Assert.Equal(ClaimKind.DirectQuote, shipped.Kind);
            Assert.Equal("中村社長", shipped.SpeakerAsWritten);

            var own = new AnalysisPipeline(LanguagePacks.Shipped.With(pack)).Claims.Extract(article).Single();
            Assert.Null(own.Speaker);
            Assert.Equal(ClaimKind.Assertion, own.Kind);
        }

        [Theory]
        [InlineData("ja", "attribution")]
        [InlineData("en", "attribution")]
        [InlineData("ja", "dates")]
        [InlineData("en", "boilerplate")]
        [InlineData("ja", "bylines")]
        public void A_pipeline_missing_a_pack_fails_naming_it(string language, string capability)
        {
            var ex = Assert.Throws<RulePackException>(() => new AnalysisPipeline(LanguagePacks.Shipped.Without(language, capability)));
            Assert.Contains($"{language}/{capability}", ex.Message);
            Assert.Equal($"Data/{language}/{capability}.yaml", ex.File);
        }

        [Fact]
        public void A_set_holds_one_pack_per_language_and_capability()
        {
            var pack = LanguagePacks.Shipped.Get("en", "attribution");
            var ex = Assert.Throws<System.ArgumentException>(() => new LanguagePacks(new[] { pack, pack }));
            Assert.Contains("en/attribution", ex.Message);
            Assert.Equal(new[] { ("en", "attribution") }, new LanguagePacks(new[] { pack }).Names);
        }
        [Fact]
        public void A_pipeline_reads_bylines_by_its_own_pack_and_the_shipped_one_does_not()
        {
            // "Penned by" is no byline opener in the shipped pack; a pack of one's own that adds it credits the writer.
            const string page = "Open weights, closed doors\n\nPenned by Dana Whitfield\n\nThe debate over releasing model weights reached the city council on Tuesday.\n\nCouncil members asked who would be liable for misuse.\n";
            var yaml = RulePacks.ShippedText("en", "bylines");
            const string opener = "(?i:written\\s+by|";
            Assert.Contains(opener, yaml);
            var pack = RulePackLoader.Parse(yaml.Replace(opener, opener + "penned\\s+by|"), "test/en/bylines.yaml");

            Assert.Null(AnalysisPipeline.Shipped.NewReader().ReadText(page, "page.txt").Author);
            var own = new AnalysisPipeline(LanguagePacks.Shipped.With(pack));
            Assert.Equal("Dana Whitfield", own.NewReader().ReadText(page, "page.txt").Author);
            Assert.Null(AnalysisPipeline.Shipped.NewReader().ReadText(page, "page.txt").Author);
        }
    }
}
