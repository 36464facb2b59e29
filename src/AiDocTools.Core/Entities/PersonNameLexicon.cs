using System.Collections.Generic;
using System.IO;

namespace AiDocTools.Entities
{
    /// <summary>
    /// Japanese family and given names written in kanji, from IPADIC's person-name entries (Data/ja/person-names.txt,
    /// made by tools/lexicon/make_person_names.py; licence notice in Data/ja/IPADIC-NOTICE.txt). It lets a kanji run such
    /// as 近藤俊輔 read as a person although no honorific follows it, and keeps a run that splits into no known family
    /// name and given name from being taken for one.
    /// </summary>
    internal sealed class PersonNameLexicon
    {
        private const string Resource = "AiDocTools.Data.ja.person-names.txt";

        private static readonly System.Lazy<PersonNameLexicon> Loaded = new System.Lazy<PersonNameLexicon>(Read);

        private readonly HashSet<string> _families;
        private readonly HashSet<string> _givens;

        private PersonNameLexicon(HashSet<string> families, HashSet<string> givens)
        {
            _families = families;
            _givens = givens;
        }

        public static PersonNameLexicon Shipped => Loaded.Value;

        public int FamilyCount => _families.Count;

        public int GivenCount => _givens.Count;

        public bool IsFamilyName(string name) => _families.Contains(name);

        public bool IsGivenName(string name) => _givens.Contains(name);

        /// <summary>
        /// Where a run of kanji splits into a family name and a given name that are both in the lexicon, preferring the
        /// longest family name (佐々木 + 恵美子 over 佐々 + 木恵美子); -1 when it does not.
        /// </summary>
        public int FamilyGivenSplit(string run, int shortestFamily = 1)
        {
            for (var family = run.Length - 1; family >= shortestFamily; family--)
            {
                if (_families.Contains(run.Substring(0, family)) && _givens.Contains(run.Substring(family)))
                {
                    return family;
                }
            }

            return -1;
        }

        /// <summary>The lexicon from its lines, <c>s&lt;TAB&gt;family</c> or <c>g&lt;TAB&gt;given</c>.</summary>
        internal static PersonNameLexicon Parse(TextReader reader)
        {
            var families = new HashSet<string>(System.StringComparer.Ordinal);
            var givens = new HashSet<string>(System.StringComparer.Ordinal);
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                if (line.Length < 3 || line[1] != '\t')
                {
                    throw new InvalidDataException("person-names.txt: a line is not 's<TAB>name' or 'g<TAB>name': " + line);
                }

                var kind = line[0];
                var name = line.Substring(2);
                if (kind == 's')
                {
                    families.Add(name);
                }
                else if (kind == 'g')
                {
                    givens.Add(name);
                }
                else
                {
                    throw new InvalidDataException("person-names.txt: unknown kind '" + kind + "' in: " + line);
                }
            }

            return new PersonNameLexicon(families, givens);
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
