using System.Linq;
using System.Text;
using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    /// <summary>
    /// A file is binary by its control bytes: text passes over eight bytes at a time where none is below 0x20, so control
    /// bytes at every offset within a word, and a NUL anywhere in the sample, must still be found one by one.
    /// </summary>
    public sealed class TextDecoderTests
    {
        private static byte[] Prose(int length) =>
            Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("オープンなモデルの重みは公開された。\tOpen weights were published.\r\n\u001B", 200))).Take(length).ToArray();

        [Fact]
        public void Prose_with_tabs_line_breaks_and_escapes_is_text()
        {
            Assert.False(TextDecoder.LooksBinary(Prose(9000)));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        [InlineData(7)]
        [InlineData(8187)]
        [InlineData(8191)]
        public void A_nul_byte_anywhere_in_the_sample_is_binary(int at)
        {
            var bytes = Prose(9000);
            bytes[at] = 0;
            Assert.True(TextDecoder.LooksBinary(bytes));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(5)]
        [InlineData(8)]
        public void Control_bytes_beyond_one_in_a_hundred_are_binary_at_whatever_offset(int offset)
        {
            var bytes = Prose(4000);
            for (var i = offset; i < bytes.Length; i += 60)
            {
                bytes[i] = 0x01;
            }

            Assert.True(TextDecoder.LooksBinary(bytes));
        }

        [Fact]
        public void A_few_stray_control_bytes_leave_text_text()
        {
            var bytes = Prose(4000);
            bytes[13] = 0x07;
            bytes[2050] = 0x1F;
            Assert.False(TextDecoder.LooksBinary(bytes));
        }
    }
}
