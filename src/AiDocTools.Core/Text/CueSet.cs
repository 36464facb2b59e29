using System.Collections.Generic;

namespace AiDocTools.Text
{
    /// <summary>
    /// A list of cue words found in a text by one pass over it, instead of one search per cue: the cleaner asks
    /// about every line and the attribution rules about every position of a sentence, and the lists run to dozens
    /// of words. Matching is ordinal (callers lower-case lists and text when case must not matter).
    /// </summary>
    internal sealed class CueSet
    {
        private static readonly string[] None = new string[0];

        private readonly int _count;

        // For each first character, the entries starting with it in list order, and their positions in the list.
        private readonly Dictionary<char, string[]> _words = new Dictionary<char, string[]>();
        private readonly Dictionary<char, int[]> _positions = new Dictionary<char, int[]>();

        // One bit per UTF-16 code unit: does any entry start with it? Most characters of a text start none.
        private readonly ulong[] _firstChars = new ulong[1024];

        // Whether A-Z and a-z are one letter here: a rule's required words stand for words its pattern reads in either case.
        private readonly bool _ignoreLatinCase;

        /// <param name="cues">The words, in the order the callers rank them.</param>
        /// <param name="ignoreLatinCase">Whether a Latin letter of an entry matches the letter in either case.</param>
        public CueSet(IReadOnlyList<string> cues, bool ignoreLatinCase = false)
        {
            _count = cues.Count;
            _ignoreLatinCase = ignoreLatinCase;
            var byFirst = new Dictionary<char, List<int>>();
            for (var i = 0; i < cues.Count; i++)
            {
                if (string.IsNullOrEmpty(cues[i]))
                {
                    continue;
                }

                var first = cues[i][0];
                foreach (var start in ignoreLatinCase && IsLatinLetter(first) ? new[] { (char)(first | 0x20), (char)(first & ~0x20) } : new[] { first })
                {
                    if (!byFirst.TryGetValue(start, out var list))
                    {
                        byFirst[start] = list = new List<int>();
                    }

                    list.Add(i);
                    _firstChars[start >> 6] |= 1UL << (start & 63);
                }
            }

            foreach (var entry in byFirst)
            {
                _positions[entry.Key] = entry.Value.ToArray();
                _words[entry.Key] = entry.Value.ConvertAll(i => cues[i]).ToArray();
            }
        }

        /// <summary>The entries that start with <paramref name="first"/>, in list order.</summary>
        public IReadOnlyList<string> StartingWith(char first) => _words.TryGetValue(first, out var words) ? words : None;

        /// <summary>The first entry of the list, in list order, written at <paramref name="index"/>; null when none is.</summary>
        public string? FirstAt(string text, int index)
        {
            if (index < 0 || index >= text.Length || !Starts(text[index]) || !_words.TryGetValue(text[index], out var words))
            {
                return null;
            }

            foreach (var word in words)
            {
                if (Holds(text, index, word))
                {
                    return word;
                }
            }

            return null;
        }

        public bool ContainsAny(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (FirstAt(text, i) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many entries of the list occur in the text, each counted once however often it occurs.</summary>
        public int CountAny(string text)
        {
            bool[]? seen = null;
            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (!Starts(text[i]) || !_words.TryGetValue(text[i], out var words))
                {
                    continue;
                }

                var positions = _positions[text[i]];
                for (var k = 0; k < words.Length; k++)
                {
                    if ((seen == null || !seen[positions[k]]) && Holds(text, i, words[k]))
                    {
                        seen ??= new bool[_count];
                        seen[positions[k]] = true;
                        count++;
                    }
                }
            }

            return count;
        }

        /// <summary>Whether some entry starts with <paramref name="c"/>: one bit test, for scans that ask at every character.</summary>
        public bool MayStart(char c) => Starts(c);

        private bool Starts(char c) => (_firstChars[c >> 6] & (1UL << (c & 63))) != 0;

        public static bool IsAt(string text, int index, string word) =>
            index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

        /// <summary>Whether <paramref name="word"/>, an entry of this set, is written at <paramref name="index"/>, Latin case aside when the set ignores it.</summary>
        public bool Holds(string text, int index, string word)
        {
            if (!_ignoreLatinCase)
            {
                return IsAt(text, index, word);
            }

            if (index < 0 || index + word.Length > text.Length)
            {
                return false;
            }

            for (var k = 0; k < word.Length; k++)
            {
                var a = text[index + k];
                var b = word[k];
                if (a != b && !(IsLatinLetter(a) && (a | 0x20) == (b | 0x20)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLatinLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
