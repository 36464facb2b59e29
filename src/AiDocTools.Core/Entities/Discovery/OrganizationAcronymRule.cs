using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// An organisation that defines its acronym in brackets: …委員会(PITAC), …財団 (ABC).
    /// </summary>
    internal sealed class OrganizationAcronymRule : IDiscoveryRule
    {
        private readonly Regex _organizationAcronym;
        private readonly Regex _organizationAcronymAt;
        private readonly bool _endingsAreKanjiOrKatakana;

        public OrganizationAcronymRule()
        {
            var w = DiscoveryWords.Shipped;
            var organizationAcronym = $@"(?<![{Kanji}{RuleText.Katakana}])(?<name>[{Kanji}{RuleText.Katakana}]{{2,24}}?(?:{Alternation(w.OrganizationEndings)}))[ ]?\([ ]?(?<acronym>[A-Z][A-Z0-9&]{{1,7}})[ ]?\)";
            _organizationAcronym = Create(organizationAcronym);
            _organizationAcronymAt = Create(@"\G(?:" + organizationAcronym + ")");
            _endingsAreKanjiOrKatakana = w.OrganizationEndings.All(e => e.All(IsKanjiOrKatakana));
        }

        public string Name => "organisation before its bracketed acronym";

        // The rule tries every kanji and katakana run against every organisation ending; it can only match before a
        // bracketed capital, which most texts lack. When the endings are kanji and katakana, the name is the whole run
        // before the bracket, so the rule is tried only at the start of that run.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            if (_endingsAreKanjiOrKatakana)
            {
                RunBeforeBracketedCapitals(cased, m => Named(text, m.Groups["name"], EntityType.Organization, strong: true), into);
            }
            else if (HasBracketedCapital(cased))
            {
                Run(_organizationAcronym, cased, m => Named(text, m.Groups["name"], EntityType.Organization, strong: true), into);
            }
        }

        private void RunBeforeBracketedCapitals(string text, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                for (var i = text.IndexOf('('); i >= 0; i = text.IndexOf('(', i + 1))
                {
                    var next = i + 1 < text.Length && text[i + 1] == ' ' ? i + 2 : i + 1;
                    if (next >= text.Length || text[next] < 'A' || text[next] > 'Z')
                    {
                        continue;
                    }

                    var start = i > 0 && text[i - 1] == ' ' ? i - 1 : i;
                    while (start > 0 && IsKanjiOrKatakana(text[start - 1]))
                    {
                        start--;
                    }

                    var m = _organizationAcronymAt.Match(text, start);
                    if (m.Success && m.Length > 0)
                    {
                        var candidate = make(m);
                        if (candidate != null)
                        {
                            into.Add(candidate);
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        private static bool HasBracketedCapital(string text)
        {
            for (var i = text.IndexOf('('); i >= 0; i = text.IndexOf('(', i + 1))
            {
                var next = i + 1 < text.Length && text[i + 1] == ' ' ? i + 2 : i + 1;
                if (next < text.Length && text[next] >= 'A' && text[next] <= 'Z')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
