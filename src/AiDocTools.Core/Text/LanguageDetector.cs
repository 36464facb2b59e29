namespace AiDocTools.Text
{
    /// <summary>Decides ja or en from script statistics: kana and kanji against Latin letters.</summary>
    public static class LanguageDetector
    {
        public static string Detect(string text)
        {
            int japanese = 0, latin = 0;
            foreach (var c in text)
            {
                if (IsKana(c) || IsKanji(c))
                {
                    japanese++;
                }
                else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                {
                    latin++;
                }
            }

            if (japanese == 0 && latin == 0)
            {
                return "und";
            }

            // A Japanese character carries about as much as a Latin word of three to four letters,
            // so Japanese prose with many English names still counts as Japanese.
            return japanese * 3 >= latin ? "ja" : "en";
        }

        public static bool IsKana(char c) => (c >= '\u3040' && c <= '\u30FF') || (c >= '\uFF66' && c <= '\uFF9F');

        public static bool IsKanji(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '\u3005';
    }
}
