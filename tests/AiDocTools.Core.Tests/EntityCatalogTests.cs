using System.Linq;
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
            var catalog = new EntityCatalog(EntityRecognizer.Default);
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
            var catalog = new EntityCatalog(EntityRecognizer.Default);
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
    }
}
