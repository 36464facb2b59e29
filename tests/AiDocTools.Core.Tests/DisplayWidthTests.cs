using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class DisplayWidthTests
    {
        [Theory]
        [InlineData("Meta", 4)]
        [InlineData("メタ", 4)]
        [InlineData("Llama 3を公開", 13)]
        [InlineData("ｵｰﾌﾟﾝ", 5)]
        public void ACjkCharacterTakesTwoCells(string text, int cells) => Assert.Equal(cells, DisplayWidth.Of(text));

        [Fact]
        public void LatinBreaksAtSpacesAndJapaneseBetweenAnyTwoCharacters()
        {
            Assert.Equal(new[] { "open weights", "and closed", "models" }, DisplayWidth.Wrap("open weights and closed models", 12));
            Assert.Equal(new[] { "重みの公開", "を論じた。" }, DisplayWidth.Wrap("重みの公開を論じた。", 10));
        }

        [Fact]
        public void ClosingPunctuationNeverStartsALineAndAnOverlongWordIsCut()
        {
            Assert.Equal(new[] { "公開す", "る。」" }, DisplayWidth.Wrap("公開する。」", 6));
            Assert.Equal(new[] { "abcdef", "ghij" }, DisplayWidth.Wrap("abcdefghij", 6));
        }
    }
}
