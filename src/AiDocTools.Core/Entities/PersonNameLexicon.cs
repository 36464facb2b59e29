using System.Collections.Generic;
using System.IO;
using AiDocTools.Text;

namespace AiDocTools.Entities
{
    /// <summary>
    /// Japanese family and given names written in kanji, from IPADIC's person-name entries (Data/ja/person-names.txt,
    /// made by tools/lexicon/make_person_names.py; licence notice in Data/ja/IPADIC-NOTICE.txt). It lets a kanji run such
    /// as 近藤俊輔 read as a person although no honorific follows it, and keeps a run that splits into no known family
    /// name and given name from being taken for one. Each name carries IPADIC's likeliest katakana reading, from which
    /// <see cref="LatinName"/> writes a person's canonical name in Latin script.
    /// </summary>
    internal sealed class PersonNameLexicon
    {
        private const string Resource = "AiDocTools.Data.ja.person-names.txt";

        private static readonly System.Lazy<PersonNameLexicon> Loaded = new System.Lazy<PersonNameLexicon>(Read);

        // name → katakana reading
        private readonly Dictionary<string, string> _families;
        private readonly Dictionary<string, string> _givens;
        private readonly Text.KanaRomaniser _romaniser;

        // Where a family name may start, asked at every character of a text: the characters that are family names on
        // their own, and (hashed) the first two characters of the longer ones, as bit sets, so the dictionary is
        // consulted only at the few places where a family name may really stand.
        private readonly CharBits _singleFamilies = new CharBits();
        private readonly CharBits _familyFirsts = new CharBits();
        private readonly CharBits _anyFirst = new CharBits();
        private readonly CharPairBits _familyPairs = new CharPairBits(20);
        private readonly int _longestFamily;

        // The family names of two to four characters, nearly all of them, each packed into one number (its characters
        // side by side), one set per length: FamilyStarts looks up the two to four characters at every place the bit sets
        // let by, and a lookup by number needs no cut-out string, where one by name cut three at each of those places.
        private const int PackedLongest = 4;
        private readonly HashSet<ulong>[] _packedFamilies = { new HashSet<ulong>(), new HashSet<ulong>(), new HashSet<ulong>(), new HashSet<ulong>(), new HashSet<ulong>() };

        private PersonNameLexicon(Dictionary<string, string> families, Dictionary<string, string> givens, Text.KanaRomaniser romaniser)
        {
            _families = families;
            _givens = givens;
            _romaniser = romaniser;
            foreach (var family in families.Keys)
            {
                _longestFamily = System.Math.Max(_longestFamily, family.Length);
                _anyFirst.Add(family[0]);
                if (family.Length == 1)
                {
                    _singleFamilies.Add(family[0]);
                }
                else
                {
                    _familyFirsts.Add(family[0]);
                    _familyPairs.Add(family[0], family[1]);
                }

                if (family.Length <= PackedLongest)
                {
                    _packedFamilies[family.Length].Add(Packed(family, 0, family.Length));
                }
            }
        }

        private static ulong Packed(string text, int start, int length)
        {
            var key = 0UL;
            for (var k = 0; k < length; k++)
            {
                key = (key << 16) | text[start + k];
            }

            return key;
        }

        // Whether the lexicon holds the family name written at text[start, start + length).
        private bool IsFamilyAt(string text, int start, int length) =>
            length <= PackedLongest ? _packedFamilies[length].Contains(Packed(text, start, length)) : _families.ContainsKey(text.Substring(start, length));

        // A static, not a pipeline's part: the lexicon is a derived dictionary file with no rules in it (the rules that read
        // it are in the entity packs), the same for every pipeline, and large enough to be read once per process.
        public static PersonNameLexicon Shipped => Loaded.Value;

        public int FamilyCount => _families.Count;

        public int GivenCount => _givens.Count;

        public bool IsFamilyName(string name) => _families.ContainsKey(name);

        public bool IsGivenName(string name) => _givens.ContainsKey(name);

        /// <summary>
        /// Every place in <paramref name="text"/> where a family name of the lexicon starts, left to right, with the
        /// length of the longest one there: one pass that consults the dictionary only where the bit sets allow a name.
        /// </summary>
        public void FamilyStarts(string text, List<(int Start, int Length)> into)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!_anyFirst.Contains(c))
                {
                    continue;
                }

                var longest = _singleFamilies.Contains(c) ? 1 : 0;
                if (i + 1 < text.Length && _familyFirsts.Contains(c) && _familyPairs.MayContain(c, text[i + 1]))
                {
                    for (var length = System.Math.Min(_longestFamily, text.Length - i); length >= 2; length--)
                    {
                        if (IsFamilyAt(text, i, length))
                        {
                            longest = length;
                            break;
                        }
                    }
                }

                if (longest > 0)
                {
                    into.Add((i, longest));
                }
            }
        }

        /// <summary>
        /// A Japanese name in Latin script, given name first as English text writes it: 佐々木恵美子 and 佐々木 恵美子 →
        /// Emiko Sasaki. A name written with a space whose given name the lexicon lacks keeps that part as written
        /// (高橋 悠真 → 悠真 Takahashi): the family name alone would merge two people, and a guessed reading would be
        /// wrong as often as not. A family name alone (佐藤 → Sato) only when <paramref name="familyAlone"/> says the
        /// caller knows it names a person. Null when the name does not read as a family name and a given name.
        /// </summary>
        public string? LatinName(string name, bool familyAlone = false)
        {
            var parts = name.Split(new[] { ' ', '\u3000' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                var family = Latin(_families, parts[0]);
                if (family == null || !IsWrittenName(parts[1]))
                {
                    return null;
                }

                return (Latin(_givens, parts[1]) ?? Hiragana(parts[1]) ?? parts[1]) + " " + family;
            }

            if (parts.Length != 1)
            {
                return null;
            }

            var split = FamilyGivenSplit(parts[0]);
            if (split > 0)
            {
                var family = Latin(_families, parts[0].Substring(0, split));
                var given = Latin(_givens, parts[0].Substring(split));
                return family != null && given != null ? given + " " + family : null;
            }

            return familyAlone ? Latin(_families, parts[0]) : null;
        }

        private string? Latin(Dictionary<string, string> names, string name)
        {
            if (!names.TryGetValue(name, out var reading))
            {
                return null;
            }

            var latin = _romaniser.Romanise(reading);
            return latin == null ? null : char.ToUpperInvariant(latin[0]) + latin.Substring(1);
        }

        // A given name written in hiragana (西園寺 まどか) is its own reading. Katakana is not: it is how foreign given
        // names are written (ローラ), whose Latin spelling the reading does not give back.
        private string? Hiragana(string part)
        {
            var katakana = new char[part.Length];
            for (var i = 0; i < part.Length; i++)
            {
                var c = part[i];
                if (c < '\u3041' || c > '\u3096')
                {
                    return null;
                }

                katakana[i] = (char)(c + 0x60);
            }

            var latin = _romaniser.Romanise(new string(katakana));
            return latin == null ? null : char.ToUpperInvariant(latin[0]) + latin.Substring(1);
        }

        // A given name the lexicon lacks is kept as written only when it is written as names are: kanji or kana.
        private static bool IsWrittenName(string part)
        {
            if (part.Length > 4)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!Script.IsKanji(c) && !Script.IsKana(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where a run of kanji splits into a family name and a given name that are both in the lexicon, preferring the
        /// longest family name (佐々木 + 恵美子 over 佐々 + 木恵美子); -1 when it does not.
        /// </summary>
        public int FamilyGivenSplit(string run, int shortestFamily = 1)
        {
            for (var family = run.Length - 1; family >= shortestFamily; family--)
            {
                if (_families.ContainsKey(run.Substring(0, family)) && _givens.ContainsKey(run.Substring(family)))
                {
                    return family;
                }
            }

            return -1;
        }

        /// <summary>The lexicon from its lines, <c>s&lt;TAB&gt;family&lt;TAB&gt;reading</c> or <c>g&lt;TAB&gt;given&lt;TAB&gt;reading</c>.</summary>
        internal static PersonNameLexicon Parse(TextReader reader, Text.KanaRomaniser? romaniser = null)
        {
            var families = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var givens = new Dictionary<string, string>(System.StringComparer.Ordinal);
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                var fields = line.Split('\t');
                if (fields.Length != 3 || fields[0].Length != 1 || fields[1].Length == 0 || fields[2].Length == 0)
                {
                    throw new InvalidDataException("person-names.txt: a line is not 's<TAB>name<TAB>reading' or 'g<TAB>name<TAB>reading': " + line);
                }

                var kind = fields[0][0];
                if (kind == 's')
                {
                    families[fields[1]] = fields[2];
                }
                else if (kind == 'g')
                {
                    givens[fields[1]] = fields[2];
                }
                else
                {
                    throw new InvalidDataException("person-names.txt: unknown kind '" + kind + "' in: " + line);
                }
            }

            return new PersonNameLexicon(families, givens, romaniser ?? Text.KanaRomaniser.Shipped);
        }

        private static PersonNameLexicon Read()
        {
            using var stream = typeof(PersonNameLexicon).Assembly.GetManifestResourceStream(Resource)
                ?? throw new FileNotFoundException("Person-name lexicon missing from the build.", Resource);
            using var reader = new StreamReader(stream);
            return Parse(reader);
        }
    }
}
