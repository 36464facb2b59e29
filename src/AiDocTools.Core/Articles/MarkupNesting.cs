using System;
using System.Collections.Generic;

namespace AiDocTools.Articles
{
    /// <summary>A single linear pass over the tags of a page, to refuse nesting no parser should be asked to walk.</summary>
    internal static class MarkupNesting
    {
        // Elements that never hold children, or that pages routinely leave unclosed (the parser closes them
        // implicitly), do not deepen the tree and must not count, or a long table or list would look hostile.
        private static readonly HashSet<string> Flat = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot", "colgroup", "!doctype",
        };

        public static bool Exceeds(string html, int limit)
        {
            var depth = 0;
            var i = html.IndexOf('<');
            while (i >= 0 && i < html.Length - 1)
            {
                var closing = html[i + 1] == '/';
                var nameStart = closing ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] == '!' || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                var tagEnd = html.IndexOf('>', nameEnd);
                if (tagEnd < 0)
                {
                    break;
                }

                if (nameEnd > nameStart && !html.StartsWith("<!--", StringComparison.Ordinal))
                {
                    var name = html.Substring(nameStart, nameEnd - nameStart);
                    var selfClosing = html[tagEnd - 1] == '/';
                    if (!Flat.Contains(name) && !selfClosing)
                    {
                        depth += closing ? -1 : 1;
                        if (depth > limit)
                        {
                            return true;
                        }
                    }
                }

                i = html.IndexOf('<', tagEnd + 1);
            }

            return false;
        }
    }
}
