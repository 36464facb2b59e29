using System.Text;

namespace AiDocTools.Text
{
    /// <summary>
    /// The character-level answers of folding: NFKC that survives what NFKC refuses, and lower case without the case
    /// tables for Japanese. Folding a text with its way back is <see cref="FoldedText"/>.
    /// </summary>
    public static class TextNormalizer
    {
        /// <summary>The folded text (<see cref="Folding.Normalized"/>); <see cref="FoldedText"/> keeps the way back to the source.</summary>
        public static string Normalize(string text) => FoldedText.Fold(text, Folding.Normalized);

        /// <summary>
        /// <see cref="string.ToLowerInvariant()"/>, character by character with <see cref="ToLowerInvariant(char)"/>:
        /// a Japanese line or body then costs no call into the case tables. A surrogate pair is one character whose case
        /// only the pair as a whole shows, so pairs are lower-cased as strings of their own.
        /// </summary>
        internal static string ToLowerInvariant(string text)
        {
            char[]? lower = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var pair = text.Substring(i, 2).ToLowerInvariant();
                    if (pair[0] != c || pair[1] != text[i + 1])
                    {
                        lower ??= text.ToCharArray();
                        lower[i] = pair[0];
                        lower[i + 1] = pair[1];
                    }

                    i++;
                    continue;
                }

                var folded = ToLowerInvariant(c);
                if (folded != c)
                {
                    lower ??= text.ToCharArray();
                    lower[i] = folded;
                }
            }

            return lower == null ? text : new string(lower);
        }

        /// <summary>
        /// <see cref="char.ToLowerInvariant(char)"/>, answered without the case tables for ASCII and for the CJK range
        /// U+3000–9FFF (punctuation, kana, kanji), which has no case: a table lookup per character of a Japanese body
        /// cost more than the rest of the folding.
        /// </summary>
        internal static char ToLowerInvariant(char c) =>
            c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c)
            : c >= '\u3000' && c <= '\u9FFF' ? c
            : char.ToLowerInvariant(c);

        // ASCII, hiragana, full-width katakana, the unified kanji and the punctuation of Japanese prose (、。「」『』【】・,
        // dashes and curly quotes) have no compatibility form, and a lone character of them composes with nothing (voicing
        // marks travel with the kana before them).
        private static bool IsNormalizationStable(string text)
        {
            foreach (var c in text)
            {
                if (!IsNormalizationStable(c))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsNormalizationStable(char c) =>
            c < '\u00A0' || (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FC') || (c >= '\u4E00' && c <= '\u9FFF')
            || (c >= '\u3001' && c <= '\u3002') || (c >= '\u3005' && c <= '\u3011') || (c >= '\u3014' && c <= '\u301B')
            || (c >= '\u2013' && c <= '\u2016') || (c >= '\u2018' && c <= '\u201F');

        /// <summary>
        /// NFKC of a text, keeping as written the characters NFKC refuses — noncharacters (U+FFFF) and lone surrogates
        /// (a truncated emoji), which text cut from broken pages and files holds — and normalising the rest around them.
        /// </summary>
        public static string Nfkc(string text)
        {
            // Most lines of a Japanese or English article are made only of such characters: they are their own NFKC,
            // and the normaliser's own check, a call into ICU per line, is skipped.
            if (IsNormalizationStable(text))
            {
                return text;
            }

            try
            {
                return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                return NfkcAroundRefused(text);
            }
        }

        private static string NfkcAroundRefused(string text)
        {
            var result = new StringBuilder(text.Length);
            var run = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var pieceLength = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var piece = text.Substring(i, pieceLength);
                if (IsRefusedByNfkc(piece))
                {
                    result.Append(run.ToString().Normalize(NormalizationForm.FormKC)).Append(piece);
                    run.Clear();
                }
                else
                {
                    run.Append(piece);
                }

                i += pieceLength - 1;
            }

            return result.Append(run.ToString().Normalize(NormalizationForm.FormKC)).ToString();
        }

        private static bool IsRefusedByNfkc(string piece)
        {
            try
            {
                piece.IsNormalized(NormalizationForm.FormKC);
                return false;
            }
            catch (System.ArgumentException)
            {
                return true;
            }
        }
    }
}
