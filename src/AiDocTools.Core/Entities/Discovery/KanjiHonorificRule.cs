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

        // The name is two to four kanji of the run, a suffix straight after it and no kanji after the suffix, as the
        // pattern reads them: most runs hold a suffix word (会 of 会議, 長 of 長期) that a kanji follows, and the regex
        // is no longer asked about those.
        private bool HasSuffixAfterName(string text, int start, int end)
        {
            for (var nameLength = 2; nameLength <= 4 && start + nameLength <= end; nameLength++)
            {
                var at = start + nameLength;
                if (at >= text.Length)
                {
                    break;
                }

                foreach (var suffix in _kanjiSuffixes.StartingWith(text[at]))
                {
                    var after = at + suffix.Length;
                    if (_kanjiSuffixes.Holds(text, at, suffix) && !(after < text.Length && IsPatternKanji(text[after])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // The pattern's kanji class, [{Kanji}]: narrower than Script.IsKanji, which takes in the extension A block too.
        private static bool IsPatternKanji(char c) => (c >= '\u4E00' && c <= '\u9FFF') || c == '々' || c == '〆';

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
