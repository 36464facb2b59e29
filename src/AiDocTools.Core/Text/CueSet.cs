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
        private static readonly int[] NoPositions = new int[0];

        private readonly int _count;

        // For each first character, the entries starting with it in list order, and their positions in the list: one
        // map, so a scan pays one lookup per character.
        private readonly Dictionary<char, (string[] Words, int[] Positions)> _byFirst = new Dictionary<char, (string[], int[])>();

        // Does any entry start with a character? Most characters of a text start none.
        private readonly CharBits _firstChars = new CharBits();

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
                foreach (var start in ignoreLatinCase ? WordStartScreen.CaseVariants(first) : new[] { first })
                {
                    if (!byFirst.TryGetValue(start, out var list))
                    {
                        byFirst[start] = list = new List<int>();
                    }

                    list.Add(i);
                    _firstChars.Add(start);
                }
            }

            foreach (var entry in byFirst)
            {
                _byFirst[entry.Key] = (entry.Value.ConvertAll(i => cues[i]).ToArray(), entry.Value.ToArray());
            }
        }

        /// <summary>The entries that start with <paramref name="first"/>, in list order.</summary>
        /// <remarks>An array rather than a list interface: the scans that ask at every character would otherwise
        /// allocate an enumerator each time.</remarks>
        public string[] StartingWith(char first) => Starts(first) && _byFirst.TryGetValue(first, out var entry) ? entry.Words : None;

        // The entries that start with first and, beside each, its position in the list given to the constructor.
        private bool TryStartingWith(char first, out string[] words, out int[] positions)
        {
            if (Starts(first) && _byFirst.TryGetValue(first, out var entry))
            {
                words = entry.Words;
                positions = entry.Positions;
                return true;
            }

            words = None;
            positions = NoPositions;
            return false;
        }

        /// <summary>The first entry of the list, in list order, written at <paramref name="index"/>; null when none is.</summary>
        public string? FirstAt(string text, int index)
        {
            if (index < 0 || index >= text.Length || !Starts(text[index]) || !_byFirst.TryGetValue(text[index], out var entry))
            {
                return null;
            }

            foreach (var word in entry.Words)
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
            foreach (var (_, position) in Occurrences(text))
            {
                seen ??= new bool[_count];
                if (!seen[position])
                {
                    seen[position] = true;
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// Every place an entry is written in <paramref name="text"/>, left to right, with the entry's position in the list
        /// given to the constructor: the one scan behind every caller that asks which of its words a text holds, so a
        /// caller keeps what it knows of each entry in an array by that position.
        /// </summary>
        /// <remarks>A struct to walk with foreach, not an iterator: the rules ask it of every sentence, and an iterator's
        /// enumerator is an allocation each time.</remarks>
        public OccurrenceScan Occurrences(string text) => new OccurrenceScan(this, text);

        /// <summary>The places <see cref="Occurrences"/> finds, walked by foreach without allocating.</summary>
        internal struct OccurrenceScan
        {
            private readonly CueSet _set;
            private readonly string _text;
            private int _index;
            private int _next;
            private string[] _words;
            private int[] _positions;

            public OccurrenceScan(CueSet set, string text)
            {
                _set = set;
                _text = text;
                _index = -1;
                _next = 0;
                _words = None;
                _positions = NoPositions;
                Current = default;
            }

            public (int Index, int Position) Current { get; private set; }

            public OccurrenceScan GetEnumerator() => this;

            public bool MoveNext()
            {
                while (true)
                {
                    // The entries starting at the current index not yet tried, in list order.
                    while (_next < _words.Length)
                    {
                        var k = _next++;
                        if (_set.Holds(_text, _index, _words[k]))
                        {
                            Current = (_index, _positions[k]);
                            return true;
                        }
                    }

                    // On to the next character some entry starts with, in a tight loop over the first-character bits:
                    // most characters of a body start none, and each used to cost a call and the map's refusal.
                    var text = _text;
                    var firstChars = _set._firstChars;
                    do
                    {
                        if (++_index >= text.Length)
                        {
                            _index = text.Length;
                            return false;
                        }
                    }
                    while (!firstChars.Contains(text[_index]));

                    _set.TryStartingWith(text[_index], out _words, out _positions);
                    _next = 0;
                }
            }
        }

        private bool Starts(char c) => _firstChars.Contains(c);

        /// <summary>Whether <paramref name="word"/>, an entry of this set, is written at <paramref name="index"/>, Latin case aside when the set ignores it.</summary>
        public bool Holds(string text, int index, string word)
        {
            if (index < 0 || index + word.Length > text.Length)
            {
                return false;
            }

            // Char by char: the cues are a few characters long and most differ at the first or second, where the general
            // comparison would still be checking its arguments.
            for (var k = 0; k < word.Length; k++)
            {
                var a = text[index + k];
                var b = word[k];
                if (a != b && !(_ignoreLatinCase && Script.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
