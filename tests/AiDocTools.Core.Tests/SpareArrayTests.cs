using AiDocTools.Text;
using Xunit;

namespace AiDocTools.Core.Tests
{
    /// <summary>The thread's spare array: lent as new every time, and never to two borrowers at once.</summary>
    public class SpareArrayTests
    {
        [Fact]
        public void A_returned_array_is_lent_again_cleared_over_the_places_used()
        {
            // A type of this test's own: the analysis, run by other tests on this thread, keeps spares of its types.
            var first = SpareArray<Mark>.Rent(8);
            first[0].Value = first[7].Value = 1;
            SpareArray<Mark>.Return(first, 8);

            var again = SpareArray<Mark>.Rent(5);
            Assert.Same(first, again);
            Assert.All(again, mark => Assert.Equal(0, mark.Value));
            SpareArray<Mark>.Return(again, 5);
        }

        [Fact]
        public void A_borrower_inside_a_borrowing_gets_an_array_of_its_own()
        {
            var outer = SpareArray<char>.Rent(4);
            var inner = SpareArray<char>.Rent(4);
            Assert.NotSame(outer, inner);
            SpareArray<char>.Return(inner, 4);
            SpareArray<char>.Return(outer, 4);
        }

        [Fact]
        public void An_array_longer_than_the_spare_is_made_new()
        {
            SpareArray<Mark>.Return(new Mark[3], 3);
            Assert.True(SpareArray<Mark>.Rent(10).Length >= 10);
        }

        private struct Mark
        {
            public int Value;
        }
    }
}
