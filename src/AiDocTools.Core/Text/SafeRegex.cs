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
