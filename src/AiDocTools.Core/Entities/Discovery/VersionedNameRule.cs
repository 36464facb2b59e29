using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A known model or product with a version the dictionary lacks (Grok 5, Claude 4.5): a model.
    /// </summary>
    internal sealed class VersionedNameRule : IDiscoveryRule
    {
        private readonly IKnownNames _names;
        private readonly Regex _versionedName = Create(@"\G[ \-]?(?<version>\d+(?:\.\d+)*(?:[a-z]|[BM])?)(?![A-Za-z0-9]|\.\d|[ ]?[年月日時分秒人社件台つ個万億兆%倍回位番歳])");

        public VersionedNameRule(IKnownNames names)
        {
            _names = names;
        }

        public string Name => "known model with a new version";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            foreach (var family in known.Where(k => (k.Type == EntityType.Model || k.Type == EntityType.Product) && k.End == k.NameEnd))
            {
                RunAt(_versionedName, text.Cased, family.End, m => VersionedName(text, family, m), into);
            }
        }

        private Candidate? VersionedName(NameText text, Candidate family, Match m)
        {
            var end = m.Index + m.Length;
            if (DiscoveryWords.Shipped.NotModelNames.Contains(family.Name))
            {
                return null;
            }

            var (start, length) = text.ToSource(family.Start, end);
            var written = text.Source.Substring(start, length);
            return _names.IsKnownAlias(NameText.Key(written)) ? null : new Candidate(family.Start, end, written, EntityType.Model, known: false, strong: true);
        }
    }
}
