using System.Text.RegularExpressions;

namespace AiDocTools.Text
{
    /// <summary>
    /// Regex matching on article text with a time limit: a pathological sentence gives "no match" rather than
    /// an exception, so one odd article never stops a pipeline (every pattern here is built with a match timeout).
    /// </summary>
    internal static class SafeRegex
    {
        /// <summary>
        /// The one time limit for a pattern matched on article text. Long enough that a busy machine (a compiled
        /// pattern's first match is compiled inside it) never changes an answer, short enough that a pathological
        /// line costs a second rather than a hang.
        /// </summary>
        public static readonly System.TimeSpan MatchTimeout = System.TimeSpan.FromSeconds(1);

        public static Match Match(Regex regex, string input)
        {
            try
            {
                return regex.Match(input);
            }
            catch (RegexMatchTimeoutException)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
        }

        /// <summary>A match starting the search at <paramref name="start"/> (where a \G pattern is anchored).</summary>
        public static Match Match(Regex regex, string input, int start)
        {
            try
            {
                return regex.Match(input, start);
            }
            catch (RegexMatchTimeoutException)
            {
                return System.Text.RegularExpressions.Match.Empty;
            }
        }

        public static bool IsMatch(Regex regex, string input)
        {
            try
            {
                return regex.IsMatch(input);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>
        /// One regex that matches where any of <paramref name="patterns"/> does, so a text most patterns miss costs
        /// one call, not one per pattern; null when they cannot be joined (none, or one numbers its groups).
        /// </summary>
        public static Regex? AnyOf(System.Collections.Generic.IReadOnlyList<string> patterns, RegexOptions options)
        {
            if (patterns.Count == 0 || System.Linq.Enumerable.Any(patterns, p => NumberedReference.IsMatch(p)))
            {
                return null;
            }

            // Patterns anchored at the start stay anchored as a whole, so the joined regex is tried at offset 0 only.
            var alternation = string.Join("|", System.Linq.Enumerable.Select(patterns, p => "(?:" + p + ")"));
            var anchored = System.Linq.Enumerable.All(patterns, RegexText.IsAnchoredAtStart);
            return new Regex(anchored ? "^(?:" + alternation + ")" : alternation, options, MatchTimeout);
        }

        /// <summary>
        /// <see cref="AnyOf"/> for a screen, asked only whether some pattern matches, never what a group caught: each
        /// pattern as <see cref="RegexText.ForScreen"/> rewrites it (no named capture, no lazy quantifier), so the engine
        /// records no capture at each step of a loop and takes a loop whole instead of trying each length in turn. A
        /// pattern it cannot rewrite (one that refers to its groups) is joined as it is, beside the others rewritten: its
        /// branch keeps its own groups, and ExplicitCapture, which would renumber them, is added only when every pattern
        /// was rewritten. Either way it matches the same texts.
        /// </summary>
        public static Regex? ScreenOf(System.Collections.Generic.IReadOnlyList<string> patterns, RegexOptions options)
        {
            var screened = new System.Collections.Generic.List<string>(patterns.Count);
            var all = true;
            foreach (var pattern in patterns)
            {
                var without = RegexText.ForScreen(pattern);
                all &= without != null;
                screened.Add(without ?? pattern);
            }

            // AnyOf refuses numbered references, the one other way a pattern can ask for a capture.
            return AnyOf(screened, all ? options | RegexOptions.ExplicitCapture : options);
        }

        private static readonly Regex NumberedReference = new Regex(@"\\[1-9]|\\k<?[0-9]", RegexOptions.CultureInvariant, MatchTimeout);

        /// <summary>The text with the matches replaced, or the text as it was when the pattern ran out of time.</summary>
        public static string Replace(Regex regex, string input, string replacement)
        {
            try
            {
                return regex.Replace(input, replacement);
            }
            catch (RegexMatchTimeoutException)
            {
                return input;
            }
        }
    }
}
