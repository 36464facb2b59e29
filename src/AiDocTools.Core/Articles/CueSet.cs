using System;
using System.Collections.Generic;

namespace AiDocTools.Articles
{
    /// <summary>
    /// A list of cue words found in a line by one pass over the line, instead of one search per cue: every rule
    /// of the cleaner asks about every line, and the lists run to dozens of words. Matching is ordinal; the lists
    /// and the text are lower-cased by the caller.
    /// </summary>
    internal sealed class CueSet
    {
        private readonly string[] _cues;
        private readonly Dictionary<char, int[]> _byFirstChar;

        public CueSet(IReadOnlyList<string> cues)
        {
            _cues = new string[cues.Count];
            var byFirst = new Dictionary<char, List<int>>();
            for (var i = 0; i < cues.Count; i++)
            {
                _cues[i] = cues[i];
                if (cues[i].Length == 0)
                {
                    continue;
                }

                if (!byFirst.TryGetValue(cues[i][0], out var list))
                {
                    byFirst[cues[i][0]] = list = new List<int>();
                }

                list.Add(i);
            }

            _byFirstChar = new Dictionary<char, int[]>();
            foreach (var entry in byFirst)
            {
                _byFirstChar[entry.Key] = entry.Value.ToArray();
            }
        }

        public bool ContainsAny(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (!_byFirstChar.TryGetValue(text[i], out var candidates))
                {
                    continue;
                }

                foreach (var k in candidates)
                {
                    if (i + _cues[k].Length <= text.Length && string.CompareOrdinal(text, i, _cues[k], 0, _cues[k].Length) == 0)
                    {
                        return true;
                    }
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
                if (!_byFirstChar.TryGetValue(text[i], out var candidates))
                {
                    continue;
                }

                foreach (var k in candidates)
                {
                    if ((seen == null || !seen[k]) && i + _cues[k].Length <= text.Length
                        && string.CompareOrdinal(text, i, _cues[k], 0, _cues[k].Length) == 0)
                    {
                        seen ??= new bool[_cues.Length];
                        seen[k] = true;
                        count++;
                    }
                }
            }

            return count;
        }
    }
}
