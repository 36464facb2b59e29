using System;
using System.Collections.Generic;

namespace AiDocTools.Text
{
    /// <summary>
    /// Splits Japanese and English mixed text into sentences: 。！？!? and line breaks end a sentence, and so does
    /// an English full stop before the next sentence. Nothing ends inside brackets or quotation marks, so a quote
    /// that runs over several sentences stays whole; numbers (2.5), version names (Llama 3.3), abbreviations
    /// (Mr., U.S., Inc.) and URLs do not end sentences either.
    /// </summary>
    public static class SentenceSegmenter
    {
        private static readonly Lazy<HashSet<string>> Abbreviations = new Lazy<HashSet<string>>(
            () => new HashSet<string>(EmbeddedData.Load<AbbreviationList>("abbreviations.json").Abbreviations, StringComparer.Ordinal));

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>The sentences of <paramref name="text"/> as spans, trimmed of surrounding white space; never empty spans.</summary>
        public static IReadOnlyList<TextSpan> Split(string text)
        {
            // Sized from the text (a sentence of Japanese or English prose runs to some fifty characters), so a body of a
            // hundred sentences is not copied through six growing arrays, and a paragraph gets the four a list starts
            // with; the brackets' stack serves every line.
            var spans = new List<TextSpan>(Math.Max(4, text.Length / 48));
            var stack = new List<int>();
            var lineStart = 0;
            while (true)
            {
                // The line breaks by IndexOfAny, which runs vectorised, rather than a test of every character.
                var i = lineStart < text.Length ? text.IndexOfAny(LineBreaks, lineStart) : -1;
                if (i < 0)
                {
                    SplitLine(text, lineStart, text.Length, spans, stack);
                    return spans;
                }

                SplitLine(text, lineStart, i, spans, stack);
                lineStart = i + 1;
            }
        }

        /// <summary>
        /// The sentences of the line of <paramref name="text"/> that holds <paramref name="offset"/>, with their offsets in
        /// the whole text: the ones <see cref="Split"/> gives there, since no sentence crosses a line and each line is read
        /// alone. For a caller that needs the sentence around one place of a long text, not the whole text cut up.
        /// </summary>
        public static IReadOnlyList<TextSpan> SplitLineAt(string text, int offset)
        {
            var lineStart = offset > 0 ? text.LastIndexOfAny(LineBreaks, offset - 1) + 1 : 0;
            var lineEnd = offset < text.Length ? text.IndexOfAny(LineBreaks, offset) : -1;
            var spans = new List<TextSpan>();
            SplitLine(text, lineStart, lineEnd < 0 ? text.Length : lineEnd, spans, new List<int>());
            return spans;
        }

        /// <summary>
        /// One line. A bracket still open at the end of the line was never closed: rather than let it swallow
        /// the rest of the line as one sentence, the line is read again with those marks taken as plain characters.
        /// Two passes at most, so the work stays linear however unbalanced the text is.
        /// </summary>
        private static void SplitLine(string text, int start, int end, List<TextSpan> spans, List<int> stack)
        {
            // The line's sentences go straight onto the list, not through a list of their own per line: a second pass
            // takes back what the first added, and only a line with an over-long sentence is cut up after.
            var first = spans.Count;
            var unclosed = Scan(text, start, end, null, spans, stack);
            if (unclosed.Count > 0)
            {
                spans.RemoveRange(first, spans.Count - first);
                Scan(text, start, end, new HashSet<int>(unclosed), spans, stack);
            }

            for (var k = first; k < spans.Count; k++)
            {
                if (spans[k].Length > MaximumSentenceLength)
                {
                    var found = spans.GetRange(first, spans.Count - first);
                    spans.RemoveRange(first, spans.Count - first);
                    foreach (var span in found)
                    {
                        AddBounded(text, span, spans);
                    }

                    return;
                }
            }
        }

        /// <summary>No sentence is longer than this; a longer run of text is cut at a comma or space near the limit.</summary>
        public const int MaximumSentenceLength = 1000;

        // A "sentence" of tens of thousands of characters (a scraped page with no punctuation, a minified blob) is
        // no sentence: cutting it keeps every later step — attribution patterns, summaries, snippets — linear in the text.
        private static void AddBounded(string text, TextSpan span, List<TextSpan> spans)
        {
            var start = span.Start;
            var end = span.End;
            while (end - start > MaximumSentenceLength)
            {
                var limit = start + MaximumSentenceLength;
                var cut = limit;
                for (var k = limit - 1; k > start + (MaximumSentenceLength / 2); k--)
                {
                    if (text[k] == '、' || text[k] == ',' || text[k] == '，' || text[k] == ' ' || text[k] == '　')
                    {
                        cut = k + 1;
                        break;
                    }
                }

                if (char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                spans.Add(new TextSpan(start, cut - start));
                start = cut;
                while (start < end && (text[start] == ' ' || text[start] == '　'))
                {
                    start++;
                }
            }

            if (end > start)
            {
                spans.Add(new TextSpan(start, end - start));
            }
        }

        // The marks still open at the end of the range come back in stack, which is cleared first.
        private static List<int> Scan(string text, int start, int end, HashSet<int>? ignored, List<TextSpan> found, List<int> stack)
        {
            stack.Clear();
            var sentenceStart = start;
            var i = start;
            while (i < end)
            {
                var urlEnd = UrlEnd(text, i, end);
                if (urlEnd > i)
                {
                    i = urlEnd;
                    continue;
                }

                var closedQuote = false;
                if (ignored == null || !ignored.Contains(i))
                {
                    var depth = stack.Count;
                    closedQuote = QuotationMarks.Step(text, i, stack) && depth == 1 && stack.Count == 0;
                }

                if (stack.Count == 0 && (EndsSentence(text, i, end) || (closedQuote && QuoteEndsSentence(text, i, end))))
                {
                    var after = i + 1;
                    // 。: and ?! stay with the sentence they end; a lone colon is no sentence.
                    while (after < end && (IsTerminatorChar(text[after]) || (text[after] == '.' && text[after - 1] == '.') || text[after] == ':' || text[after] == '：'))
                    {
                        after++;
                    }

                    Add(found, text, sentenceStart, after);
                    sentenceStart = after;
                    i = after;
                    continue;
                }

                i++;
            }

            Add(found, text, sentenceStart, end);
            return stack;
        }

        // “We will open it.” The company… : a quotation that ends with its own full stop ends the sentence
        // when the next one starts; 「…。」と述べた runs on.
        private static bool QuoteEndsSentence(string text, int close, int end)
        {
            if (close == 0)
            {
                return false;
            }

            var last = text[close - 1];
            if (!IsTerminatorChar(last) && last != '.')
            {
                return false;
            }

            var next = close + 1;
            if (next >= end)
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[next]))
            {
                return false;
            }

            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next >= end || char.IsUpper(text[next]) || QuotationMarks.IsQuoteOpener(text[next]) || text[next] == '"';
        }

        private static bool IsTerminatorChar(char c) => c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '｡';

        private static bool EndsSentence(string text, int i, int end)
        {
            var c = text[i];
            switch (c)
            {
                case '。':
                case '！':
                case '？':
                case '｡':
                    return true;
                case '!':
                case '?':
                    return EndsEnglishSentence(text, i, end) || NextIsJapanese(text, i, end);
                case '.':
                case '．':
                    if (c == '．' && NextIsJapanese(text, i, end) && !(i > 0 && char.IsDigit(text[i - 1])))
                    {
                        return true;
                    }

                    return EndsEnglishSentence(text, i, end) && !IsAbbreviation(text, i);
                default:
                    return false;
            }
        }

        // "Safe? (By Irving…)" and "Yahoo!Japan" run on; "?" before a capital, a quote, Japanese or the line end stops.
        private static bool EndsEnglishSentence(string text, int i, int end)
        {
            var next = i + 1;
            if (next >= end)
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[next]))
            {
                return QuotationMarks.IsQuoteOpener(text[next]) && text[i] != '.';
            }

            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end)
            {
                return true;
            }

            var c = text[next];
            return char.IsUpper(c) || char.IsDigit(c) || QuotationMarks.IsQuoteOpener(c) || c == '"' || Script.IsJapanese(c);
        }

        private static bool NextIsJapanese(string text, int i, int end) => i + 1 < end && Script.IsJapanese(text[i + 1]);

        private static bool IsAbbreviation(string text, int dot)
        {
            var wordStart = dot;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 1 > 0 && char.IsLetter(text[wordStart - 2]))))
            {
                wordStart--;
            }

            var word = text.Substring(wordStart, dot - wordStart);
            if (word.Length == 0)
            {
                return false;
            }

            // An initial (J. Smith) or a dotted short form (U.S., A.I.).
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return true;
            }

            return Abbreviations.Value.Contains(word);
        }

        /// <summary>The end of a URL starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
        private static int UrlEnd(string text, int i, int end)
        {
            if (text[i] != 'h' && text[i] != 'w')
            {
                return i;
            }

            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                return i;
            }

            if (!StartsWith(text, i, end, "http://") && !StartsWith(text, i, end, "https://") && !StartsWith(text, i, end, "www."))
            {
                return i;
            }

            var j = i;
            while (j < end && !char.IsWhiteSpace(text[j]) && !Script.IsJapanese(text[j]) && !QuotationMarks.IsCloser(text[j]) && text[j] != '、' && text[j] != '。')
            {
                j++;
            }

            // A full stop or question mark right at the end belongs to the sentence, not the URL.
            while (j > i && (text[j - 1] == '.' || text[j - 1] == '?' || text[j - 1] == '!' || text[j - 1] == ','))
            {
                j--;
            }

            return j;
        }

        private static bool StartsWith(string text, int i, int end, string prefix) =>
            end - i >= prefix.Length && string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0;

        private static void Add(List<TextSpan> spans, string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                spans.Add(new TextSpan(start, end - start));
            }
        }

        private sealed class AbbreviationList
        {
            public List<string> Abbreviations { get; set; } = new List<string>();
        }
    }
}
