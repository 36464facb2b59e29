using System.Text;
using System.Text.RegularExpressions;

namespace AiDocTools.Text
{
    /// <summary>
    /// Reading the text of a regular expression: where its groups end and where its top-level alternatives part, and
    /// rewriting it for a screen that asks only whether it matches.
    /// </summary>
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

        /// <summary>
        /// The pattern as a screen asks it, when only whether it matches counts (<see cref="SafeRegex.ScreenOf"/>): each named group (?&lt;name&gt;…) or (?'name'…) made (?:…), and each lazy
        /// quantifier (*?, +?, ??, {n,m}?) made greedy. Null when it refers to a group, or holds an atomic group, inside
        /// which the order the engine tries the counts in decides whether it matches.
        /// </summary>
        internal static string? ForScreen(string pattern)
        {
            var text = new StringBuilder(pattern.Length);
            var inClass = false;
            var afterQuantifier = false;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\')
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == 'k')
                    {
                        return null;
                    }

                    text.Append(c);
                    if (i + 1 < pattern.Length)
                    {
                        text.Append(pattern[++i]);
                    }

                    afterQuantifier = false;
                    continue;
                }

                if (inClass)
                {
                    if (c == '[')
                    {
                        // Class subtraction ([a-z-[aeiou]]): not read here.
                        return null;
                    }

                    inClass = c != ']';
                    text.Append(c);
                    continue;
                }

                if (c == '[')
                {
                    // A ] right after [ or [^ is a member of the class, not its end.
                    inClass = true;
                    afterQuantifier = false;
                    text.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        text.Append(pattern[++i]);
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        text.Append(pattern[++i]);
                    }

                    continue;
                }

                afterQuantifier = afterQuantifier && c == '?';
                if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
                {
                    var kind = pattern[i + 2];
                    if (kind == '(' || kind == '>')
                    {
                        // A conditional may test whether a group matched; an atomic group keeps one way of matching only.
                        return null;
                    }

                    if ((kind == '<' || kind == '\'') && i + 3 < pattern.Length && pattern[i + 3] != '=' && pattern[i + 3] != '!')
                    {
                        var close = pattern.IndexOf(kind == '<' ? '>' : '\'', i + 3);
                        if (close < 0 || pattern.IndexOf('-', i + 3, close - i - 3) >= 0)
                        {
                            // A balancing group (?<a-b>…) counts the captures of another.
                            return null;
                        }

                        text.Append("(?:");
                        i = close;
                        continue;
                    }

                    // The ? of a group's opening is no quantifier.
                    text.Append(c).Append(pattern[++i]);
                    continue;
                }

                if (c == '?' && afterQuantifier)
                {
                    // The lazy mark: dropped, as which count is tried first does not decide whether the line matches.
                    afterQuantifier = false;
                    continue;
                }

                if (c == '{')
                {
                    var quantifier = Repetition.Match(pattern, i);
                    if (quantifier.Success)
                    {
                        text.Append(quantifier.Value);
                        i += quantifier.Length - 1;
                        afterQuantifier = true;
                        continue;
                    }
                }

                text.Append(c);
                afterQuantifier = c == '*' || c == '+' || c == '?';
            }

            return text.ToString();
        }

        // {n}, {n,} and {n,m}: any other brace is a literal one.
        private static readonly Regex Repetition = new Regex(@"\G\{[0-9]+(,[0-9]*)?\}", RegexOptions.CultureInvariant, SafeRegex.MatchTimeout);
    }
}
