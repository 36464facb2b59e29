using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Entities;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class EntityCatalogTests
    {
        private static Article Dialogue(params string[] paragraphs) => new Article
        {
            Id = "dialogue",
            Paragraphs = paragraphs,
            Body = string.Join(Article.ParagraphSeparator, paragraphs),
        };

        [Fact]
        public void DialogueSpeakerLabelsArePersonasButRolesAreNot()
        {
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(Dialogue(
                "司会", "今日は公開モデルについて話します。",
                "ロボ先生ハル", "公開は研究を速めます。",
                "司会", "危険はありませんか。",
                "ロボ先生ハル", "管理の仕組みが要ります。",
                "司会", "ありがとうございました。"));
            var persona = Assert.Single(catalog.Entities, e => e.Name == "ロボ先生ハル");
            Assert.Equal(EntityType.Person, persona.Type);
            Assert.False(persona.Known);
            Assert.Equal(2, persona.Mentions);
            Assert.DoesNotContain(catalog.Entities, e => e.Name == "司会");
        }

        [Fact]
        public void AKnownNameOnALabelLineCountsOnceAsTheKnownEntity()
        {
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(Dialogue(
                "サム・アルトマン", "公開には慎重です。",
                "記者", "なぜですか。",
                "サム・アルトマン", "安全のためです。",
                "記者", "わかりました。"));
            var altman = Assert.Single(catalog.Entities, e => e.Name == "Sam Altman");
            Assert.True(altman.Known);
            Assert.Equal(2, altman.Mentions);
            Assert.DoesNotContain(catalog.Entities, e => e.Name == "サム・アルトマン");
        }

        [Fact]
        public void ATitleOutsideTheBodyIsReadOnceAndARepeatedHeadlineNotTwice()
        {
            const string title = "Open Weights in Practice: Licences, Audits, and Trust";
            var outside = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            outside.Add(new Article { Id = "page", Title = title, Paragraphs = new[] { "本文はここから。" }, Body = "本文はここから。" });
            var paper = Assert.Single(outside.Entities, e => e.Name == title);
            Assert.Equal(EntityType.Publication, paper.Type);
            Assert.Equal("Title", Assert.Single(paper.Occurrences).Field);

            const string rendering = "(実践におけるオープンウェイト:ライセンス、監査、そして信頼)";
            var rendered = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            rendered.Add(new Article { Id = "page", Title = title, Paragraphs = new[] { rendering, "本文です。" }, Body = rendering + Article.ParagraphSeparator + "本文です。" });
            var both = Assert.Single(rendered.Entities, e => e.Name == title);
            Assert.Equal(new[] { "Title", "Body" }, both.Occurrences.Select(o => o.Field));
            Assert.Equal(1, both.Occurrences[1].Start);
            Assert.Equal(rendering.Trim('(', ')'), both.Aliases[1]);

            var body = title + Article.ParagraphSeparator + "(実践におけるオープンウェイト:ライセンス、監査、そして信頼)";
            var repeated = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            repeated.Add(new Article { Id = "text", Title = title, Paragraphs = body.Split('\n').Where(p => p.Length > 0).ToArray(), Body = body });
            var same = Assert.Single(repeated.Entities, e => e.Name == title);
            Assert.Equal(2, same.Mentions);
            Assert.All(same.Occurrences, o => Assert.Equal("Body", o.Field));
            Assert.Equal(new[] { title, "実践におけるオープンウェイト:ライセンス、監査、そして信頼" }, same.Aliases);
        }

        [Fact]
        public void ASectionHeadingShapedLikeATitleIsNoPublication()
        {
            const string heading = "The Bottom Line: Open Models Are Here to Stay";
            var paragraphs = new[] { "Meta released the weights.", heading, "Regulators will have to adapt." };
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(new Article { Id = "essay", Paragraphs = paragraphs, Headings = new[] { heading }, Body = string.Join(Article.ParagraphSeparator, paragraphs) });
            Assert.DoesNotContain(catalog.Entities, e => e.Type == EntityType.Publication);
            Assert.Contains(catalog.Entities, e => e.Name == "Meta");

            var cited = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            cited.Add(new Article { Id = "essay", Paragraphs = paragraphs, Body = string.Join(Article.ParagraphSeparator, paragraphs) });
            Assert.Contains(cited.Entities, e => e.Name == heading && e.Type == EntityType.Publication);
        }

        [Fact]
        public void ALabelLineOrTheEndOfAHeadingIsNoEntityButAPersonOnAPlainLineIs()
        {
            var paragraphs = new[] { "Quick Summary", "Tovald Harken released the weights.", "How It Ends Up Here", "Press Desk", "Ingrid Solvang" };
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(new Article { Id = "release", Paragraphs = paragraphs, Headings = new[] { "How It Ends Up Here" }, Body = string.Join(Article.ParagraphSeparator, paragraphs) });
            Assert.DoesNotContain(catalog.Entities, e => e.Name.Contains("Summary") || e.Name.Contains("Ends Up"));
            Assert.Contains(catalog.Entities, e => e.Name == "Tovald Harken");
            Assert.Contains(catalog.Entities, e => e.Name == "Ingrid Solvang");
        }

        [Theory]
        [InlineData("Offices close on Labor Day and reopen on Tuesday.", "Labor Day")]
        [InlineData("Releases slow down around Lunar New Year in most labs.", "Lunar New Year")]
        [InlineData("Nothing ships before New Year's Eve at Fabrikam Labs.", "New Year")]
        public void AHolidayIsADateNotAnEntity(string text, string holiday)
        {
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(new Article { Id = "notes", Paragraphs = new[] { text }, Body = text });
            Assert.DoesNotContain(catalog.Entities, e => e.Name.Contains(holiday));
        }

        [Theory]
        [InlineData("According to Sigrún Halldórsdóttir, the plan is late.", "Sigrún Halldórsdóttir")]
        [InlineData("The memo was signed by Lucía Fernández-Ortiz last week.", "Lucía Fernández-Ortiz")]
        [InlineData("A reply came from Björn Sørlie and his team.", "Björn Sørlie")]
        public void ANameWithAccentedLettersIsFoundWhole(string text, string name)
        {
            var catalog = new EntityCatalog(AnalysisPipeline.Shipped.Entities);
            catalog.Add(new Article { Id = "news", Paragraphs = new[] { text }, Body = text });
            Assert.Contains(catalog.Entities, e => e.Name == name);
        }
    }
}
