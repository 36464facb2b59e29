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
                if (Script.IsJapanese(c))
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
    }
}
