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
        internal const string Pattern = @"(?<![A-Za-z0-9\-.@/])(?<name>(?:[A-Z][a-z]+|[a-z]{1,3})(?:[A-Z][a-z0-9]+)+)(?![A-Za-z0-9])";

        private readonly IKnownNames _names;

        // Tried anchored, at the start of a run of letters and digits that holds a small letter before a capital.
        private readonly Regex _camelCaseAt = Create(@"\G" + Pattern);

        public CamelCaseRule(IKnownNames names)
        {
            _names = names;
        }

        public string Name => "CamelCase product";

        /// <summary>
        /// A match is a whole run of ASCII letters and digits (nothing of the run may stand before or after it) with a small
        /// letter before a capital where its first part ends, so the pattern, which the regex engine otherwise tried at
        /// every Latin letter of an English body, is tried only at the start of the runs that hold such a pair: the same
        /// matches, in the same order.
        /// </summary>
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            var runEnd = 0;
            try
            {
                for (var i = 1; i < cased.Length; i++)
                {
                    if (cased[i] < 'A' || cased[i] > 'Z' || cased[i - 1] < 'a' || cased[i - 1] > 'z' || i < runEnd)
                    {
                        continue;
                    }

                    var runStart = i - 1;
                    while (runStart > 0 && IsAsciiLetterOrDigit(cased[runStart - 1]))
                    {
                        runStart--;
                    }

                    runEnd = i + 1;
                    while (runEnd < cased.Length && IsAsciiLetterOrDigit(cased[runEnd]))
                    {
                        runEnd++;
                    }

                    var m = _camelCaseAt.Match(cased, runStart);
                    if (m.Success && !_names.IsKnownAlias(m.Value.ToLowerInvariant()) && Named(text, m.Groups["name"], EntityType.Product) is Candidate candidate)
                    {
                        into.Add(candidate);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }
    }
}
