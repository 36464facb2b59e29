using AiDocTools.Text;

namespace AiDocTools.Entities
{
    /// <summary>
    /// A text prepared for name matching: <see cref="FoldedText"/> with <see cref="Folding.Names"/> (NFKC, katakana
    /// separators, runs of spaces, the many hyphens, ヴァ/バ, the = of katakana double names; case kept). This is the
    /// entity rules' view of it: <see cref="Cased"/> keeps upper case for the checks that need it, <see cref="Folded"/>
    /// is its lower-case twin, and every character maps back to <see cref="Source"/> through the one folded text.
    /// </summary>
    internal sealed class NameText
    {
        private readonly FoldedText _text;

        private NameText(FoldedText text)
        {
            _text = text;
        }

        public string Source => _text.Source;

        public string Cased => _text.Folded;

        public string Folded => _text.Lower;

        /// <summary>For each character of <see cref="Cased"/>, the offset in <see cref="Source"/> it came from.</summary>
        public int[] Offsets => _text.Offsets;

        public int Length => _text.Length;

        public static NameText Of(string text) => new NameText(FoldedText.Of(text, Folding.Names));

        /// <summary>The match key of a name: its folded, lower-case form without edge spaces.</summary>
        public static string Key(string name) => FoldedText.Of(name, Folding.Names).Lower.Trim();

        /// <summary>The start and length in <see cref="Source"/> of the folded range [start, end).</summary>
        public (int Start, int Length) ToSource(int start, int end)
        {
            var span = _text.SourceSpan(start, end - start);
            return (span.Start, span.Length);
        }

        /// <summary>The source character just before the folded position, or '\0' at the start.</summary>
        public char SourceCharBefore(int foldedIndex) => _text.SourceCharBefore(foldedIndex);

        /// <summary>The source character just after the folded range ending at <paramref name="foldedEnd"/>, or '\0' at the end.</summary>
        public char SourceCharAfter(int foldedEnd) => _text.SourceCharAfter(foldedEnd);
    }
}
