using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// What the discovery rules share: building their regexes, running them so that one rule giving up leaves the others,
    /// trying an anchored rule only where a name may start, and turning a match into a candidate with its source spelling.
    /// </summary>
    internal static class RuleText
    {
        public const string Katakana = @"\u30A1-\u30FAー";
        public const string Kanji = @"\u4E00-\u9FFF々〆";

        public static Regex Create(string pattern) => new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        public static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.OrderByDescending(x => x.Length).Select(Regex.Escape));

        public static void Run(Regex regex, string text, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    var candidate = make(m);
                    if (candidate != null)
                    {
                        into.Add(candidate);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // One rule giving up on a pathological text leaves the dictionary matches and the other rules.
            }
        }

        public static void RunAt(Regex regex, string text, int at, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                var m = regex.Match(text, at);
                if (m.Success && m.Length > 0)
                {
                    var candidate = make(m);
                    if (candidate != null)
                    {
                        into.Add(candidate);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        /// <summary>Tries an anchored (\G) rule at <paramref name="start"/>; returns where the text the rule has read ends.</summary>
        public static int MatchAt(Regex anchored, string text, int start, Func<Match, Candidate?> make, List<Candidate> into, int matchedTo)
        {
            var m = anchored.Match(text, start);
            if (!m.Success || m.Length == 0)
            {
                return matchedTo;
            }

            var candidate = make(m);
            if (candidate != null)
            {
                into.Add(candidate);
            }

            return m.Index + m.Length;
        }

        public static Candidate? Named(NameText text, Group group, EntityType type, bool strong = false) =>
            Named(text, group.Index, group.Index + group.Length, type, strong);

        public static Candidate? Named(NameText text, int start, int end, EntityType type, bool strong = false)
        {
            while (end > start && text.Cased[end - 1] == ' ')
            {
                end--;
            }

            if (end - start < 2)
            {
                return null;
            }

            var (sourceStart, length) = text.ToSource(start, end);
            return new Candidate(start, end, text.Source.Substring(sourceStart, length).Trim(), type, known: false, strong: strong);
        }

        // The runs are scanned character by character, so the tests stay plain comparisons the compiler inlines.
        public static int NextRun(string text, int from, bool katakana)
        {
            while (from < text.Length && !(katakana ? Script.IsKatakana(text[from]) : Script.IsKanji(text[from])))
            {
                from++;
            }

            return from;
        }

        public static int RunEnd(string text, int start, bool katakana)
        {
            var end = start;
            while (end < text.Length && (katakana ? Script.IsKatakana(text[end]) : Script.IsKanji(text[end])))
            {
                end++;
            }

            return end;
        }

        public static char PreviousNonSpace(string text, int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (text[i] != ' ')
                {
                    return text[i];
                }
            }

            return '\0';
        }

        public static bool Overlaps(IReadOnlyList<Candidate> candidates, int start, int end)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (start < candidates[i].End && candidates[i].Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether any of the ranges (a page's web and mail addresses, say) overlaps start..end.</summary>
        public static bool Overlaps(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
        {
            for (var i = 0; i < ranges.Count; i++)
            {
                if (start < ranges[i].End && ranges[i].Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        public static bool IsKanjiOrKatakana(char c) => Script.IsKanji(c) || Script.IsKatakana(c);
    }
}
