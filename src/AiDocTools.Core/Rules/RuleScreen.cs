using System.Collections.Generic;
using System.Linq;
using AiDocTools.Text;

namespace AiDocTools.Rules
{
    /// <summary>
    /// The first characters of the words a set of rules requires, when every rule requires some: a line holding none of
    /// them can match no rule of the set, and one vectorised search says so before the pass for the words themselves.
    /// It sits with <see cref="RequiredWords"/>, the pass it spares: the cleaner asks about every line of every page, and
    /// most lines hold none (translator credits, page chrome).
    /// </summary>
    internal static class RuleScreen
    {
        /// <summary>The characters, both cases of a Latin letter (required words match either); null when some rule requires nothing.</summary>
        public static char[]? StartsOf(IEnumerable<Rule> rules)
        {
            var list = rules.ToList();
            if (list.Count == 0 || list.Any(r => r.Requires.Count == 0))
            {
                return null;
            }

            return list.SelectMany(r => r.Requires).Where(w => w.Length > 0)
                .SelectMany(w => Script.IsAsciiLetter(w[0]) ? new[] { (char)(w[0] | 0x20), (char)(w[0] & ~0x20) } : new[] { w[0] })
                .Distinct().ToArray();
        }

        /// <summary>Whether <paramref name="text"/> may hold a required word: true when there is no screen.</summary>
        public static bool MayHold(string text, char[]? starts) => starts == null || text.IndexOfAny(starts) >= 0;
    }
}
