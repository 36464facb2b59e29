using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>Two to four kanji with an honorific or a role after them (拓海さん, 田中専務): a person.</summary>
    internal sealed class KanjiHonorificRule : IDiscoveryRule
    {
        private readonly Regex _kanjiHonorificAt;
        private readonly CueSet _kanjiSuffixes;

        public KanjiHonorificRule()
        {
            var w = DiscoveryWords.Shipped;
            var kanjiSuffixes = w.KanjiRoles.Concat(w.Honorifics).ToList();
            _kanjiHonorificAt = Create($@"\G(?:(?<![{Kanji}])(?<name>[{Kanji}]{{2,4}}?)(?<suffix>{Alternation(kanjiSuffixes)})(?![{Kanji}]))");
            _kanjiSuffixes = new CueSet(kanjiSuffixes);
        }

        public string Name => "kanji name with an honorific or a role";

        // As for katakana names: a match starts where a kanji run starts, so the rule is tried only at runs with a suffix
        // after their second to fourth kanji.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            var matchedTo = 0;
            try
            {
                for (var start = NextRun(cased, 0, katakana: false); start < cased.Length; start = NextRun(cased, start, katakana: false))
                {
                    var end = RunEnd(cased, start, katakana: false);
                    if (start >= matchedTo && HasSuffixAfterName(cased, start, end))
                    {
                        matchedTo = MatchAt(_kanjiHonorificAt, cased, start, m => Person(text, m), into, matchedTo);
                    }

                    start = end;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        // The name is two to four kanji of the run, the suffix straight after it.
        private bool HasSuffixAfterName(string text, int start, int end)
        {
            for (var nameLength = 2; nameLength <= 4 && start + nameLength <= end; nameLength++)
            {
                if (_kanjiSuffixes.FirstAt(text, start + nameLength) != null)
                {
                    return true;
                }
            }

            return false;
        }

        private static Candidate? Person(NameText text, Match m)
        {
            var name = m.Groups["name"].Value;
            var w = DiscoveryWords.Shipped;
            if (w.KanjiNotNameStarts.Any(s => name.StartsWith(s, StringComparison.Ordinal))
                || w.KanjiNotNameEnds.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
            {
                return null;
            }

            return HonorificNames.Person(text, m, m.Groups["name"], m.Groups["suffix"].Value);
        }
    }
}
