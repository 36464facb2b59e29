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

        public CueSet(IReadOnlyList<string> cues)
        {
            _count = cues.Count;
            var byFirst = new Dictionary<char, List<int>>();
            for (var i = 0; i < cues.Count; i++)
            {
                if (string.IsNullOrEmpty(cues[i]))
                {
                    continue;
                }

                if (!byFirst.TryGetValue(cues[i][0], out var list))
                {
                    byFirst[cues[i][0]] = list = new List<int>();
                }

                list.Add(i);
                _firstChars[cues[i][0] >> 6] |= 1UL << (cues[i][0] & 63);
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
                if (IsAt(text, index, word))
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
                    if ((seen == null || !seen[positions[k]]) && IsAt(text, i, words[k]))
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
    }
}
