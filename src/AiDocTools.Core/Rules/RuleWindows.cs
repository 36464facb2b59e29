using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// The words one of which every match of a rule holds (its anchors: a pack rule's required words, or the characters a
    /// shape written in code needs), for a set of rules, found in one pass over a text; and from where they stand, where
    /// each rule may match. A rule whose pattern reads a bounded stretch (<see cref="PatternReach"/>) need only be tried
    /// within reach of its anchors, instead of from every character of an article. The entity and date recognisers both
    /// search their rules this way (<see cref="WindowSearch"/>).
    /// </summary>
    internal sealed class RuleAnchors
    {
        /// <summary>The windows of a rule searched over the whole text.</summary>
        public static readonly List<(int Start, int End)> Everywhere = new List<(int, int)>();

        // What a search of one window costs beyond the characters it reads, in characters of the regex's scan of the whole
        // text: a call into the regex engine on a copy of the window costs about as much as that scan over this many.
        internal const int WindowCallCost = 256;

        private readonly CueSet _words;
        private readonly string[] _wordList;
        private readonly Dictionary<string, int> _positionOf;
        private readonly int[][] _rulesOf;
        private readonly (int Ahead, int Behind)?[] _reach;
        private readonly CharBits?[] _free;
        private readonly CharBits?[] _reads;

        // The scan asks at every character of an article whether an anchor starts there, and at almost every character
        // none does, yet about one character in twelve starts one (the kanji of 会社 and 方法, every Latin letter when
        // the anchors read case aside): the screen answers first, and the cue list is asked only where it lets i by.
        private readonly WordStartScreen _screen;

        /// <param name="anchors">By rule, its anchors (none: the rule is not windowed).</param>
        /// <param name="reach">By rule, how far from its start a match reads, or null when without bound.</param>
        /// <param name="free">
        /// By rule (or null for none), the characters its pattern reads without bound (<see cref="PatternReach.Through"/>):
        /// then its reach counts only the characters that are not free.
        /// </param>
        /// <param name="reads">
        /// By rule (or null for none), every character its pattern may read (<see cref="PatternReach.Reads"/>): a match that
        /// holds an anchor reads every character from its start to the anchor's end, so it starts inside the run of these
        /// characters that ends with the anchor, and at an anchor they do not all cover no match holds it.
        /// </param>
        public RuleAnchors(IReadOnlyList<IReadOnlyList<string>> anchors, IReadOnlyList<(int Ahead, int Behind)?> reach, IReadOnlyList<CharBits?>? free = null, IReadOnlyList<CharBits?>? reads = null)
        {
            _reach = reach.ToArray();
            _free = free?.ToArray() ?? new CharBits?[_reach.Length];
            _reads = reads?.ToArray() ?? new CharBits?[_reach.Length];
            _wordList = anchors.SelectMany(a => a).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            _positionOf = Enumerable.Range(0, _wordList.Length).ToDictionary(k => _wordList[k], StringComparer.Ordinal);

            // Latin case aside, as a pack's required words are read (RULES.md).
            _words = new CueSet(_wordList, ignoreLatinCase: true);
            _rulesOf = _wordList.Select(w => Enumerable.Range(0, anchors.Count).Where(r => anchors[r].Contains(w)).ToArray()).ToArray();
            _screen = new WordStartScreen(_wordList);
        }

        /// <summary>
        /// For each rule, where in <paramref name="text"/> a match of it may start: null when the text holds none of its
        /// anchors (or it has none), <see cref="Everywhere"/> when its reach is unbounded or its windows would cost more than
        /// the regex's own scan of the whole text, else the merged ranges (inclusive) within reach of its anchors.
        /// </summary>
        public List<(int Start, int End)>?[] Windows(string text)
        {
            var windows = new List<(int Start, int End)>?[_reach.Length];
            int[]? walked = null;
            // Every anchor written at i, in list order, as CueSet.Occurrences gives them, at each place the screen lets by.
            for (var i = _screen.NextFrom(text, 0); i < text.Length; i = _screen.NextFrom(text, i + 1))
            {
                foreach (var word in _words.StartingWith(text[i]))
                {
                    if (_words.Holds(text, i, word))
                    {
                        Add(windows, ref walked, text, i, _positionOf[word]);
                    }
                }
            }

            foreach (var list in windows)
            {
                if (list != null && list != Everywhere && list.Count > 1)
                {
                    Merge(list);
                }
            }

            return windows;
        }

        // Widens the windows of the rules that anchor on the word at position in the list, written at i. walked counts, by
        // rule, the free characters its windows took in beyond its reach, which its searches read too.
        private void Add(List<(int Start, int End)>?[] windows, ref int[]? walked, string text, int i, int position)
        {
            var length = _wordList[position].Length;
            foreach (var r in _rulesOf[position])
            {
                var reach = _reach[r];
                if (reach == null)
                {
                    windows[r] = Everywhere;
                }
                else if (windows[r] != Everywhere)
                {
                    // A match that starts at s reads [s - Behind, s + Ahead]; the anchor [i, i + length) lies in it. With
                    // free characters, [s, anchor] holds at most Ahead that are not free.
                    var free = _free[r];
                    var start = free == null ? Math.Max(0, i + length - reach.Value.Ahead) : StartBefore(text, i + length - 1, reach.Value.Ahead, free);

                    // A match that starts at or before the anchor's last character reads all of [start, anchor end), so
                    // it starts inside the run of characters it may read that ends there; one that starts after it reads
                    // the anchor by a lookbehind. Either way it reads the anchor whole: where it cannot, no match holds
                    // this anchor. (Only the window's start moves: the windows stay ordered by anchor, as below.)
                    var reads = _reads[r];
                    if (reads != null)
                    {
                        var run = RunStart(text, i + length - 1, start, reads);
                        if (run > i)
                        {
                            continue;
                        }

                        start = run;
                    }

                    var window = (Start: start, End: Math.Min(text.Length - 1, i + reach.Value.Behind));
                    var freeWidth = 0;
                    if (free != null)
                    {
                        walked ??= new int[_reach.Length];
                        freeWidth = walked[r] += Math.Max(0, i + length - reach.Value.Ahead - start);
                    }

                    var list = windows[r] ??= new List<(int, int)>();
                    var last = list.Count - 1;

                    // Anchors come in text order, so a window overlaps or touches the last one or starts after it
                    // (anchors of several lengths aside, which a sort at the end puts right).
                    if (last >= 0 && window.Start <= list[last].End + 1 && window.End >= list[last].Start - 1)
                    {
                        list[last] = (Math.Min(list[last].Start, window.Start), Math.Max(list[last].End, window.End));
                    }
                    else
                    {
                        list.Add(window);
                    }

                    // Once the windows cost more than the regex's own scan of the whole text, that scan it is (the free
                    // characters a window took in counted twice: its search reads on through those after it as well).
                    if (list.Count * (long)(WindowCallCost + reach.Value.Ahead + reach.Value.Behind) + 2L * freeWidth > text.Length)
                    {
                        windows[r] = Everywhere;
                    }
                }
            }
        }

        /// <summary>
        /// The first position p, no earlier than <paramref name="floor"/>, from which [p, last] holds only characters in
        /// <paramref name="reads"/>: last + 1 when the character at last is not in it.
        /// </summary>
        internal static int RunStart(string text, int last, int floor, CharBits reads)
        {
            var p = last;
            while (p >= floor && reads.Contains(text[p]))
            {
                p--;
            }

            return p + 1;
        }

        /// <summary>
        /// The first position s from which [s, last] holds at most <paramref name="budget"/> characters that are not in
        /// <paramref name="free"/>: the earliest start of a match that reads the character at last.
        /// </summary>
        internal static int StartBefore(string text, int last, int budget, CharBits free)
        {
            var p = last;
            for (var count = 0; p >= 0; p--)
            {
                if (!free.Contains(text[p]) && ++count > budget)
                {
                    break;
                }
            }

            return p + 1;
        }

        /// <summary>
        /// The first position p after which [first, p) would hold more than <paramref name="budget"/> characters that are
        /// not in <paramref name="free"/>, or the text's length: a match that starts at or before first reads nothing from p on.
        /// </summary>
        internal static int EndAfter(string text, int first, int budget, CharBits free)
        {
            var p = first;
            for (var count = 0; p < text.Length; p++)
            {
                if (!free.Contains(text[p]) && ++count > budget)
                {
                    break;
                }
            }

            return p;
        }

        /// <summary>Sorts ranges (inclusive) and joins those that overlap or touch, in place.</summary>
        public static void Merge(List<(int Start, int End)> list)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
            var merged = 0;
            for (var k = 1; k < list.Count; k++)
            {
                if (list[k].Start <= list[merged].End + 1)
                {
                    list[merged] = (list[merged].Start, Math.Max(list[merged].End, list[k].End));
                }
                else
                {
                    list[++merged] = list[k];
                }
            }

            list.RemoveRange(merged + 1, list.Count - merged - 1);
        }
    }

    /// <summary>
    /// The matches of one rule in one text, left to right, as its regex's own scan over the whole text finds them, but
    /// looked for only inside the rule's windows (<see cref="RuleAnchors"/>), which no match starts outside. A window of
    /// a few positions, or any window of a rule whose reach is unbounded, is tried position by position with the pattern
    /// anchored there. A wider one is searched in a copy of its stretch of text, widened by the rule's reach (through its
    /// free characters too, for a rule that has them: <see cref="PatternReach.Through"/>; and one character more each
    /// side, which \b, ^ and $ read), from the first position a match may take: every position of the
    /// window then reads exactly what it reads in the whole text, so the first match that starts inside the window is the
    /// one the whole scan finds. That match is then taken again, anchored, from the whole text, so what the rule reads
    /// from it (its offsets, the text after it) is what it always was.
    /// </summary>
    internal struct WindowSearch
    {
        private const int Slack = 1;

        // What trying the pattern at one position of the whole text costs (a call into the regex engine, no copy), in
        // characters of its scan. A window's search reads on past the window's last position through the pattern's whole
        // reach, where no match it could use starts: a window only a few positions wide (one cut back to the run before
        // its anchor, PatternReach.Reads) costs less tried position by position.
        private const int AnchoredTryCost = 64;

        private readonly Regex _search;
        private readonly Regex? _anchored;
        private readonly (int Ahead, int Behind)? _reach;
        private readonly CharBits? _free;
        private readonly string _text;
        private readonly List<(int Start, int End)>? _windows;
        private int _window;

        /// <param name="search">The rule's pattern.</param>
        /// <param name="anchored">The same pattern after \G, tried at one position of the whole text; needed with windows.</param>
        /// <param name="reach">How far from its start a match reads, or null when without bound.</param>
        /// <param name="text">The text.</param>
        /// <param name="windows">Where a match may start; null or <see cref="RuleAnchors.Everywhere"/> for the whole text.</param>
        /// <param name="free">The characters the pattern reads without bound, beyond its reach (<see cref="PatternReach.Through"/>).</param>
        public WindowSearch(Regex search, Regex? anchored, (int Ahead, int Behind)? reach, string text, List<(int Start, int End)>? windows, CharBits? free = null)
        {
            _search = search;
            _anchored = anchored;
            _reach = reach;
            _free = free;
            _text = text;
            _windows = windows == RuleAnchors.Everywhere || anchored == null ? null : windows;
            _window = 0;
        }

        /// <summary>The first match that starts at or after <paramref name="start"/>; the starts asked for never go back.</summary>
        public Match From(int start)
        {
            if (_windows == null)
            {
                return _search.Match(_text, start);
            }

            for (; _window < _windows.Count; _window++)
            {
                var (first, last) = _windows[_window];
                if (_reach == null || first == last || (last - Math.Max(first, start) + 1) * AnchoredTryCost <= RuleAnchors.WindowCallCost + _reach.Value.Ahead + _reach.Value.Behind)
                {
                    for (var i = Math.Max(first, start); i <= last; i++)
                    {
                        var match = _anchored!.Match(_text, i);
                        if (match.Success)
                        {
                            return match;
                        }
                    }

                    continue;
                }

                var reach = _reach.Value;
                for (var from = Math.Max(first, start); from <= last;)
                {
                    var begin = Math.Max(0, from - reach.Behind - Slack);
                    var end = Math.Min(_text.Length, (_free == null ? last + reach.Ahead : RuleAnchors.EndAfter(_text, last, reach.Ahead, _free)) + Slack + 1);
                    var found = _search.Match(_text.Substring(begin, end - begin), from - begin);
                    if (!found.Success || found.Index + begin > last)
                    {
                        break;
                    }

                    var match = _anchored!.Match(_text, found.Index + begin);
                    if (match.Success)
                    {
                        return match;
                    }

                    from = found.Index + begin + 1;
                }
            }

            return Match.Empty;
        }

        /// <summary>The pattern tried at one position only (after \G), compiled: what a window's match is taken again with.</summary>
        public static Regex AnchoredCopy(Regex pattern, TimeSpan matchTimeout) =>
            new Regex(@"\G(?:" + pattern + ")", pattern.Options | RegexOptions.Compiled, matchTimeout);

        /// <summary>The next match after <paramref name="match"/>, where the regex's own NextMatch would look.</summary>
        public Match After(Match match) =>
            _windows == null ? match.NextMatch() : From(match.Length > 0 ? match.Index + match.Length : match.Index + 1);
    }
}
