using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A unit of a known organisation written after its name (IBMインターネット部門, 経済産業省 商務情報政策局): the organisation.
    /// </summary>
    internal sealed class OrganizationUnitRule : IDiscoveryRule
    {
        private readonly Regex _organizationUnit;

        public OrganizationUnitRule()
        {
            _organizationUnit = Create($@"\G(?:[ ]?(?:[A-Za-z][A-Za-z0-9]*|[{RuleText.Katakana}]+|[{Kanji}]{{1,6}}))?[ ]?(?:{Alternation(DiscoveryWords.Shipped.OrganizationUnits)})(?![A-Za-z])");
        }

        public string Name => "unit of a known organisation";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            foreach (var organization in known.Where(k => k.Type == EntityType.Organization && k.End == k.NameEnd))
            {
                RunAt(_organizationUnit, text.Cased, organization.End, m => Named(text, organization.Start, m.Index + m.Length, EntityType.Organization, strong: true), into);
            }
        }
    }
}
