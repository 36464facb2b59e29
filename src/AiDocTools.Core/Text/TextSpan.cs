using System.Collections.Generic;

namespace AiDocTools.Text
{
    /// <summary>A stretch of a text by offset and length; <see cref="Of"/> reads it back.</summary>
    public readonly struct TextSpan
    {
        public TextSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public string Of(string text) => text.Substring(Start, Length);

        public bool Contains(int offset) => offset >= Start && offset < End;

        public override string ToString() => $"[{Start}..{End})";

        /// <summary>
        /// The index of the span holding <paramref name="offset"/> among <paramref name="spans"/> in text order without
        /// overlaps (sentences, paragraphs), or -1 between them: a binary search keeps long articles with many mentions linear.
        /// </summary>
        public static int IndexContaining(IReadOnlyList<TextSpan> spans, int offset)
        {
            int low = 0, high = spans.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (spans[middle].End <= offset)
                {
                    low = middle + 1;
                }
                else if (spans[middle].Start > offset)
                {
                    high = middle - 1;
                }
                else
                {
                    return middle;
                }
            }

            return -1;
        }
    }
}
