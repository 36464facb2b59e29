using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A cited author written in Latin letters before ら (Luらの研究, Smithらによる): the paper's authors, as "Lu et al.".
    /// </summary>
    internal sealed class CitedAuthorsRule : IDiscoveryRule
    {
        private readonly Regex _citedAuthors = Create(@"(?<![A-Za-z])(?<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)ら(?=の|は|が|に|と|、|による|も)");

        public string Name => "cited author before ら";

        // ら after a small Latin letter is rare; without one the regex need not scan the text.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            if (HasLatinBeforeRa(cased))
            {
                Run(_citedAuthors, cased, m => new Candidate(m.Index, m.Index + m.Length, m.Groups["name"].Value + " et al.", EntityType.Person, known: false, strong: true), into);
            }
        }

        private static bool HasLatinBeforeRa(string text)
        {
            for (var i = text.IndexOf('ら'); i >= 0; i = text.IndexOf('ら', i + 1))
            {
                if (i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
