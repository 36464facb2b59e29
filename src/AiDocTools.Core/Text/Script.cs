namespace AiDocTools.Text
{
    /// <summary>
    /// Which writing system a character is written in: the one answer every stage asks (is this a kanji name, is this
    /// sentence Japanese, where does a katakana word end), so two stages never disagree about the same character.
    /// </summary>
    public static class Script
    {
        /// <summary>Hiragana, katakana (with ー and the full-width katakana block) and half-width katakana.</summary>
        public static bool IsKana(char c) => (c >= '\u3040' && c <= '\u30FF') || (c >= '\uFF66' && c <= '\uFF9F');

        /// <summary>Full-width katakana letters and the long-vowel mark ー, without the ・ between words.</summary>
        public static bool IsKatakana(char c) => (c >= '\u30A1' && c <= '\u30FA') || c == 'ー';

        /// <summary>
        /// CJK ideographs (the unified block and extension A), the repetition mark 々 and 〆, which names and place names
        /// are written with (佐々木, 〆張): a kanji run that stopped at them would cut a name in two.
        /// </summary>
        public static bool IsKanji(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々' || c == '〆';

        /// <summary>Kana or kanji: a character only Japanese text is written in.</summary>
        public static bool IsJapanese(char c) => IsKana(c) || IsKanji(c);

        /// <summary>Whether the text holds any kana or kanji: a sentence with one is read by the Japanese rules.</summary>
        public static bool HasJapanese(string text)
        {
            foreach (var c in text)
            {
                if (IsJapanese(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A character of Japanese typesetting: kana, kanji, the CJK punctuation block (、。「」) and the full-width forms
        /// (（）！Ａ１). What stands before a bracket tells whether the bracket belongs to a Japanese sentence.
        /// </summary>
        public static bool IsJapaneseTypeset(char c) =>
            (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u3000' && c <= '\u303F');

        /// <summary>A to Z in either case: the letters a required word matches in either case, and an acronym is written in.</summary>
        public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        /// <summary>
        /// A letter or digit of a word written in Latin script, accented letters included (Société, Müller): a name found
        /// inside such a run is part of a longer word, not a name of its own.
        /// </summary>
        public static bool IsLatinWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= '\u00C0' && c <= '\u024F');

        /// <summary>Kana, kanji and hangul: scripts written without spaces between words, so searched by characters.</summary>
        public static bool IsWrittenWithoutSpaces(char c) =>
            (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uAC00' && c <= '\uD7AF') || char.IsSurrogate(c)
            || c == '々' || c == '〆' || c == '〇' || c == 'ー';
    }
}
