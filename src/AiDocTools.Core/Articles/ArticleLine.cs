using System;
using AiDocTools.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiDocTools.Articles
{
    /// <summary>What a line of an article turned out to be.</summary>
    internal enum LineRole
    {
        Content,

        /// <summary>Page chrome: removed from the body and kept verbatim in <see cref="Article.Boilerplate"/>.</summary>
        Boilerplate,

        /// <summary>Headline, dateline, byline or credit: kept in the body, never a heading.</summary>
        Metadata,
    }

    /// <summary>
    /// One unit the cleaner judges: a line of a text file, or one block of Markdown or HTML,
    /// with the normalised forms the rules compare.
    /// </summary>
    internal sealed class ArticleLine
    {
        public ArticleLine(int index, string text, BlockKind kind)
        {
            Index = index;
            Text = text;
            Kind = kind;
            (Norm, Bare) = LineShape.NormAndBare(text);
        }

        public int Index { get; }

        /// <summary>The line as written.</summary>
        public string Text { get; }

        public BlockKind Kind { get; }

        /// <summary>NFKC, trimmed, runs of spaces collapsed.</summary>
        public string Norm { get; }

        /// <summary><see cref="Norm"/> without emoji, symbols and edge punctuation, Latin lower-cased: what cue words are matched against.</summary>
        public string Bare { get; }

        public bool IsBlank => Norm.Length == 0;

        /// <summary>The length of <see cref="Norm"/> in text elements, measured once: every rule asks for it.</summary>
        public int TextElements => _textElements >= 0 ? _textElements : (_textElements = LineShape.TextElementCount(Norm));

        /// <summary><see cref="Norm"/> lower-cased (invariant), what the lower-cased cue lists are matched against.</summary>
        public string Lower => _lower ??= AiDocTools.Text.TextNormalizer.ToLowerInvariant(Norm);

        private int _textElements = -1;
        private string? _lower;

        public LineRole Role { get; set; }

        /// <summary>Which boilerplate rule application removed the line; lines of one region are reported as one block.</summary>
        public int Region { get; set; } = -1;

        public bool IsBoilerplate => Role == LineRole.Boilerplate;

        public bool IsContent => Role == LineRole.Content && !IsBlank;

        public override string ToString() => Text;
    }

    /// <summary>Shape tests on a line: is it prose, a list entry, a bare marker.</summary>
    internal static class LineShape
    {
        public static readonly System.TimeSpan RegexTimeout = AiDocTools.Text.SafeRegex.MatchTimeout;

        private static readonly Regex LatinSentence = new Regex(@"[a-z0-9)""'”’][.!?][""'”’)]?(\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, RegexTimeout);
        private static readonly Regex Url = new Regex(@"https?://", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, RegexTimeout);

        public static string Normalize(string text)
        {
            return CollapseSpaces(AiDocTools.Text.TextNormalizer.Nfkc(text)).Trim();
        }

        /// <summary>Each run of white space (what the regex \s matches: char.IsWhiteSpace) as one space; the text itself when it has no run to collapse.</summary>
        public static string CollapseSpaces(string text)
        {
            var i = 0;
            for (; i < text.Length; i++)
            {
                if (WhiteBits.Contains(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && WhiteBits.Contains(text[i + 1]))))
                {
                    break;
                }
            }

            if (i == text.Length)
            {
                return text;
            }

            var collapsed = new StringBuilder(text.Length);
            collapsed.Append(text, 0, i);
            var inSpace = false;
            for (; i < text.Length; i++)
            {
                if (WhiteBits.Contains(text[i]))
                {
                    if (!inSpace)
                    {
                        collapsed.Append(' ');
                        inSpace = true;
                    }
                }
                else
                {
                    collapsed.Append(text[i]);
                    inSpace = false;
                }
            }

            return collapsed.ToString();
        }

        /// <summary>
        /// <see cref="Normalize"/> and <see cref="Bare(string)"/> of a line, as every line of a page is read. A line made
        /// only of characters that are their own NFKC, are not white space and are kept as they are in the bare form
        /// (kana, kanji, the punctuation of Japanese prose, lower-case ASCII: most Japanese lines) is its own normal form,
        /// and its bare form is it without its edge punctuation: one pass over it tells, where the normaliser, the white
        /// space collapse and the bare form's scan would each read it whole.
        /// </summary>
        internal static (string Norm, string Bare) NormAndBare(string text)
        {
            var i = 0;
            while (i < text.Length && PlainBits.Contains(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return (text, text.Trim(EdgePunctuation));
            }

            var norm = Normalize(text);
            return (norm, Bare(norm, collapsed: true));
        }

        /// <summary>Drops emoji, pictographs, keycaps and variation selectors, then edge punctuation; lower-cases Latin.</summary>
        public static string Bare(string norm) => Bare(norm, collapsed: false);

        /// <summary>
        /// <see cref="Bare(string)"/> of a text whose white space is <paramref name="collapsed"/> already (what
        /// <see cref="Normalize"/> gives, so every line's Norm): then it is not read once more for runs to collapse.
        /// </summary>
        internal static string Bare(string norm, bool collapsed)
        {
            // Most lines hold no emoji, symbol or capital: up to the first character that goes or changes, the line is
            // copied as it is, and a line with none is not copied at all.
            var unchanged = 0;
            while (unchanged < norm.Length && KeptBits.Contains(norm[unchanged]))
            {
                unchanged++;
            }

            // Collapsed, the text holds no white space but single spaces, and a space is edge punctuation: trimming the
            // edge punctuation trims the white space too.
            if (unchanged == norm.Length)
            {
                return (collapsed ? norm : CollapseSpaces(norm)).Trim(EdgePunctuation);
            }

            // The kept characters go into one buffer whose runs of white space are collapsed as they are written, and the
            // edges are trimmed on the buffer: one string is made, not one per step.
            var text = new char[norm.Length];
            norm.CopyTo(0, text, 0, unchanged);
            var written = collapsed ? unchanged : CollapseSpacesInPlace(text, unchanged);
            var inSpace = written > 0 && text[written - 1] == ' ';
            for (var i = unchanged; i < norm.Length; i++)
            {
                var c = norm[i];

                // A character KeptAsIs says is copied unchanged (kana, kanji, punctuation, lower case) skips the tests.
                if (!KeptBits.Contains(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < norm.Length)
                    {
                        // Characters outside the BMP in articles are emoji and pictographs (🎉, 🧵).
                        i++;
                        continue;
                    }

                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (category == UnicodeCategory.OtherSymbol || category == UnicodeCategory.NonSpacingMark
                        || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.Format
                        || category == UnicodeCategory.Surrogate)
                    {
                        continue;
                    }

                    // Only upper- and title-case letters and letter numbers (Ⅻ) have a lower case: the rest (kana,
                    // kanji, digits, punctuation) is copied without asking the case tables.
                    c = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c)
                        : category == UnicodeCategory.UppercaseLetter || category == UnicodeCategory.TitlecaseLetter || category == UnicodeCategory.LetterNumber ? char.ToLowerInvariant(c)
                        : c;
                }

                if (WhiteBits.Contains(c))
                {
                    if (!inSpace)
                    {
                        text[written++] = ' ';
                        inSpace = true;
                    }
                }
                else
                {
                    text[written++] = c;
                    inSpace = false;
                }
            }

            var start = 0;
            while (start < written && Array.IndexOf(EdgePunctuation, text[start]) >= 0)
            {
                start++;
            }

            while (written > start && Array.IndexOf(EdgePunctuation, text[written - 1]) >= 0)
            {
                written--;
            }

            return new string(text, start, written - start);
        }

        // CollapseSpaces on the first length characters of a buffer, in place; the collapsed length.
        private static int CollapseSpacesInPlace(char[] text, int length)
        {
            var written = 0;
            var inSpace = false;
            for (var i = 0; i < length; i++)
            {
                if (WhiteBits.Contains(text[i]))
                {
                    if (!inSpace)
                    {
                        text[written++] = ' ';
                        inSpace = true;
                    }
                }
                else
                {
                    text[written++] = text[i];
                    inSpace = false;
                }
            }

            return written;
        }

        // What the loop in Bare copies unchanged: not a surrogate, not a dropped category, no lower case to take.
        private static bool KeptAsIs(char c)
        {
            if (c < 0x80)
            {
                return !(c >= 'A' && c <= 'Z');
            }

            if (IsCommonJapanese(c))
            {
                return true;
            }

            if (char.IsSurrogate(c))
            {
                return false;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return !(category == UnicodeCategory.OtherSymbol || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.Format
                || category == UnicodeCategory.Surrogate
                || category == UnicodeCategory.UppercaseLetter || category == UnicodeCategory.TitlecaseLetter || category == UnicodeCategory.LetterNumber);
        }

        // Hiragana (without the combining voicing marks U+3099–309A), katakana and the unified kanji are letters without
        // case: kept as they are, answered without the category table that a Japanese line would otherwise ask per character.
        private static bool IsCommonJapanese(char c) =>
            (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || (c >= '\u4E00' && c <= '\u9FFF');

        private static readonly char[] EdgePunctuation = ":;,、。.!?・-–—|/*•●○■□◆◇▶▼►>»›<«‹\"'“”‘’[]()【】「」『』 ".ToCharArray();

        public static int Length(ArticleLine line) => line.TextElements;

        /// <summary>
        /// What StringInfo.LengthInTextElements counts; text made only of characters that never join their
        /// neighbours (ASCII, Latin, kana and kanji, common punctuation) is counted without the grapheme segmenter.
        /// </summary>
        public static int TextElementCount(string text)
        {
            foreach (var c in text)
            {
                if (!AloneBits.Contains(c))
                {
                    return new StringInfo(text).LengthInTextElements;
                }
            }

            return text.Length;
        }

        // Every line is counted, its spaces collapsed and it is stripped to its bare form, one test per character each: the tests below
        // are read from bit tables built from them once, one load per character instead of a chain of range tests or a
        // category lookup (most characters of a Japanese line, its punctuation and long vowel marks, are outside the
        // ranges the tests answer first).
        private static readonly CharBits AloneBits = BitsOf(StandsAlone);
        private static readonly CharBits WhiteBits = BitsOf(char.IsWhiteSpace);
        private static readonly CharBits KeptBits = BitsOf(KeptAsIs);
        private static readonly CharBits PlainBits = BitsOf(c => AiDocTools.Text.TextNormalizer.IsNormalizationStable(c) && !char.IsWhiteSpace(c) && KeptAsIs(c));

        private static CharBits BitsOf(Func<char, bool> test)
        {
            var bits = new CharBits();
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (test((char)c))
                {
                    bits.Add((char)c);
                }
            }

            return bits;
        }

        // No combining marks, joiners, variation selectors, surrogates, Hangul jamo or controls in these ranges:
        // U+302A–302F (ideographic tone marks), U+3099–309A (kana voicing marks) and U+FF9E–FF9F are left out.
        private static bool StandsAlone(char c) =>
            (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0x2FF)
            || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)
            || (c >= 0x3000 && c <= 0x3029) || (c >= 0x3030 && c <= 0x3098) || (c >= 0x309B && c <= 0x30FF)
            || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF9D);

        /// <summary>A sentence of running text: Japanese with 。, English with a sentence stop, or simply long.</summary>
        public static bool IsProse(ArticleLine line)
        {
            var length = Length(line);
            return line.Norm.IndexOf('。') >= 0
                || (length >= 40 && LatinSentence.IsMatch(line.Norm))
                || length >= 100;
        }

        /// <summary>Text a paragraph can start with after a heading: a sentence, or a long enough line.</summary>
        public static bool IsBodyText(ArticleLine line)
        {
            var length = Length(line);
            return IsProse(line) || length >= 40 || (length >= 15 && EndsLikeSentence(line.Norm));
        }

        public static bool EndsLikeSentence(string norm) =>
            norm.Length > 0 && "。.!?:」』)".IndexOf(norm[norm.Length - 1]) >= 0;

        /// <summary>An entry of a link list: a title, a label, a parenthesised translation; not a sentence.</summary>
        public static bool IsListLike(ArticleLine line)
        {
            if (line.IsBlank)
            {
                return false;
            }

            var length = Length(line);
            if (line.Norm.StartsWith("(", System.StringComparison.Ordinal) && line.Norm.EndsWith(")", System.StringComparison.Ordinal))
            {
                return length <= 250;
            }

            return length <= 100 && line.Norm.IndexOf('。') < 0 && !(length >= 40 && LatinSentence.IsMatch(line.Norm));
        }

        /// <summary>A lone marker such as ❶, 1. or ※: content, but neither title nor heading.</summary>
        public static bool IsMarker(ArticleLine line) => !line.IsBlank && line.Bare.Length <= 1;

        // Every match of the pattern holds "://", which no case folding changes: a line without it (nearly every line a
        // heading or a headline is looked for in) is answered by one vectorised search instead of a call into the pattern.
        public static bool HasUrl(ArticleLine line) => line.Norm.IndexOf("://", StringComparison.Ordinal) >= 0 && Url.IsMatch(line.Norm);

        public static bool IsParenthesised(ArticleLine line) =>
            line.Norm.Length > 2 && line.Norm[0] == '(' && line.Norm[line.Norm.Length - 1] == ')';
    }
}
