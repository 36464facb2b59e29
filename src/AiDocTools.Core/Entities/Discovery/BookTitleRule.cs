using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A title in 『』, which Japanese keeps for books, papers and works: a publication.
    /// </summary>
    internal sealed class BookTitleRule : IDiscoveryRule
    {
        private readonly Regex _bookTitle = Create(@"『(?<title>[^『』\n]{2,160})』");

        public string Name => "title in 『』";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            Run(_bookTitle, text.Cased, m => Named(text, m.Groups["title"], EntityType.Publication, strong: true), into);
        }
    }
}
