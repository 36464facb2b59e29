using System.Collections.Generic;

namespace AiDocTools.Articles
{
    /// <summary>Plain text, like text copied out of a web page: one block per line, blank lines kept as breaks.</summary>
    public static class PlainTextParser
    {
        public static RawDocument Parse(string text)
        {
            var blocks = new List<DocumentBlock>();
            foreach (var line in SplitLines(text))
            {
                blocks.Add(new DocumentBlock(line.TrimEnd(), BlockKind.Line));
            }

            return new RawDocument(ArticleFormat.Text, blocks);
        }

        /// <summary>Splits on \r\n, \n and lone \r, so files with mixed line endings read the same.</summary>
        public static IEnumerable<string> SplitLines(string text)
        {
            // The breaks are found by IndexOfAny, which searches many characters at a time, rather than a test per character.
            var start = 0;
            int i;
            while ((i = text.IndexOfAny(LineBreaks, start)) >= 0)
            {
                yield return text.Substring(start, i - start);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }

            if (start < text.Length)
            {
                yield return text.Substring(start);
            }
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };
    }
}
