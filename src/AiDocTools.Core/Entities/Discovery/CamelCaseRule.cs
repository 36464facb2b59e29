using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A product named in CamelCase (LinuxWorld, iPhone) that the dictionary does not already hold.
    /// </summary>
    internal sealed class CamelCaseRule : IDiscoveryRule
    {
        private readonly IKnownNames _names;
        private readonly Regex _camelCase = Create(@"(?<![A-Za-z0-9\-.@/])(?<name>(?:[A-Z][a-z]+|[a-z]{1,3})(?:[A-Z][a-z0-9]+)+)(?![A-Za-z0-9])");

        public CamelCaseRule(IKnownNames names)
        {
            _names = names;
        }

        public string Name => "CamelCase product";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            Run(_camelCase, text.Cased, m => _names.IsKnownAlias(m.Value.ToLowerInvariant()) ? null : Named(text, m.Groups["name"], EntityType.Product), into);
        }
    }
}
