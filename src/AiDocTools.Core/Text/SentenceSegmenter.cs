using System.Collections.Generic;

namespace AiDocTools.Text
{
    /// <summary>
    /// Splits Japanese and English mixed text into sentences: 。！？!? and line breaks end a sentence,
    /// but not inside brackets and quotation marks, so a quote that runs over several sentences stays whole.
    /// </summary>
    public static class SentenceSegmenter
    {
        private const string Openers = "「『（(“‘【〈《［";
        private const string Closers = "」』）)”’】〉》］";

        /// <summary>The sentences of <paramref name="text"/> as spans, trimmed of surrounding white space; never empty spans.</summary>
        public static IReadOnlyList<TextSpan> Split(string text)
        {
            var spans = new List<TextSpan>();
            var start = 0;
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (Openers.IndexOf(c) >= 0)
                {
                    depth++;
                }
                else if (Closers.IndexOf(c) >= 0)
                {
                    depth = depth > 0 ? depth - 1 : 0;
                }

                if (c == '\n' || c == '\r')
                {
                    // A paragraph break always ends a sentence, even inside an unclosed bracket.
                    Add(spans, text, start, i);
                    start = i + 1;
                    depth = 0;
                    continue;
                }

                if (depth == 0 && IsTerminator(text, i))
                {
                    var end = i + 1;
                    while (end < text.Length && (IsTerminatorChar(text[end]) || Closers.IndexOf(text[end]) >= 0))
                    {
                        end++;
                    }

                    Add(spans, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }

            Add(spans, text, start, text.Length);
            return spans;
        }

        private static bool IsTerminatorChar(char c) => c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '．';

        private static bool IsTerminator(string text, int i)
        {
            var c = text[i];
            if (IsTerminatorChar(c))
            {
                return true;
            }

            // An English full stop ends a sentence only before white space and a capital or the end;
            // that keeps 2.5, U.S. and Llama 3.3 whole.
            if (c == '.')
            {
                if (i + 1 >= text.Length)
                {
                    return true;
                }

                if (text[i + 1] != ' ')
                {
                    return false;
                }

                var next = i + 2 < text.Length ? text[i + 2] : ' ';
                return char.IsUpper(next) && !IsAbbreviation(text, i);
            }

            return false;
        }

        private static readonly string[] Abbreviations = { "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "Inc", "Ltd", "Co", "No" };

        private static bool IsAbbreviation(string text, int dot)
        {
            var wordStart = dot;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = text.Substring(wordStart, dot - wordStart);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return true; // an initial: J. Smith
            }

            foreach (var abbreviation in Abbreviations)
            {
                if (word == abbreviation)
                {
                    return true;
                }
            }

            return false;
        }

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
    }
}
