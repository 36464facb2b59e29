using System.Collections.Generic;
using System.Linq;
using AiDocTools.Analysis;
using AiDocTools.Claims;
using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>
    /// A speaker written short after being named in full (ラーマン氏 after Priya Raman, 高城氏 after 高城俊介), and a
    /// publication's piece as the speaker (と記事は伝えている) after the publication was named. Invented sentences.
    /// </summary>
    public sealed class SpeakerReferenceTests
    {
        private static IReadOnlyList<Claim> Attributed(params string[] paragraphs) =>
            AnalysisPipeline.Shipped.Claims.Extract(ClaimExtractorTests.ArticleOf(paragraphs)).Where(c => c.Kind != ClaimKind.Assertion).ToList();

        [Fact]
        public void AKatakanaSurnameAfterALatinFullNameIsThatPerson()
        {
            var claims = Attributed(
                "「検証の手順を公開する」と、研究責任者であるPriya Raman氏は述べた。",
                "ラーマン氏は「小さなモデルでも十分に役立つ」と語った。");
            Assert.Equal(2, claims.Count);
            Assert.All(claims, c => Assert.Equal("Priya Raman", c.Speaker));
            Assert.Equal("ラーマン氏", claims[1].SpeakerAsWritten);
        }

        [Fact]
        public void AKanjiSurnameWithAnHonorificAfterTheFullNameIsThatPerson()
        {
            var claims = Attributed(
                "「学習データの出所を示すべきだ」と高城俊介弁護士は述べた。",
                "高城氏は「裁判所の判断を待ちたい」と語った。");
            // The person is named by the canonical Latin form of the full name (from the lexicon's readings); the kanji stay an alias.
            Assert.Equal(new[] { "Shunsuke Takagi", "Shunsuke Takagi" }, claims.Select(c => c.Speaker));
            Assert.Contains("高城俊介", claims[0].SpeakerAliases);
        }

        [Fact]
        public void AnEnglishSurnameAfterTheFullNameIsThatPerson()
        {
            var claims = Attributed(
                "\"We will publish the weights,\" said Dana Whitcombe, who leads the lab.",
                "Whitcombe said the release would come in the spring.");
            Assert.Equal(new[] { "Dana Whitcombe", "Dana Whitcombe" }, claims.Select(c => c.Speaker));
        }

        [Fact]
        public void ASurnameTwoEarlierPeopleShareStaysAsWritten()
        {
            var claims = Attributed(
                "「審査を急ぐべきだ」と高城俊介弁護士は述べた。",
                "「審査は慎重であるべきだ」と高城美咲弁護士は反論した。",
                "高城氏は「結論は来月になる」と語った。");
            // Neither full name: only the family name, read alone.
            Assert.Equal("Takagi", claims[2].Speaker);
        }

        [Fact]
        public void AShortNameNoEarlierPersonFitsStaysAsWritten()
        {
            var claims = Attributed(
                "「検証の手順を公開する」と、研究責任者であるPriya Raman氏は述べた。",
                "ベネット氏は「規制は必要だ」と語った。");
            Assert.Equal("ベネット", claims[1].Speaker);
        }

        [Fact]
        public void APublicationsPieceSpeaksForThePublicationNamedBefore()
        {
            var claims = Attributed(
                "ワシントン・ポストの記事によると、その企業は新しいモデルの公開を延期した。",
                "「公開の判断は来月になる」と記事は伝えている。");
            Assert.Equal(2, claims.Count);
            Assert.All(claims, c => Assert.Equal("The Washington Post", c.Speaker));
            Assert.Equal("記事", claims[1].SpeakerAsWritten);
        }

        [Fact]
        public void APieceWithNoPublicationNamedBeforeStaysAsWritten()
        {
            var claim = Assert.Single(Attributed("「公開の判断は来月になる」と記事は伝えている。"));
            Assert.Equal("記事", claim.Speaker);
        }

        [Theory]
        [InlineData("OpenAIやAnthropicなどは、こうした規制は研究を遅らせると批判している。", "OpenAI and Anthropic")]
        [InlineData("マイクロソフトとグーグルは、新しい指針は実務に合わないと反論した。", "Microsoft and Google")]
        [InlineData("OpenAIとAnthropicとグーグルは、評価の基準を揃えるべきだと主張した。", "OpenAI, Anthropic and Google")]
        public void KnownNamesJoinedAsOneSubjectSpeakTogether(string sentence, string speaker) =>
            Assert.Equal(speaker, Assert.Single(Attributed(sentence)).Speaker);

        [Fact]
        public void ADescriptionAroundTwoNamesIsNoCoordination()
        {
            var claim = Assert.Single(Attributed("OpenAIとAnthropicの元研究者らは、評価の基準を揃えるべきだと主張した。"));
            Assert.NotEqual("OpenAI and Anthropic", claim.Speaker);
        }

        [Theory]
        [InlineData("田村氏は、モデルの公開は研究を速めると指摘し、規制は段階的に進めるべきだと主張した。", "モデルの公開は研究を速める … 規制は段階的に進めるべきだ")]
        [InlineData("田村氏は、重みの公開は続けると述べ、料金は据え置く考えだと語った。", "重みの公開は続ける … 料金は据え置く考えだ")]
        [InlineData("田村氏は、公開は研究を速めると指摘し、データが足りなければ、開発は止まるだろうと警告した。", "公開は研究を速める … データが足りなければ、開発は止まるだろう")]
        [InlineData("田村氏は、モデルの公開は研究を速めると指摘した。", "モデルの公開は研究を速める")]
        public void TwoReportedClausesOfOneSpeakerAreBothItsWords(string sentence, string words)
        {
            var claim = Assert.Single(Attributed(sentence));
            Assert.Equal("Tamura", claim.Speaker);
            Assert.Equal(words, claim.Quote);
        }

        [Fact]
        public void ASecondClauseWithASpeakerOfItsOwnIsNotTheFirstSpeakers()
        {
            var claim = Assert.Single(Attributed("三宅氏は、公開は研究を速めると指摘し、同社の幹部も規制は必要だと述べた。"));
            Assert.DoesNotContain("公開は研究を速める … ", claim.Quote);
        }

        [Theory]
        [InlineData("Rajani", "ラジャニ")]
        [InlineData("Sutskever", "サツケヴァー")]
        [InlineData("Geoffrey", "ジェフリー")]
        [InlineData("Altman", "アルトマン")]
        [InlineData("Raman", "ラーマン")]
        public void ALatinNameAndItsKatakanaShareASoundKey(string latin, string katakana)
        {
            Assert.NotEmpty(NameSound.Key(latin));
            Assert.Equal(NameSound.Key(latin), NameSound.Key(katakana));
        }

        [Theory]
        [InlineData("Rajani", "ラーマン")]
        [InlineData("Whitcombe", "ベネット")]
        [InlineData("Raman", "ラジャニ")]
        public void DifferentNamesHaveDifferentSoundKeys(string latin, string katakana) =>
            Assert.NotEqual(NameSound.Key(latin), NameSound.Key(katakana));

        [Fact]
        public void TextInOtherScriptsHasNoSoundKey() => Assert.Equal(string.Empty, NameSound.Key("高城"));
    }
}
