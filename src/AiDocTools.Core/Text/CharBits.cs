using System.Collections.Generic;

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

        /// <summary>The set's words, bit c of word c / 64 for character c: for a loop that keeps them in a local.</summary>
        internal ulong[] Words => _bits;
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

    /// <summary>
    /// Whether a word of a list may start at a place of a text, answered before any word is compared there: a character
    /// some word starts with, and then either a word of that one character or (hashed) a pair of characters a longer word
    /// starts with. The words of a language's lists start with its commonest characters (と, こ, に; every Latin letter), so
    /// the first character alone lets many places through, while the pair lets through only the few that begin a word or
    /// collide in the hash. A Latin letter counts in either case, as the lists that ask it match words (CueSet with
    /// ignoreLatinCase, the packs' required words). The required-word pass of a pack, the rule anchors of the entity and
    /// date rules and the date recogniser's English words all ask it at every character of a text.
    /// </summary>
    internal sealed class WordStartScreen
    {
        private readonly CharBits _firsts = new CharBits();
        private readonly CharBits _singles = new CharBits();
        private readonly CharPairBits _pairs;

        public WordStartScreen(IEnumerable<string> words)
        {
            var pairs = new List<(char, char)>();
            foreach (var word in words)
            {
                if (word.Length == 0)
                {
                    continue;
                }

                foreach (var first in CaseVariants(word[0]))
                {
                    _firsts.Add(first);
                    if (word.Length == 1)
                    {
                        _singles.Add(first);
                        continue;
                    }

                    foreach (var second in CaseVariants(word[1]))
                    {
                        pairs.Add((first, second));
                    }
                }
            }

            // A set about eight times as large as the pairs it holds: few false "maybe"s, and still at most 8 KB.
            var log2 = 6;
            while ((1 << log2) < pairs.Count * 8 && log2 < 16)
            {
                log2++;
            }

            _pairs = new CharPairBits(log2);
            foreach (var (first, second) in pairs)
            {
                _pairs.Add(first, second);
            }
        }

        /// <summary>False when no word starts at <paramref name="i"/>; true when one may.</summary>
        public bool MayStartAt(string text, int i)
        {
            var c = text[i];
            return _firsts.Contains(c) && (_singles.Contains(c) || (i + 1 < text.Length && _pairs.MayContain(c, text[i + 1])));
        }

        /// <summary>
        /// The first place at or after <paramref name="from"/> where a word may start (<see cref="MayStartAt"/>), or the
        /// text's length when there is none. The callers ask every character of an article, and almost every character
        /// starts no word: in this one loop the first characters' table stays in a register, where a call per character
        /// loaded it again through the screen's fields each time.
        /// </summary>
        public int NextFrom(string text, int from)
        {
            var firsts = _firsts.Words;
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if ((firsts[c >> 6] & (1UL << (c & 63))) != 0
                    && (_singles.Contains(c) || (i + 1 < text.Length && _pairs.MayContain(c, text[i + 1]))))
                {
                    return i;
                }
            }

            return text.Length;
        }

        /// <summary>The character and, for a Latin letter, its other case.</summary>
        internal static char[] CaseVariants(char c) => Script.IsAsciiLetter(c) ? new[] { (char)(c | 0x20), (char)(c & ~0x20) } : new[] { c };
    }
}
