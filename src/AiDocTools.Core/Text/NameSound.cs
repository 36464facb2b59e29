using System.Text;

namespace AiDocTools.Text
{
    /// <summary>
    /// A rough sound key for a foreign name in either script, so the katakana short form of a name (ラジャニ) can be
    /// matched with the Latin full name an article gave first (Nazneen Rajani). Katakana loses vowel quality, length,
    /// l against r and v against b, and adds vowels between consonants, so the key keeps only the consonants, with the
    /// pairs folded together and r and l left out. It is a comparison for names already in the same article, never a transliteration.
    /// </summary>
    public static class NameSound
    {
        private static readonly string[] Kana = Table();

        /// <summary>The key of a Latin or katakana name, lower-case consonants only; empty for anything else.</summary>
        public static string Key(string name)
        {
            var latin = new StringBuilder(name.Length * 2);
            foreach (var c in name.Normalize(NormalizationForm.FormKC))
            {
                if (c >= '\u30A1' && c <= '\u30FA')
                {
                    latin.Append(Kana[c - '\u30A1']);
                }
                else if (c < 128 && char.IsLetter(c))
                {
                    latin.Append(char.ToLowerInvariant(c));
                }
                else if (c == '・' || c == ' ' || c == '-' || c == 'ー')
                {
                    continue;
                }
                else if (char.IsLetter(c))
                {
                    return string.Empty;
                }
            }

            return Consonants(latin.ToString());
        }

        private static string Consonants(string s)
        {
            s = s.Replace("ph", "f").Replace("th", "s").Replace("sh", "s").Replace("ch", "C").Replace("ck", "k")
                .Replace("x", "ks").Replace("q", "k").Replace("mb", "nb").Replace("mp", "np");
            var key = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                switch (c)
                {
                    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'w':
                        continue;
                    case 'c':
                        c = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                        break;
                    case 'C':
                        c = 'c';
                        break;
                    case 'g' when next == 'e' || next == 'i':
                        c = 'j';
                        break;
                    case 'l':
                    case 'r':
                        // Katakana drops an r no vowel follows (ターナー, サツケヴァー) yet keeps others as ル (カルパシー):
                        // the key leaves r and l out rather than guess which.
                        continue;
                    case 'h' when !IsVowel(next):
                        continue;
                    case 'v':
                        c = 'b';
                        break;
                }

                if (key.Length == 0 || key[key.Length - 1] != c)
                {
                    key.Append(c);
                }
            }

            return key.ToString();
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';

        // ァ (U+30A1) to ヺ (U+30FA), Hepburn; small kana add only their vowel (ジャ = ji + a), ッ doubles nothing here.
        private static string[] Table()
        {
            const string Forms =
                "a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo ta da chi ji - tsu zu te de to do " +
                "na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po ma mi mu me mo a ya u yu o yo ra ri ru re ro wa wa " +
                "i e o n vu ka ke va vi ve vo";
            var forms = Forms.Split(' ');
            for (var i = 0; i < forms.Length; i++)
            {
                forms[i] = forms[i] == "-" ? string.Empty : forms[i];
            }

            return forms;
        }
    }
}
