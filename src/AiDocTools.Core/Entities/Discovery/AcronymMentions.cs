using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// Acronyms a text defines in brackets after a chosen mention (Linux Foundation(LF), …委員会(PITAC)), found there and
    /// wherever the text uses them again. It runs after overlaps are settled, as it builds on the mentions chosen.
    /// </summary>
    internal sealed class AcronymMentions
    {
        private readonly IKnownNames _names;
        private readonly Regex _acronymDefinition = Create(@"\G[ ]?\([ ]?(?<acronym>[A-Z][A-Z0-9&]{1,7})[ ]?\)");

        public AcronymMentions(IKnownNames names)
        {
            _names = names;
        }

        /// <summary>The acronyms' mentions, none overlapping a chosen mention or an address (a URL or mail address).</summary>
        public IEnumerable<Candidate> Find(NameText text, IReadOnlyList<Candidate> chosen, IReadOnlyList<(int Start, int End)> addresses)
        {
            var defined = new Dictionary<string, Candidate>(StringComparer.Ordinal);
            var none = new List<Candidate>();
            foreach (var mention in chosen)
            {
                if (mention.End < text.Cased.Length && (text.Cased[mention.End] == ' ' || text.Cased[mention.End] == '('))
                {
                    Define(text, mention, defined, none);
                }
            }

            var added = new List<Candidate>();
            var cased = text.Cased;
            foreach (var pair in defined)
            {
                // The acronym as a whole Latin word, wherever it stands; a plain search, as the acronym is new for each text.
                var acronym = pair.Key;
                for (var start = cased.IndexOf(acronym, StringComparison.Ordinal); start >= 0; start = cased.IndexOf(acronym, start, StringComparison.Ordinal))
                {
                    var end = start + acronym.Length;
                    if ((start > 0 && IsAsciiLetterOrDigit(cased[start - 1])) || (end < cased.Length && IsAsciiLetterOrDigit(cased[end])))
                    {
                        start++;
                        continue;
                    }

                    if (!Overlaps(chosen, start, end) && !Overlaps(added, start, end) && !Overlaps(addresses, start, end))
                    {
                        added.Add(new Candidate(start, end, pair.Value.Name, pair.Value.Type, pair.Value.Known));
                    }

                    start = end;
                }
            }

            return added;
        }

        // The acronym defined right after the mention, if any, into defined. A method of its own so the closure is made
        // only for the mentions a bracket or space follows, not for every mention of the body.
        private void Define(NameText text, Candidate mention, Dictionary<string, Candidate> defined, List<Candidate> none) =>
            RunAt(_acronymDefinition, text.Cased, mention.End, m =>
            {
                var acronym = m.Groups["acronym"].Value;
                var existing = _names.ByKey(acronym.ToLowerInvariant());
                if ((existing == null || existing.Name == mention.Name) && !defined.ContainsKey(acronym))
                {
                    defined[acronym] = mention;
                }

                return null;
            }, none);
    }
}
