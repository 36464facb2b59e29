using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// Cheap questions that turn a line away before the pass for a set of rules' required words and the rules themselves.
    /// They sit with <see cref="RequiredWords"/>, the pass they spare: the cleaner asks about every line of every page, and
    /// most lines match no line rule (running text, translator credits, page chrome).
    /// <list type="bullet">
    /// <item>The first characters of the required words, when every rule requires some: a line holding none of them can
    /// match no rule, and one vectorised search says so.</item>
    /// <item>When every rule is anchored at the line's start, their patterns joined into one, tried at the first character
    /// only: required words that start with common kana or any Latin letter pass nearly every line, while the joined
    /// pattern fails at once on running text.</item>
    /// </list>
    /// A line a screen passes still goes through the required words and each rule.
    /// </summary>
    internal static class RuleScreen
    {
        /// <summary>The characters, both cases of a Latin letter (required words match either); null when some rule requires nothing.</summary>
        public static char[]? StartsOf(IEnumerable<Rule> rules)
        {
            var list = rules.ToList();
            if (list.Count == 0 || list.Any(r => r.Requires.Count == 0))
            {
                return null;
            }

            return list.SelectMany(r => r.Requires).Where(w => w.Length > 0)
                .SelectMany(w => WordStartScreen.CaseVariants(w[0]))
                .Distinct().ToArray();
        }

        /// <summary>Whether <paramref name="text"/> may hold a required word: true when there is no screen.</summary>
        public static bool MayHold(string text, char[]? starts) => starts == null || text.IndexOfAny(starts) >= 0;

        /// <summary>
        /// The rules' patterns joined into one when every one is anchored at the start (<see cref="RegexText.IsAnchoredAtStart"/>)
        /// and all share their options; null otherwise (or when they cannot be joined). It is asked only whether a line may
        /// match, so it is joined as a screen (<see cref="SafeRegex.ScreenOf"/>): the rules' named groups (speaker, author,
        /// site) would otherwise be captured on every line it is tried on.
        /// </summary>
        public static Regex? AnchoredOf(IEnumerable<Rule> rules)
        {
            var list = rules.ToList();
            if (list.Count == 0 || list.Any(r => r.Regex.Options != list[0].Regex.Options || (r.Regex.Options & RegexOptions.RightToLeft) != 0
                || !RegexText.IsAnchoredAtStart(r.Regex.ToString())))
            {
                return null;
            }

            return SafeRegex.ScreenOf(list.Select(r => r.Regex.ToString()).ToList(), list[0].Regex.Options);
        }

        /// <summary>
        /// Whether some rule of the set may match <paramref name="text"/> (<see cref="AnchoredOf"/>): true when there is no
        /// screen, and when it runs out of time, which proves nothing.
        /// </summary>
        public static bool MayMatch(string text, Regex? anchored)
        {
            if (anchored == null)
            {
                return true;
            }

            try
            {
                return anchored.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return true;
            }
        }
    }
}
