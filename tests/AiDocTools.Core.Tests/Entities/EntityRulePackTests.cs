using System.IO;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Entities;
using Xunit;

namespace AiDocTools.Core.Tests.Entities
{
    /// <summary>
    /// What the entity rule packs add on top of their own examples (which RulePackTests runs): the lexicon gate of the
    /// Japanese person rules, and the packs' names standing over looser guesses in the recogniser. Sentences are invented.
    /// </summary>
    public class EntityRulePackTests
    {
        private static readonly EntityRecognizer Recognizer = AnalysisPipeline.Shipped.Entities;

        [Fact]
        public void TheLexiconHoldsFamilyAndGivenNamesFromIpadic()
        {
            var lexicon = PersonNameLexicon.Shipped;
            Assert.True(lexicon.IsFamilyName("近藤"));
            Assert.True(lexicon.IsGivenName("俊輔"));
            Assert.False(lexicon.IsFamilyName("東京都"));
            Assert.True(lexicon.FamilyCount > 10000 && lexicon.GivenCount > 10000, $"{lexicon.FamilyCount} family and {lexicon.GivenCount} given names");
            Assert.Equal(2, lexicon.FamilyGivenSplit("近藤俊輔"));
            Assert.Equal(-1, lexicon.FamilyGivenSplit("研究開発"));
        }

        [Theory]
        [InlineData("s\t近藤\nx\t俊輔\n")]
        [InlineData("近藤\n")]
        public void AMalformedLexiconLineIsAnError(string text)
        {
            Assert.Throws<InvalidDataException>(() => PersonNameLexicon.Parse(new StringReader(text)));
        }

        [Theory]
        [InlineData("会見には近藤俊輔氏が出席した。", "近藤俊輔氏")]
        [InlineData("担当は近藤 俊輔さんだ。", "近藤 俊輔さん")]
        [InlineData("（社会部　近藤 俊輔）", "近藤 俊輔")]
        [InlineData("取締役近藤 俊輔は語った。", "近藤 俊輔")]
        [InlineData("判決は那覇地方裁判所が出した。", "那覇地方裁判所")]
        [InlineData("Judge Marion T. Blackwood denied it, a spokesman said.", "Marion T. Blackwood")]
        public void APackNameIsFoundWithItsExactSpan(string text, string asWritten)
        {
            // A courtesy title written onto a name is part of the mention (as the dictionary's names keep it), not of the name.
            var mention = Assert.Single(Recognizer.FindMentions(text), m => m.AsWritten == asWritten);
            Assert.False(mention.Name.EndsWith("氏") || mention.Name.EndsWith("さん"), mention.Name);
        }

        [Theory]
        [InlineData("東京 大阪の二拠点で開く。")]
        [InlineData("品質 管理を強めた。")]
        [InlineData("安全と安心が大切だ。")]
        public void KanjiWordsThatTheLexiconDoesNotSplitAreNotPeople(string text)
        {
            Assert.DoesNotContain(Recognizer.FindMentions(text), m => m.Type == EntityType.Person);
        }
    }
}
