using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Entities;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// How every cmdlet matches a name (-Speaker, -Entity, Get-AiEntity -Name, completion): wildcards over folded
    /// forms (width, case, katakana separators), in any script — a pattern matches a canonical name when it matches
    /// the name or one of its aliases, so ザッカーバーグ, '*Zuckerberg' and 'Mark Zuckerberg' all find the claims of
    /// Mark Zuckerberg however he was written, and ｚｕｃｋ* finds him as zuck* does.
    /// </summary>
    internal static class NameFilter
    {
        /// <summary>The form names and typed text are compared in.</summary>
        public static string Fold(string name) => AiDocTools.Text.TextNormalizer.Normalize(name.Trim());

        /// <summary>A test of one canonical or written name, or null when no pattern was given (everything passes).</summary>
        public static Func<string, bool>? For(string[]? patterns, IEntityRecognizer recognizer)
        {
            var wildcards = Compile(patterns);
            if (wildcards == null)
            {
                return null;
            }

            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            return name =>
            {
                if (!verdicts.TryGetValue(name, out var verdict))
                {
                    verdict = Matches(wildcards, new[] { name }.Concat(recognizer.AliasesOf(recognizer.CanonicalName(name) ?? name)));
                    verdicts[name] = verdict;
                }

                return verdict;
            };
        }

        /// <summary>A test of an entity over its name, the aliases the articles wrote and those the dictionary holds.</summary>
        public static Func<Entity, bool>? ForEntities(string[]? patterns, IEntityRecognizer recognizer)
        {
            var wildcards = Compile(patterns);
            if (wildcards == null)
            {
                return null;
            }

            return entity => Matches(wildcards, new[] { entity.Name }.Concat(entity.Aliases).Concat(recognizer.AliasesOf(entity.Name)));
        }

        private static WildcardPattern[]? Compile(string[]? patterns) =>
            patterns?.Select(p => new WildcardPattern(Fold(p), WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToArray();

        private static bool Matches(WildcardPattern[] wildcards, IEnumerable<string> forms) =>
            forms.Select(Fold).Any(form => wildcards.Any(w => w.IsMatch(form)));
    }
}
