using System.Collections.Generic;
using System.Text;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>
    /// A claim's text in the form queries are matched against: <see cref="TextNormalizer"/>'s folding with every run
    /// of white space made one space, and the way back from each folded character to the original text.
    /// Japanese is written without spaces, so matching is on characters, never on space-separated words.
    /// </summary>
    internal sealed class FoldedText
    {
        private readonly int[] _sourceOffsets;

        private FoldedText(string source, string folded, int[] sourceOffsets)
        {
            Source = source;
            Folded = folded;
            _sourceOffsets = sourceOffsets;
        }

        public string Source { get; }

        public string Folded { get; }

        public static FoldedText Of(string text)
        {
            var normalized = TextNormalizer.Normalize(text, out var offsets);
            var folded = new StringBuilder(normalized.Length);
            var kept = new List<int>(normalized.Length);
            for (var i = 0; i < normalized.Length; i++)
            {
                var c = normalized[i];
                if (char.IsWhiteSpace(c))
                {
                    if (folded.Length == 0 || folded[folded.Length - 1] == ' ')
                    {
                        continue;
                    }

                    c = ' ';
                }

                folded.Append(c);
                kept.Add(offsets[i]);
            }

            if (folded.Length > 0 && folded[folded.Length - 1] == ' ')
            {
                folded.Length--;
                kept.RemoveAt(kept.Count - 1);
            }

            return new FoldedText(text, folded.ToString(), kept.ToArray());
        }

        public static string Fold(string text) => Of(text).Folded;

        /// <summary>The stretch of <see cref="Source"/> that folded characters [start, start+length) came from.</summary>
        public TextSpan ToSource(int start, int length)
        {
            var from = _sourceOffsets[start];
            var to = start + length < _sourceOffsets.Length ? _sourceOffsets[start + length] : Source.Length;
            // A separator folded away (オープン・ソース) or trailing space belongs to neither side of a match.
            while (to > from + 1 && IsDroppedSeparator(Source[to - 1]))
            {
                to--;
            }

            return new TextSpan(from, to > from ? to - from : System.Math.Min(1, Source.Length - from));
        }

        private static bool IsDroppedSeparator(char c) => char.IsWhiteSpace(c) || c == '・' || c == '･';

        /// <summary>Kana, kanji and hangul: scripts written without spaces, matched by characters.</summary>
        public static bool IsCjk(char c) =>
            (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uAC00' && c <= '\uD7AF') || char.IsSurrogate(c)
            || c == '々' || c == '〆' || c == '〇' || c == 'ー';

        /// <summary>Letters and digits of scripts written with spaces (Latin, digits): they form words.</summary>
        public static bool IsWordChar(char c) => !IsCjk(c) && char.IsLetterOrDigit(c);

        /// <summary>
        /// The index terms of a folded text: each word, each CJK character and each pair of neighbouring CJK characters.
        /// Any text a query matches contains every one of the query's <see cref="QueryTokens"/> among these.
        /// </summary>
        public static IEnumerable<string> IndexTokens(string folded)
        {
            var i = 0;
            while (i < folded.Length)
            {
                var c = folded[i];
                if (IsWordChar(c))
                {
                    var start = i;
                    while (i < folded.Length && IsWordChar(folded[i]))
                    {
                        i++;
                    }

                    yield return folded.Substring(start, i - start);
                }
                else if (IsCjk(c))
                {
                    yield return c.ToString();
                    if (i + 1 < folded.Length && IsCjk(folded[i + 1]))
                    {
                        yield return folded.Substring(i, 2);
                    }

                    i++;
                }
                else
                {
                    i++;
                }
            }
        }

        /// <summary>The index terms a folded query term needs: its words, and its CJK bigrams (a lone CJK character as itself).</summary>
        public static IEnumerable<string> QueryTokens(string folded)
        {
            var i = 0;
            while (i < folded.Length)
            {
                var c = folded[i];
                if (IsWordChar(c))
                {
                    var start = i;
                    while (i < folded.Length && IsWordChar(folded[i]))
                    {
                        i++;
                    }

                    yield return folded.Substring(start, i - start);
                }
                else if (IsCjk(c))
                {
                    var start = i;
                    while (i < folded.Length && IsCjk(folded[i]))
                    {
                        i++;
                    }

                    if (i - start == 1)
                    {
                        yield return c.ToString();
                    }

                    for (var j = start; j + 1 < i; j++)
                    {
                        yield return folded.Substring(j, 2);
                    }
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
