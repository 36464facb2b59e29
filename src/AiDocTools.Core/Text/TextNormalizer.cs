using System.Globalization;
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
        /// <see cref="ToLowerInvariant(string)"/> over the first <paramref name="length"/> characters of a buffer, in place:
        /// the folding lowers a whole body in the buffer it folded it in, where a copy as a string and a copy of that to
        /// change cost two more body-sized allocations whenever the body held a pair (an emoji).
        /// </summary>
        internal static void ToLowerInvariant(char[] chars, int length)
        {
            for (var i = 0; i < length; i++)
            {
                var c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(chars[i + 1]))
                {
                    var pair = new string(chars, i, 2).ToLowerInvariant();
                    chars[i] = pair[0];
                    chars[i + 1] = pair[1];
                    i++;
                    continue;
                }

                chars[i] = ToLowerInvariant(c);
            }
        }

        /// <summary>
        /// <see cref="char.ToLowerInvariant(char)"/>, answered without the case tables for ASCII and for the CJK range
        /// U+3000–9FFF (punctuation, kana, kanji), which has no case: a table lookup per character of a Japanese body
        /// cost more than the rest of the folding.
        /// </summary>
        internal static char ToLowerInvariant(char c) =>
            c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c)
            : c >= '\u3000' && c <= '\u9FFF' ? c
            : LowerOf(c);

        // The case tables' answer for every other character, asked once per character value and kept: the punctuation,
        // Latin-1 letters and symbols of an article (— ‥ “ é) otherwise cost a call into ICU each time the folding met
        // them. A pure function of the character, so the table fills the same whatever text asks first; '\0' is "not
        // asked yet" (only '\0' lowers to '\0', and it is answered above). 128 KB, filled as characters are met.
        private static readonly char[] LowerTable = new char[char.MaxValue + 1];

        private static char LowerOf(char c)
        {
            var lower = LowerTable[c];
            if (lower == '\0')
            {
                lower = char.ToLowerInvariant(c);
                LowerTable[c] = lower;
            }

            return lower;
        }

        // Beyond the ranges IsNormalizationStable names, a character is inert when it is its own NFKC (NFKC_QuickCheck is
        // not No), it is a starter that composes with nothing before it (not a combining mark, Mn/Mc/Me, nor a Hangul jamo,
        // which are the characters NFKC_QuickCheck calls Maybe), and it is assigned in .NET's tables (a character ICU's
        // newer tables know and .NET's do not is left to ICU). A text of such characters passes the standard quick check,
        // so it is its own NFKC and the ICU check per line (é, →, ※ in a Japanese line) is skipped.
        //
        // A character is simple when it is not inert but its NFKC alone is made only of inert characters (（ → (, ａ → a,
        // … → ..., ㍻ → 平成): its NFKC then starts with a starter no character before it composes with, and no character
        // after it, inert or simple, reorders or composes with its last; so a text of inert and simple characters is
        // normalised character by character, each from the per-character table, without a call into ICU.
        // The classes are asked of ICU once per character value and kept.
        private const byte Unknown = 0;
        private const byte Inert = 1;
        private const byte Simple = 2;
        private const byte Complex = 3;

        private static readonly byte[] ClassTable = new byte[char.MaxValue + 1];

        private static byte ClassOf(char c)
        {
            var known = ClassTable[c];
            if (known == Unknown)
            {
                known = IsInertUncached(c) ? Inert : IsSimpleUncached(c) ? Simple : Complex;
                ClassTable[c] = known;
            }

            return known;
        }

        private static bool IsInertUncached(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.OtherNotAssigned:
                    return false;
            }

            if (c >= '\u1100' && c <= '\u11FF')
            {
                return false;
            }

            var alone = NfkcOf(c);

            // After a mark of the highest combining class a character of class 0 stays put: one of a lower class would
            // be reordered, which the category test above should already have ruled out; this makes sure of it.
            return alone.Length == 1 && alone[0] == c && NfkcByIcu("\u0345" + c) == "\u0345" + c;
        }

        private static bool IsSimpleUncached(char c)
        {
            if (char.IsSurrogate(c))
            {
                return false;
            }

            var alone = NfkcOf(c);
            if (alone.Length == 0)
            {
                return false;
            }

            foreach (var part in alone)
            {
                if (part == c || !(IsNormalizationStable(part) || ClassOf(part) == Inert))
                {
                    return false;
                }
            }

            return true;
        }

        // NFKC of each single character, asked of ICU once per character value and kept: the folding normalises a text
        // one character at a time wherever a character is not plainly its own NFKC (（ ！ ａ ｶ …), and each such character
        // was a cut-out string and two calls into ICU. A pure function of the character; null is "not asked yet".
        private static readonly string?[] NfkcTable = new string?[char.MaxValue + 1];

        /// <summary><see cref="Nfkc(string)"/> of the one character <paramref name="c"/> (a lone surrogate stays as it is).</summary>
        internal static string NfkcOf(char c)
        {
            var normalized = NfkcTable[c];
            if (normalized == null)
            {
                normalized = NfkcByIcu(c.ToString());
                NfkcTable[c] = normalized;
            }

            return normalized;
        }

        // ASCII, hiragana, full-width katakana, the unified kanji and the punctuation of Japanese prose (、。「」『』【】・,
        // dashes and curly quotes) have no compatibility form, and a lone character of them composes with nothing (voicing
        // marks travel with the kana before them).
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
            // Most lines of a Japanese or English article are made only of inert characters: they are their own NFKC,
            // and the normaliser's own check, a call into ICU per line, is skipped.
            var i = 0;
            while (i < text.Length && (IsNormalizationStable(text[i]) || ClassOf(text[i]) == Inert))
            {
                i++;
            }

            if (i == text.Length)
            {
                return text;
            }

            // Most of the rest hold simple characters besides (（ ） ： ａ …): normalised one by one from the table.
            var normalized = new StringBuilder(text.Length + 8).Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (IsNormalizationStable(c))
                {
                    normalized.Append(c);
                    continue;
                }

                switch (ClassOf(c))
                {
                    case Inert:
                        normalized.Append(c);
                        break;
                    case Simple:
                        normalized.Append(NfkcOf(c));
                        break;
                    default:
                        return NfkcByIcu(text);
                }
            }

            return normalized.ToString();
        }

        // NFKC as ICU gives it, around what it refuses: what Nfkc answers once the fast check has not.
        private static string NfkcByIcu(string text)
        {
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
