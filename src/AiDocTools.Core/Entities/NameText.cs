using AiDocTools.Text;

namespace AiDocTools.Entities
{
    /// <summary>
    /// A text prepared for name matching: <see cref="TextNormalizer"/>'s folding (NFKC, katakana separators), then the
    /// spelling variants names take in the wild folded too: runs of spaces, the many hyphens (GPT‐4, GPT–4), ヴァ/バ
    /// (サツケヴァー, サツケバー) and the = of katakana double names. <see cref="Cased"/> keeps upper case for the
    /// checks that need it, <see cref="Folded"/> is its lower-case twin, and every character maps back to
    /// <see cref="Source"/> so a match reports its offsets in the text as given.
    /// </summary>
    internal sealed class NameText
    {
        private NameText(string source, string cased, string folded, int[] offsets)
        {
            Source = source;
            Cased = cased;
            Folded = folded;
            Offsets = offsets;
        }

        public string Source { get; }

        public string Cased { get; }

        public string Folded { get; }

        /// <summary>For each character of <see cref="Cased"/>, the offset in <see cref="Source"/> it came from.</summary>
        public int[] Offsets { get; }

        public int Length => Cased.Length;

        public static NameText Of(string text)
        {
            var normalized = TextNormalizer.Normalize(text, foldCase: false, out var normalizedOffsets);
            var cased = new char[normalized.Length];
            var lower = new char[normalized.Length];
            var offsets = new int[normalized.Length];
            var length = 0;
            var hasSurrogates = false;
            for (var i = 0; i < normalized.Length; i++)
            {
                var ch = normalized[i];
                if (ch == ' ' || ch == '\t')
                {
                    if (length > 0 && cased[length - 1] == ' ')
                    {
                        continue;
                    }

                    ch = ' ';
                }
                else if (IsHyphen(ch))
                {
                    ch = '-';
                }
                else if (ch == '=' && i > 0 && i + 1 < normalized.Length && Script.IsKatakana(normalized[i - 1]) && Script.IsKatakana(normalized[i + 1]))
                {
                    continue;
                }
                else if (ch == 'ヴ')
                {
                    var next = i + 1 < normalized.Length ? normalized[i + 1] : '\0';
                    var merged = next switch
                    {
                        'ァ' => 'バ',
                        'ィ' => 'ビ',
                        'ェ' => 'ベ',
                        'ォ' => 'ボ',
                        _ => '\0',
                    };
                    cased[length] = merged == '\0' ? 'ブ' : merged;
                    lower[length] = cased[length];
                    offsets[length++] = normalizedOffsets[i];
                    if (merged != '\0')
                    {
                        i++;
                    }

                    continue;
                }

                cased[length] = ch;
                lower[length] = TextNormalizer.ToLowerInvariant(ch);
                hasSurrogates |= char.IsSurrogate(ch);
                offsets[length++] = normalizedOffsets[i];
            }

            if (length < offsets.Length)
            {
                System.Array.Resize(ref offsets, length);
            }

            // Lower-cased in the same walk, character by character; a supplementary character (an emoji, outside the
            // 16-bit range) has its case as a pair of surrogates, so a text with one is lower-cased again pair-aware.
            var casedText = new string(cased, 0, length);
            return new NameText(text, casedText, hasSurrogates ? TextNormalizer.ToLowerInvariant(casedText) : new string(lower, 0, length), offsets);
        }

        /// <summary>The match key of a name: its folded, lower-case form without edge spaces.</summary>
        public static string Key(string name) => Of(name).Folded.Trim();

        /// <summary>The start and length in <see cref="Source"/> of the folded range [start, end).</summary>
        public (int Start, int Length) ToSource(int start, int end)
        {
            var sourceStart = Offsets[start];
            var last = Offsets[end - 1];
            var lastLength = char.IsHighSurrogate(Source[last]) && last + 1 < Source.Length && char.IsLowSurrogate(Source[last + 1]) ? 2 : 1;
            var sourceEnd = last + lastLength;

            // A voicing mark joined onto the previous kana (ｸﾞ) made no character of its own; it belongs to the match.
            while (sourceEnd < Source.Length && IsVoicingMark(Source[sourceEnd]) && (end >= Offsets.Length || Offsets[end] > sourceEnd))
            {
                sourceEnd++;
            }

            return (sourceStart, sourceEnd - sourceStart);
        }

        /// <summary>The source character just before the folded position, or '\0' at the start.</summary>
        public char SourceCharBefore(int foldedIndex)
        {
            var source = foldedIndex < Offsets.Length ? Offsets[foldedIndex] : Source.Length;
            return source > 0 ? Source[source - 1] : '\0';
        }

        /// <summary>The source character just after the folded range ending at <paramref name="foldedEnd"/>, or '\0' at the end.</summary>
        public char SourceCharAfter(int foldedEnd)
        {
            var (start, length) = ToSource(foldedEnd - 1, foldedEnd);
            var after = start + length;
            return after < Source.Length ? Source[after] : '\0';
        }

        private static bool IsVoicingMark(char c) => c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A' || c == '\u309B' || c == '\u309C';

        private static bool IsHyphen(char c) => c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';
    }
}
