using System;
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

        /// <summary>
        /// An article's file as a file: URI, percent-encoded so no character of the path can end a Markdown link or open
        /// markup; null when there is no file (articles built in memory) or the path is relative.
        /// </summary>
        public static string? FileUri(string? path)
        {
            if (string.IsNullOrEmpty(path) || !System.IO.Path.IsPathRooted(path))
            {
                return null;
            }

            try
            {
                return new Uri(path).AbsoluteUri.Replace("(", "%28").Replace(")", "%29");
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        /// <summary>
        /// A link to a span of an article's file: the file URI with an RFC 5147 fragment (<c>#char=start,end</c>, the
        /// fragment defined for plain text), so the reference names the exact place even where a viewer cannot jump to it.
        /// The offsets count characters of the article's clean Body (Get-AiArticle's Body, where Claim.Start points), not
        /// of the raw file, which for a saved web page holds markup; the reports say so beside their sources.
        /// </summary>
        public static string? SpanUri(string? path, int start, int length)
        {
            var file = FileUri(path);
            return file == null ? null : file + "#char=" + start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," +
                (start + length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
