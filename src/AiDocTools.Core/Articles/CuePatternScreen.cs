using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Answers whether any of the cue patterns of a data file (Data/boilerplate.json's linePatterns,
    /// Data/article-metadata.json's sitePatterns) matches a line: the cleaner asks it of every line of every page, so
    /// the patterns are joined into one regex (<see cref="SafeRegex.AnyOf"/>), which most lines fail at once. Two more
    /// savings, neither of which changes an answer:
    /// <list type="bullet">
    /// <item>It is asked only whether, never what a group caught or which of several ways matched, so its groups are made
    /// non-capturing (named ones rewritten, the others by ExplicitCapture) and its lazy quantifiers greedy: the engine
    /// then records no capture at each step of a loop such as (?&lt;site&gt;.{2,40}?)をもっと見る, and takes the loop
    /// whole and backs off to the last をもっと見る with one search instead of trying each length in turn (a third of
    /// the cost per line). Whether a pattern matches depends on neither unless it refers back to a group (\k, a
    /// conditional, a balancing group) or holds an atomic group: those are joined as they are.</item>
    /// <item>A pattern anchored at both ends (^…$) matches the whole line, and when it can only read so many characters
    /// (<see cref="Rules.PatternReach"/>: no *, + or {n,}) a longer line cannot match it. A line longer than every such
    /// pattern can read is asked only of the others, joined apart: running text is longer than a "More from X" line,
    /// and the lazy loop of such a pattern tried at every length up to its bound is the costly part of the screen.</item>
    /// </list>
    /// </summary>
    internal sealed class CuePatternScreen
    {
        // All the patterns joined, or null when they cannot be (then each is asked in turn).
        private readonly Regex? _any;
        private readonly IReadOnlyList<Regex> _each;

        // The patterns a line of any length may match, joined; null when there are none.
        private readonly Regex? _unbounded;

        // The longest line a bounded pattern can match.
        private readonly int _longest;

        public CuePatternScreen(IReadOnlyList<string> patterns, RegexOptions options)
        {
            _each = patterns.Select(p => new Regex(p, options, SafeRegex.MatchTimeout)).ToList();
            _any = AnyOf(patterns, options);
            _longest = int.MaxValue;
            if (_any == null)
            {
                return;
            }

            var bounds = _each.Select(WholeLineBound).ToList();
            if (bounds.Any(b => b != null))
            {
                _longest = bounds.Max(b => b ?? 0);
                var unbounded = patterns.Where((_, i) => bounds[i] == null).ToList();
                _unbounded = unbounded.Count > 0 ? AnyOf(unbounded, options) : null;
            }
        }

        /// <summary>The patterns, compiled one by one in their order.</summary>
        public IReadOnlyList<Regex> Each => _each;

        /// <summary>Whether some pattern matches <paramref name="line"/>; a pattern that runs out of time does not.</summary>
        public bool IsMatch(string line)
        {
            if (_any == null)
            {
                return _each.Any(r => SafeRegex.IsMatch(r, line));
            }

            var regex = line.Length > _longest ? _unbounded : _any;
            return regex != null && SafeRegex.IsMatch(regex, line);
        }

        /// <summary>
        /// The longest text a whole-line pattern can match: what it reads from the start, and a final line feed, which $
        /// lets stand after the match. Null when the pattern is not anchored at both ends or can read without bound.
        /// </summary>
        internal static int? WholeLineBound(Regex regex)
        {
            var pattern = regex.ToString();
            var trailingEscapes = 0;
            while (trailingEscapes < pattern.Length - 1 && pattern[pattern.Length - 2 - trailingEscapes] == '\\')
            {
                trailingEscapes++;
            }

            if ((regex.Options & RegexOptions.Multiline) != 0 || InlineMultiline.IsMatch(pattern) || !RegexText.IsAnchoredAtStart(pattern)
                || !pattern.EndsWith("$", System.StringComparison.Ordinal) || trailingEscapes % 2 != 0)
            {
                return null;
            }

            var reach = Rules.PatternReach.Of(regex);
            return reach.HasValue ? reach.Value.Ahead + 1 : (int?)null;
        }

        // (?m) or (?im:…) inside a pattern makes its $ match before any line feed.
        private static readonly Regex InlineMultiline = new Regex(@"\(\?[insx]*m[imnsx]*(-[imnsx]*)?[:)]", RegexOptions.CultureInvariant, SafeRegex.MatchTimeout);

        private static Regex? AnyOf(IReadOnlyList<string> patterns, RegexOptions options)
        {
            var uncaptured = new List<string>(patterns.Count);
            foreach (var pattern in patterns)
            {
                var without = ForScreen(pattern);
                if (without == null)
                {
                    return SafeRegex.AnyOf(patterns, options);
                }

                uncaptured.Add(without);
            }

            // SafeRegex.AnyOf refuses numbered references, the one other way a pattern can ask for a capture.
            return SafeRegex.AnyOf(uncaptured, options | RegexOptions.ExplicitCapture);
        }

        /// <summary>
        /// The pattern as the screen asks it: each named group (?&lt;name&gt;…) or (?'name'…) made (?:…), and each lazy
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
