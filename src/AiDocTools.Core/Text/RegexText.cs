namespace AiDocTools.Text
{
    /// <summary>Reading the text of a regular expression: where its groups end and where its top-level alternatives part.</summary>
    internal static class RegexText
    {
        /// <summary>
        /// Reads <paramref name="pattern"/> from <paramref name="start"/>, past escapes and character classes, counting
        /// groups: to the position after the group that opens at start (-1 when it never closes), or else to the first |
        /// outside every group (the end of the pattern when there is none).
        /// </summary>
        public static int Walk(string pattern, int start, bool toGroupEnd)
        {
            var depth = 0;
            var inClass = false;
            for (var i = start; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (inClass)
                {
                    inClass = c != ']';
                }
                else if (c == '[')
                {
                    inClass = true;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    if (--depth == 0 && toGroupEnd)
                    {
                        return i + 1;
                    }
                }
                else if (c == '|' && depth == 0 && !toGroupEnd)
                {
                    return i;
                }
            }

            return toGroupEnd ? -1 : pattern.Length;
        }

        /// <summary>
        /// Whether every match of <paramref name="pattern"/> starts at the start of the text: it opens with ^ and has no
        /// alternative beside it (in ^a|b the b may match anywhere). ^a|^b counts as not, which only costs speed.
        /// </summary>
        public static bool IsAnchoredAtStart(string pattern) =>
            pattern.StartsWith("^", System.StringComparison.Ordinal) && Walk(pattern, 0, toGroupEnd: false) == pattern.Length;
    }
}
