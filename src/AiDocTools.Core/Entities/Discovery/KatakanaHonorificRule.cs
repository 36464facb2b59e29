using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>A katakana name with an honorific or a title after it (ラジャニ氏, アルトマンCEO): a person.</summary>
    internal sealed class KatakanaHonorificRule : IDiscoveryRule
    {
        private readonly Regex _katakanaHonorific;
        private readonly Regex _katakanaHonorificAt;
        private readonly CueSet _personSuffixes;
        private readonly bool _personSuffixMayStartInName;

        public KatakanaHonorificRule()
        {
            var w = DiscoveryWords.Shipped;
            var katakanaHonorific = $@"(?<![{Katakana}])(?<name>[{Katakana}]{{2,}})(?<suffix>{Alternation(w.PersonSuffixes)})";
            _katakanaHonorific = Create(katakanaHonorific);
            _katakanaHonorificAt = Create(@"\G(?:" + katakanaHonorific + ")");
            _personSuffixes = new CueSet(w.PersonSuffixes);
            _personSuffixMayStartInName = w.PersonSuffixes.Any(x => x.Length > 0 && Script.IsKatakana(x[0]));
        }

        public string Name => "katakana name with an honorific";

        // A name with an honorific starts where a run of katakana starts — the rule's lookbehind says so — and has a
        // suffix written right after the run. The regex engine tried every katakana of every body to find those few
        // places; the rule is now tried only where a suffix is written, which finds the same matches in the same order,
        // since a match can start nowhere else.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            if (_personSuffixMayStartInName)
            {
                // A suffix starting with katakana could end a shorter name inside the run: only the full search is exact.
                Run(_katakanaHonorific, cased, m => Person(text, m), into);
                return;
            }

            var matchedTo = 0;
            try
            {
                for (var start = NextRun(cased, 0, katakana: true); start < cased.Length; start = NextRun(cased, start, katakana: true))
                {
                    var end = RunEnd(cased, start, katakana: true);
                    if (start >= matchedTo && end - start >= 2 && _personSuffixes.FirstAt(cased, end) != null)
                    {
                        matchedTo = MatchAt(_katakanaHonorificAt, cased, start, m => Person(text, m), into, matchedTo);
                    }

                    start = end;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        private static Candidate? Person(NameText text, Match m)
        {
            var name = m.Groups["name"].Value;
            var suffix = m.Groups["suffix"].Value;
            if (suffix == "さん" && DiscoveryWords.Shipped.KatakanaNotNames.Any(n => name.EndsWith(n, System.StringComparison.Ordinal)))
            {
                return null;
            }

            return HonorificNames.Person(text, m, m.Groups["name"], suffix);
        }
    }
}
