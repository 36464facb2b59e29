using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Entities;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// How -Speaker and -Entity match a name, the same in every cmdlet: wildcards, any case, and in any script —
    /// a pattern matches a canonical name when it matches the name or one of its aliases, so ザッカーバーグ,
    /// '*Zuckerberg' and 'Mark Zuckerberg' all find the claims of Mark Zuckerberg however he was written.
    /// </summary>
    internal static class NameFilter
    {
        /// <summary>A test of one name, or null when no pattern was given (everything passes).</summary>
        public static Func<string, bool>? For(string[]? patterns, IEntityRecognizer recognizer)
        {
            if (patterns == null)
            {
                return null;
            }

            var wildcards = patterns
                .Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant))
                .ToArray();
            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            return name =>
            {
                if (!verdicts.TryGetValue(name, out var verdict))
                {
                    verdict = FormsOf(name, recognizer).Any(form => wildcards.Any(w => w.IsMatch(form)));
                    verdicts[name] = verdict;
                }

                return verdict;
            };
        }

        private static IEnumerable<string> FormsOf(string name, IEntityRecognizer recognizer)
        {
            yield return name;
            foreach (var alias in recognizer.AliasesOf(recognizer.CanonicalName(name) ?? name))
            {
                yield return alias;
            }
        }
    }
}
