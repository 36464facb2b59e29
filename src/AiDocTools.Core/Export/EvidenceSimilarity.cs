using System;
using System.Collections.Generic;
using AiDocTools.Text;

namespace AiDocTools.Export
{
    /// <summary>
    /// Decides whether two reports with the same date tell of the same happening, from their evidence text.
    /// Text is folded (NFKC, case, katakana separators) and reduced to its letters and digits, then compared as sets of
    /// character bigrams: Japanese has no spaces to split words on, and bigrams tolerate the particles and word order
    /// that differ between two outlets' wording of one event (「PyTorchをLinux Foundationに移管」 / 「PyTorchがLinux Foundationに移った」).
    /// </summary>
    public static class EvidenceSimilarity
    {
        /// <summary>Dice coefficient at or above which two texts are the same report.</summary>
        public const double DiceThreshold = 0.6;

        /// <summary>
        /// Share of the shorter text's bigrams found in the longer one at or above which they are the same report:
        /// one outlet's short clause is often the core of another's longer sentence.
        /// </summary>
        public const double ContainmentThreshold = 0.9;

        /// <summary>The shorter text needs this many distinct bigrams before containment counts; a word or two proves nothing.</summary>
        public const int ContainmentMinimumBigrams = 8;

        public static bool AreSimilar(string first, string second) => AreSimilar(Bigrams(first), Bigrams(second));

        /// <summary>2·|A∩B| / (|A|+|B|) over the texts' bigram sets; 0 when either has no letters or digits.</summary>
        public static double Dice(string first, string second) => Dice(Bigrams(first), Bigrams(second));

        internal static bool AreSimilar(HashSet<string> first, HashSet<string> second)
        {
            if (first.Count == 0 || second.Count == 0)
            {
                return false;
            }

            if (Dice(first, second) >= DiceThreshold)
            {
                return true;
            }

            var shorter = first.Count <= second.Count ? first : second;
            var longer = ReferenceEquals(shorter, first) ? second : first;
            return shorter.Count >= ContainmentMinimumBigrams && (double)Shared(shorter, longer) / shorter.Count >= ContainmentThreshold;
        }

        internal static HashSet<string> Bigrams(string text)
        {
            // TextNormalizer throws on an unpaired surrogate (String.Normalize does); article text can hold one.
            var folded = TextNormalizer.Normalize(ExportText.WellFormed(text));
            var letters = new System.Text.StringBuilder(folded.Length);
            foreach (var c in folded)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters.Append(c);
                }
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            if (letters.Length == 1)
            {
                set.Add(letters.ToString());
            }

            for (var i = 0; i + 1 < letters.Length; i++)
            {
                set.Add(letters.ToString(i, 2));
            }

            return set;
        }

        private static double Dice(HashSet<string> first, HashSet<string> second) =>
            first.Count == 0 || second.Count == 0 ? 0 : 2.0 * Shared(first, second) / (first.Count + second.Count);

        private static int Shared(HashSet<string> first, HashSet<string> second)
        {
            var shared = 0;
            foreach (var bigram in first)
            {
                if (second.Contains(bigram))
                {
                    shared++;
                }
            }

            return shared;
        }
    }
}
