using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AiDocTools.Text
{
    /// <summary>
    /// Katakana to Latin letters by the passport-style Hepburn table in Data/ja/kana-romaji.txt (タカハシ → takahashi,
    /// サトウ → sato, ホンマ → homma). The table and its conventions are data; this class only applies them.
    /// </summary>
    public sealed class KanaRomaniser
    {
        private const string Resource = "AiDocTools.Data.ja.kana-romaji.txt";

        private static readonly Lazy<KanaRomaniser> Loaded = new Lazy<KanaRomaniser>(Read);

        private readonly Dictionary<string, string> _syllables;
        private readonly int _longestSyllable;

        // kana not written after a syllable ending in the key vowel ('*' = any): the unmarked long vowels.
        private readonly Dictionary<char, HashSet<char>> _long;
        private readonly char _nasal;
        private readonly string _nasalLatin;
        private readonly string _nasalBefore;
        private readonly string _nasalLatinBefore;
        private readonly char _geminate;
        private readonly string _geminateBeforeCh;

        private KanaRomaniser(Dictionary<string, string> syllables, Dictionary<char, HashSet<char>> longVowels, char nasal, string nasalLatin, string nasalBefore, string nasalLatinBefore, char geminate, string geminateBeforeCh)
        {
            _syllables = syllables;
            _long = longVowels;
            _nasal = nasal;
            _nasalLatin = nasalLatin;
            _nasalBefore = nasalBefore;
            _nasalLatinBefore = nasalLatinBefore;
            _geminate = geminate;
            _geminateBeforeCh = geminateBeforeCh;
            foreach (var kana in syllables.Keys)
            {
                _longestSyllable = Math.Max(_longestSyllable, kana.Length);
            }
        }

        /// <summary>The table shipped with the module.</summary>
        public static KanaRomaniser Shipped => Loaded.Value;

        /// <summary>The katakana word in lower-case Latin letters, or null when it holds a character the table does not read.</summary>
        public string? Romanise(string katakana)
        {
            var latin = new StringBuilder(katakana.Length * 2);
            var geminate = false;
            var nasal = false;
            var lastVowel = '\0';
            var skipped = false;
            for (var i = 0; i < katakana.Length;)
            {
                var c = katakana[i];
                if (c == _geminate)
                {
                    geminate = true;
                    i++;
                    continue;
                }

                if (c == _nasal)
                {
                    nasal = true;
                    lastVowel = '\0';
                    skipped = false;
                    i++;
                    continue;
                }

                // ー is never written; of the vowels, one is left unwritten but never two in a row: オオウチ is Ouchi, not Ochi.
                if (!nasal && lastVowel != '\0'
                    && ((_long.TryGetValue('*', out var any) && any.Contains(c)) || (!skipped && _long.TryGetValue(lastVowel, out var after) && after.Contains(c))))
                {
                    skipped = true;
                    i++;
                    continue;
                }

                string? syllable = null;
                var length = Math.Min(_longestSyllable, katakana.Length - i);
                for (; length > 0; length--)
                {
                    if (_syllables.TryGetValue(katakana.Substring(i, length), out syllable))
                    {
                        break;
                    }
                }

                if (syllable == null)
                {
                    return null;
                }

                if (nasal)
                {
                    latin.Append(_nasalBefore.IndexOf(syllable[0]) >= 0 ? _nasalLatinBefore : _nasalLatin);
                    nasal = false;
                }

                if (geminate)
                {
                    latin.Append(syllable.StartsWith("ch", StringComparison.Ordinal) ? _geminateBeforeCh : syllable.Substring(0, 1));
                    geminate = false;
                }

                latin.Append(syllable);
                lastVowel = syllable[syllable.Length - 1];
                skipped = false;
                i += length;
            }

            if (nasal)
            {
                latin.Append(_nasalLatin);
            }

            return latin.Length == 0 ? null : latin.ToString();
        }

        /// <summary>The table from its lines (see Data/ja/kana-romaji.txt); a line that is not one of its kinds is an error.</summary>
        internal static KanaRomaniser Parse(TextReader reader)
        {
            var syllables = new Dictionary<string, string>(StringComparer.Ordinal);
            var longVowels = new Dictionary<char, HashSet<char>>();
            string[]? nasal = null;
            string[]? geminate = null;
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case "syllable" when fields.Length == 3 && fields[1].Length > 0 && fields[2].Length > 0:
                        if (syllables.ContainsKey(fields[1]))
                        {
                            throw Bad("the syllable is listed twice", line);
                        }

                        syllables[fields[1]] = fields[2];
                        break;
                    case "long" when fields.Length == 3 && fields[1].Length == 1 && fields[2].Length == 1:
                        if (!longVowels.TryGetValue(fields[1][0], out var kana))
                        {
                            longVowels[fields[1][0]] = kana = new HashSet<char>();
                        }

                        kana.Add(fields[2][0]);
                        break;
                    case "nasal" when fields.Length == 5 && fields[1].Length == 1 && nasal == null:
                        nasal = fields;
                        break;
                    case "geminate" when fields.Length == 3 && fields[1].Length == 1 && geminate == null:
                        geminate = fields;
                        break;
                    default:
                        throw Bad("the line is not one of syllable, long, nasal (once) or geminate (once) with its fields", line);
                }
            }

            if (syllables.Count == 0 || nasal == null || geminate == null)
            {
                throw new InvalidDataException("kana-romaji.txt: the table needs syllables, one nasal line and one geminate line.");
            }

            return new KanaRomaniser(syllables, longVowels, nasal[1][0], nasal[2], nasal[3], nasal[4], geminate[1][0], geminate[2]);

            static InvalidDataException Bad(string why, string line) => new InvalidDataException("kana-romaji.txt: " + why + ": " + line);
        }

        private static KanaRomaniser Read()
        {
            using var stream = typeof(KanaRomaniser).Assembly.GetManifestResourceStream(Resource)
                ?? throw new FileNotFoundException("Kana table missing from the build.", Resource);
            using var reader = new StreamReader(stream);
            return Parse(reader);
        }
    }
}
