using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
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
    /// non-capturing and its lazy quantifiers greedy (<see cref="SafeRegex.ScreenOf"/>, <see cref="RegexText.ForScreen"/>): the engine
    /// then records no capture at each step of a loop such as (?&lt;site&gt;.{2,40}?)をもっと見る, and takes the loop
    /// whole and backs off to the last をもっと見る with one search instead of trying each length in turn (a third of
    /// the cost per line). Whether a pattern matches depends on neither unless it refers back to a group (\k, a
    /// conditional, a balancing group) or holds an atomic group: those are joined as they are.</item>
    /// <item>A pattern anchored at both ends (^…$) matches the whole line, and when it can only read so many characters
    /// (<see cref="Rules.PatternReach"/>: no *, + or {n,}) a longer line cannot match it. A line longer than every such
    /// pattern can read is asked only of the others, joined apart: running text is longer than a "More from X" line,
    /// and the lazy loop of such a pattern tried at every length up to its bound is the costly part of the screen.</item>
    /// <item>Before either joined pattern is run, the line is asked what its patterns need it to start with or hold
    /// (<see cref="PatternLineScreen"/>): a counter starts with a figure, a hashtag line with #, a copyright line holds
    /// "copyright", and running text has none of these, so most lines never reach the regex engine.</item>
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

        // What a line must start with or hold to match one of the patterns, and one of the patterns of any length; null when not known.
        private readonly PatternLineScreen? _anyScreen;
        private readonly PatternLineScreen? _unboundedScreen;

        public CuePatternScreen(IReadOnlyList<string> patterns, RegexOptions options)
        {
            _each = patterns.Select(p => new Regex(p, options, SafeRegex.MatchTimeout)).ToList();
            _any = SafeRegex.ScreenOf(patterns, options);
            _longest = int.MaxValue;
            if (_any == null)
            {
                return;
            }

            _anyScreen = PatternLineScreen.Of(patterns, options);
            var bounds = _each.Select(WholeLineBound).ToList();
            if (bounds.Any(b => b != null))
            {
                _longest = bounds.Max(b => b ?? 0);
                var unbounded = patterns.Where((_, i) => bounds[i] == null).ToList();
                _unbounded = unbounded.Count > 0 ? SafeRegex.ScreenOf(unbounded, options) : null;
                _unboundedScreen = unbounded.Count > 0 ? PatternLineScreen.Of(unbounded, options) : null;
            }
        }

        /// <summary>The patterns, compiled one by one in their order.</summary>
        public IReadOnlyList<Regex> Each => _each;

        /// <summary>Whether some pattern matches <paramref name="line"/>; a pattern that runs out of time does not.</summary>
        public bool IsMatch(string line)
        {
            if (_any == null)
            {
                return AnyOfEach(line);
            }

            var beyondBounded = line.Length > _longest;
            var regex = beyondBounded ? _unbounded : _any;
            var screen = beyondBounded ? _unboundedScreen : _anyScreen;
            return regex != null && (screen == null || screen.MayMatch(line)) && SafeRegex.IsMatch(regex, line);
        }

        // Apart from IsMatch: a lambda there that captures the line made the compiler allocate its closure on every call,
        // whichever branch ran, and the cleaner asks about every line of every page.
        private bool AnyOfEach(string line)
        {
            for (var i = 0; i < _each.Count; i++)
            {
                if (SafeRegex.IsMatch(_each[i], line))
                {
                    return true;
                }
            }

            return false;
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
    }
}
