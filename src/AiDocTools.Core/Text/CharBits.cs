namespace AiDocTools.Text
{
    /// <summary>
    /// Bit sets that answer, before any lookup, whether a word of a list may start at a place of a text: the characters
    /// the words start with, and (hashed, so a set bit means "maybe") the pairs of characters they start with. Asked at
    /// every character of every body, they spare the cue lists and the name dictionaries the many places where none starts.
    /// </summary>
    internal sealed class CharBits
    {
        private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

        public void Add(char c) => _bits[c >> 6] |= 1UL << (c & 63);

        public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
    }

    /// <inheritdoc cref="CharBits"/>
    internal sealed class CharPairBits
    {
        private readonly ulong[] _bits;
        private readonly int _shift;

        /// <param name="log2Bits">The set's size as a power of two, from the number of pairs it holds: a sparse set rules out more.</param>
        public CharPairBits(int log2Bits)
        {
            _bits = new ulong[(1 << log2Bits) / 64];
            _shift = 32 - log2Bits;
        }

        public void Add(char first, char second)
        {
            var index = Hash(first, second);
            _bits[index >> 6] |= 1UL << (index & 63);
        }

        /// <summary>False when no pair added is (first, second); true when one may be.</summary>
        public bool MayContain(char first, char second)
        {
            var index = Hash(first, second);
            return (_bits[index >> 6] & (1UL << (index & 63))) != 0;
        }

        private int Hash(char first, char second) => (int)(((((uint)first << 16) | second) * 0x9E3779B1u) >> _shift);
    }
}
