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
    /// <item>It is asked only whether, never what a group caught, so its groups are made non-capturing (named ones
    /// rewritten, the others by ExplicitCapture): the engine then records no capture at each step of a lazy loop such
    /// as (?&lt;site&gt;.{2,40}?)をもっと見る. Whether a pattern matches does not depend on its captures unless it refers
    /// back to one (\k, a conditional, a balancing group): those keep them.</item>
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
                var without = WithoutNamedGroups(pattern);
                if (without == null)
                {
                    return SafeRegex.AnyOf(patterns, options);
                }

                uncaptured.Add(without);
            }

            // SafeRegex.AnyOf refuses numbered references, the one other way a pattern can ask for a capture.
            return SafeRegex.AnyOf(uncaptured, options | RegexOptions.ExplicitCapture);
        }

        /// <summary>The pattern with each named group (?&lt;name&gt;…) or (?'name'…) made (?:…); null when it refers to a group.</summary>
        internal static string? WithoutNamedGroups(string pattern)
        {
            var text = new StringBuilder(pattern.Length);
            var inClass = false;
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

                if (c == '(' && i + 3 < pattern.Length && pattern[i + 1] == '?')
                {
                    var kind = pattern[i + 2];
                    if (kind == '(')
                    {
                        // A conditional may test whether a group matched.
                        return null;
                    }

                    if ((kind == '<' || kind == '\'') && pattern[i + 3] != '=' && pattern[i + 3] != '!')
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
                }

                text.Append(c);
            }

            return text.ToString();
        }
    }
}
