using System.Text;

namespace AiDocTools.Export
{
    /// <summary>Text preparation shared by the writers.</summary>
    internal static class ExportText
    {
        /// <summary>
        /// Replaces unpaired surrogates with U+FFFD. Every export is UTF-8, which cannot hold them; replacing them once, when the
        /// timeline is built, keeps every format's text identical (the JSON writer would otherwise throw on them).
        /// </summary>
        public static string WellFormed(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            StringBuilder? fixedText = null;
            for (var i = 0; i < text!.Length; i++)
            {
                var c = text[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (!paired)
                {
                    fixedText ??= new StringBuilder(text, 0, i, text.Length);
                    fixedText.Append('\uFFFD');
                    continue;
                }

                fixedText?.Append(c);
            }

            return fixedText?.ToString() ?? text;
        }

        /// <summary>
        /// One line of text: every run of white space (line breaks, tabs, U+2028…) becomes one space, ends trimmed, and NUL
        /// becomes U+FFFD as CommonMark does. For the line-based formats (Markdown, Mermaid), where a line break would end the item.
        /// </summary>
        public static string OneLine(string text)
        {
            var line = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    line.Append(' ');
                    pendingSpace = false;
                }

                line.Append(c == '\0' ? '\uFFFD' : c);
            }

            return line.ToString();
        }
    }
}
