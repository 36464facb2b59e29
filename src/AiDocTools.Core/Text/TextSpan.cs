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
    }
}
