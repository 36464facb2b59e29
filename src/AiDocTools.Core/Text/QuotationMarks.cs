using System.Collections.Generic;

namespace AiDocTools.Text
{
    /// <summary>One bracketed stretch of a text: the opening mark, the closing mark (or none), and the words between.</summary>
    public readonly struct BracketSpan
    {
        public BracketSpan(int open, int close)
        {
            Open = open;
            Close = close;
        }

        /// <summary>Offset of the opening mark.</summary>
        public int Open { get; }

        /// <summary>Offset of the closing mark, or -1 when the bracket is never closed before the end of the text.</summary>
        public int Close { get; }

        public bool IsClosed => Close >= 0;

        /// <summary>The words between the marks; up to the end of <paramref name="textLength"/> when unclosed.</summary>
        public TextSpan Inner(int textLength) => new TextSpan(Open + 1, (IsClosed ? Close : textLength) - Open - 1);

        /// <summary>Offset just past the closing mark (the end of the text when unclosed).</summary>
        public int After(int textLength) => IsClosed ? Close + 1 : textLength;
    }

    /// <summary>
    /// The brackets and quotation marks of Japanese and English text, and how they pair up.
    /// Quotation marks pair loosely because real articles mix them: a 「 closed by ”, or ” … “ written back to front.
    /// </summary>
    public static class QuotationMarks
    {
        private const string OtherOpeners = "（(【〈《［[";
        private const string OtherClosers = "）)】〉》］]";

        // The marks IsQuoteMark accepts, for the search that lets text without any skip the walk.
        private static readonly char[] QuoteMarks = { '「', '『', '“', '」', '』', '”', '"' };

        private static readonly BracketSpan[] NoQuotes = new BracketSpan[0];

        /// <summary>Stack entry for a straight double quote, which opens and closes alike.</summary>
        private const char StraightQuote = '"';

        /// <summary>Deeper nesting than this is not tracked; the marks beyond it count as plain characters.</summary>
        public const int MaximumDepth = 32;

        // The sentence readers ask these of nearly every character: three comparisons, not a search of the list.
        public static bool IsQuoteOpener(char c) => c == '「' || c == '『' || c == '“';

        public static bool IsQuoteCloser(char c) => c == '」' || c == '』' || c == '”';

        public static bool IsQuoteMark(char c) => IsQuoteOpener(c) || IsQuoteCloser(c) || c == StraightQuote;

        // IsBracketMark first: a switch that turns away the text between the marks before the lists are searched.
        public static bool IsCloser(char c) => IsBracketMark(c) && (IsQuoteCloser(c) || OtherClosers.IndexOf(c) >= 0 || c == StraightQuote);

        /// <summary>
        /// Feeds one character to a bracket stack (entries are the offsets of open marks).
        /// Returns true when the character was a bracket mark that changed the stack.
        /// </summary>
        public static bool Step(string text, int i, List<int> stack)
        {
            var c = text[i];
            if (!IsBracketMark(c))
            {
                return false;
            }

            var top = stack.Count > 0 ? text[stack[stack.Count - 1]] : '\0';
            var topIsQuote = top != '\0' && (IsQuoteOpener(top) || IsQuoteCloser(top) || top == StraightQuote);

            if (c == StraightQuote)
            {
                if (top == StraightQuote)
                {
                    stack.RemoveAt(stack.Count - 1);
                    return true;
                }

                return Push(stack, i);
            }

            if (IsQuoteCloser(c))
            {
                if (topIsQuote)
                {
                    stack.RemoveAt(stack.Count - 1);
                    return true;
                }

                // A ” with nothing open starts a quote written with its marks reversed (” … “).
                return c == '”' && Push(stack, i);
            }

            if (IsQuoteOpener(c))
            {
                // “ closes a quote that a reversed ” opened.
                if (c == '“' && top == '”')
                {
                    stack.RemoveAt(stack.Count - 1);
                    return true;
                }

                return Push(stack, i);
            }

            if (OtherOpeners.IndexOf(c) >= 0)
            {
                return Push(stack, i);
            }

            var family = Family(c);
            if (OtherClosers.IndexOf(c) >= 0)
            {
                // Pop down to the matching opener, so a bracket left open inside it does not leak outwards.
                for (var k = stack.Count - 1; k >= 0; k--)
                {
                    if (OtherOpeners.IndexOf(text[stack[k]]) >= 0 && Family(text[stack[k]]) == family)
                    {
                        stack.RemoveRange(k, stack.Count - k);
                        return true;
                    }
                }
            }

            return false;
        }

        // Every mark Step reacts to; the rest of the text (nearly all of it) passes without a search.
        private static bool IsBracketMark(char c)
        {
            switch (c)
            {
                case '「': case '『': case '“': case '」': case '』': case '”': case '"':
                case '（': case '(': case '【': case '〈': case '《': case '［': case '[':
                case '）': case ')': case '】': case '〉': case '》': case '］': case ']':
                    return true;
                default:
                    return false;
            }
        }

        // Full and half width are the same bracket: （ may be closed by ) and [ by ］.
        private static int Family(char c)
        {
            switch (c)
            {
                case '（': case '(': case '）': case ')': return 0;
                case '【': case '】': return 1;
                case '〈': case '〉': return 2;
                case '《': case '》': return 3;
                default: return 4;
            }
        }

        private static bool Push(List<int> stack, int i)
        {
            if (stack.Count >= MaximumDepth)
            {
                return false;
            }

            stack.Add(i);
            return true;
        }

        /// <summary>
        /// The outermost quotations (「」『』“”"") of <paramref name="text"/>, in order. Parentheses are skipped over,
        /// not reported; a quotation still open at the end of the text is reported unclosed.
        /// </summary>
        public static IReadOnlyList<BracketSpan> FindQuotes(string text)
        {
            // Every quotation opens with one of the quote marks: a text with none of them (most sentences, nearly every
            // speaker phrase) has none, found by one vectorised search instead of feeding each character to the stack.
            if (text.IndexOfAny(QuoteMarks) < 0)
            {
                return NoQuotes;
            }

            var found = new List<BracketSpan>();
            var stack = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                var depthBefore = stack.Count;
                var outerBefore = depthBefore > 0 ? stack[0] : -1;
                if (!Step(text, i, stack))
                {
                    continue;
                }

                if (depthBefore > 0 && stack.Count == 0 && IsQuoteMark(text[outerBefore]))
                {
                    found.Add(new BracketSpan(outerBefore, i));
                }
            }

            if (stack.Count > 0 && IsQuoteMark(text[stack[0]]))
            {
                found.Add(new BracketSpan(stack[0], -1));
            }

            return found;
        }
    }
}
