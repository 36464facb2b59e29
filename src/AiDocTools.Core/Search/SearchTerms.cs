using System.Collections.Generic;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>
    /// The terms of a claim's folded text (<see cref="FoldedText"/> with <see cref="Folding.Search"/>) as the index and
    /// the queries see them. Japanese is written without spaces, so matching is on characters, never on space-separated words.
    /// </summary>
    internal static class SearchTerms
    {
        /// <summary>Letters and digits of scripts written with spaces (Latin, digits): they form words.</summary>
        public static bool IsWordChar(char c) => !Script.IsWrittenWithoutSpaces(c) && char.IsLetterOrDigit(c);

        /// <summary>
        /// The positional index terms of a folded text. Every character but white space is covered: a Latin word is
        /// one term, every other character is a term of its own, and each CJK character also gives the pair it starts
        /// with its CJK neighbour, stacked at the same position. A space leaves an empty position. Two terms are at
        /// neighbouring positions exactly when nothing stood between them, so a phrase of terms at given offsets is the
        /// same thing as a substring of the folded text that starts and ends on term boundaries (which a whole-word
        /// Latin match always does), and a claim is one document, so nothing matches across a sentence.
        /// </summary>
        public static List<PositionedToken> IndexTokens(string folded) => Tokens(folded, forQuery: false);

        /// <summary>
        /// The terms a folded query term is found by, at their offsets in the phrase: the same terms as
        /// <see cref="IndexTokens"/> gives, except that a run of CJK characters is looked up by its pairs alone
        /// (every other pair and the last one cover it, fewer and rarer terms than single characters).
        /// </summary>
        public static List<PositionedToken> QueryTokens(string folded) => Tokens(folded, forQuery: true);

        // One walk for both sides, so the index and the queries can never disagree on words, gaps and positions;
        // they differ only in how a run of CJK characters becomes terms.
        private static List<PositionedToken> Tokens(string folded, bool forQuery)
        {
            var tokens = new List<PositionedToken>(forQuery ? 8 : folded.Length + (folded.Length / 2));
            var position = -1;
            var gap = 0;
            var i = 0;
            while (i < folded.Length)
            {
                var c = folded[i];
                if (c == ' ')
                {
                    gap++;
                    i++;
                    continue;
                }

                position += 1 + gap;
                gap = 0;
                if (IsWordChar(c))
                {
                    var start = i;
                    i = WordEnd(folded, i);
                    tokens.Add(new PositionedToken(folded.Substring(start, i - start), position, stacked: false));
                }
                else if (Script.IsWrittenWithoutSpaces(c) && forQuery)
                {
                    position = AddQueryRun(folded, ref i, position, tokens);
                }
                else if (Script.IsWrittenWithoutSpaces(c))
                {
                    var length = UnitLength(folded, i);
                    tokens.Add(new PositionedToken(folded.Substring(i, length), position, stacked: false));
                    var next = i + length;
                    if (next < folded.Length && Script.IsWrittenWithoutSpaces(folded[next]))
                    {
                        tokens.Add(new PositionedToken(folded.Substring(i, length + UnitLength(folded, next)), position, stacked: true));
                    }

                    i = next;
                }
                else
                {
                    var length = UnitLength(folded, i);
                    tokens.Add(new PositionedToken(folded.Substring(i, length), position, stacked: false));
                    i += length;
                }
            }

            return tokens;
        }

        /// <summary>A query's run of CJK characters as pairs (a lone character as itself); returns the position of its last character.</summary>
        private static int AddQueryRun(string folded, ref int i, int position, List<PositionedToken> tokens)
        {
            var units = new List<int>();
            while (i < folded.Length && Script.IsWrittenWithoutSpaces(folded[i]))
            {
                units.Add(i);
                i += UnitLength(folded, i);
            }

            units.Add(i);
            var count = units.Count - 1;
            if (count == 1)
            {
                tokens.Add(new PositionedToken(folded.Substring(units[0], units[1] - units[0]), position, stacked: false));
            }
            else
            {
                for (var j = 0; j + 1 < count; j++)
                {
                    if (j % 2 == 0 || j == count - 2)
                    {
                        tokens.Add(new PositionedToken(folded.Substring(units[j], units[j + 2] - units[j]), position + j, stacked: false));
                    }
                }
            }

            return position + count - 1;
        }

        private static int WordEnd(string folded, int i)
        {
            while (i < folded.Length && IsWordChar(folded[i]))
            {
                i++;
            }

            return i;
        }

        // A surrogate pair (an emoji, a rare kanji) is one character: a term never holds half of one.
        private static int UnitLength(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
    }

    /// <summary>An index term and its position in the claim (or offset in a query phrase).</summary>
    internal readonly struct PositionedToken
    {
        public PositionedToken(string term, int position, bool stacked)
        {
            Term = term;
            Position = position;
            Stacked = stacked;
        }

        public string Term { get; }

        public int Position { get; }

        /// <summary>True for a CJK pair, which shares its position with its first character.</summary>
        public bool Stacked { get; }
    }
}
