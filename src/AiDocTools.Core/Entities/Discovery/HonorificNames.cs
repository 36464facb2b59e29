using System;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>What the two honorific rules share: a name with its courtesy suffix or role turned into a person.</summary>
    internal static class HonorificNames
    {
        // Courtesy suffixes leave the name (ラジャニ氏 → ラジャニ); roles stay part of it (田中専務), as a bare surname names no one.
        public static Candidate Person(NameText text, Match m, Group name, string suffix)
        {
            var keepsSuffix = !DiscoveryWords.Shipped.Honorifics.Contains(suffix) && !IsKatakanaOrLatin(name.Value);
            var nameEnd = keepsSuffix ? m.Index + m.Length : name.Index + name.Length;
            var (start, length) = text.ToSource(name.Index, nameEnd);
            return new Candidate(name.Index, m.Index + m.Length, text.Source.Substring(start, length), EntityType.Person, known: false, nameEnd: name.Index + name.Length);
        }

        private static bool IsKatakanaOrLatin(string name) => name.All(c => Script.IsKatakana(c) || Script.IsLatinWordChar(c) || c == ' ');
    }
}
