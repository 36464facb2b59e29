using System;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Export;
using AiDocTools.Time;
using Xunit;

namespace AiDocTools.Core.Tests.Entities
{
    /// <summary>The organisations behind an entity (relatedTo), and what a dossier on one of them takes in.</summary>
    public sealed class EntityRelationTests
    {
        private static readonly EntityDictionary Invented = new EntityDictionary(new[]
        {
            new EntityDefinition("Contoso", EntityType.Organization),
            new EntityDefinition("Contoso Labs", EntityType.Organization, relatedTo: new[] { "contoso" }),
            new EntityDefinition("Widget 2", EntityType.Model, relatedTo: new[] { "Contoso Labs" }),
            new EntityDefinition("Loop A", EntityType.Model, relatedTo: new[] { "Loop B" }),
            new EntityDefinition("Loop B", EntityType.Model, relatedTo: new[] { "Loop A" }),
        });

        [Fact]
        public void RelationsFollowTheChainByCanonicalNameAndStopAtACycle()
        {
            Assert.Equal(new[] { "Contoso Labs", "Contoso" }, Invented.RelatedTo("Widget 2"));
            Assert.Empty(Invented.RelatedTo("Contoso"));
            Assert.Empty(Invented.RelatedTo("Unknown Thing"));
            Assert.Equal(new[] { "Loop B" }, Invented.RelatedTo("Loop A"));
        }

        [Fact]
        public void AUserEntryAddsRelationsToAShippedOne()
        {
            var user = new EntityDictionary(new[] { new EntityDefinition("Contoso", EntityType.Organization, relatedTo: new[] { "Fabrikam" }) });
            Assert.Equal(new[] { "Fabrikam" }, Invented.Merge(user).RelatedTo("Contoso"));
            Assert.NotEqual(Invented.Fingerprint, Invented.Merge(user).Fingerprint);
        }

        [Fact]
        public void TheShippedDictionaryRelatesMetasModelsProductsAndFounder()
        {
            var shipped = EntityDictionary.Shipped;
            foreach (var name in new[] { "Llama", "Llama 3", "Instagram", "WhatsApp", "Facebook", "Mark Zuckerberg" })
            {
                Assert.Contains("Meta", shipped.RelatedTo(name));
            }

            Assert.DoesNotContain("Meta", shipped.RelatedTo("OpenAI"));
            Assert.DoesNotContain("Meta", shipped.RelatedTo("GPT-4"));
        }

        [Fact]
        public void ADossierOnACompanyTakesQuotesThatNameOnlyItsProductsOrItsFounder()
        {
            // Invented sentences: one names only the company's photo app, one is its founder's, one names a rival alone.
            var article = AnalysisPipeline.Shipped.NewReader().ReadText(
                "新機能の行方\n\nインスタグラムの担当者は「画像の生成機能を広げる」と述べた。\n\n" +
                "ザッカーバーグ氏は「開発者の声を聞き続ける」と語った。\n\n" +
                "OpenAIの担当者は「料金は据え置く」と述べた。\n", "related.md");
            var claims = AnalysisPipeline.Shipped.Claims.Extract(article);
            var input = new[] { new ReportArticle(article, claims, Array.Empty<TimelineEvent>()) };

            Func<string, bool> meta = n => n == "Meta";
            var narrow = ReportBuilder.Build(input, new ReportFilter { Entity = meta });
            var wide = ReportBuilder.Build(input, new ReportFilter { Entity = EntityDictionary.Shipped.WithRelated(meta) });

            var quotes = wide.Speakers.SelectMany(s => s.Topics).SelectMany(t => t.Quotes).Select(q => q.Claim.Quote).ToList();
            Assert.Contains("画像の生成機能を広げる", quotes);
            Assert.Contains("開発者の声を聞き続ける", quotes);
            Assert.DoesNotContain("料金は据え置く", quotes);
            Assert.Equal(0, narrow.QuoteCount);
        }
    }
}
