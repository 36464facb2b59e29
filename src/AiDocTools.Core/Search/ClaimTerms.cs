using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDocTools.Text;
using Lucene.Net.Util;

namespace AiDocTools.Search
{
    /// <summary>
    /// The module's analysis of a claim (<see cref="FoldedText"/>: folding, words, CJK characters and pairs) in the
    /// form a relational store can index and rank with: the distinct index terms as numbers for an inverted index, the
    /// folded text with its word boundaries marked so that a plain substring count is exactly what
    /// <see cref="TermFeature.Find"/> counts, and the claim's length as Lucene's BM25 sees it. A store that ranks with
    /// these gives the local index's ranking, so a query means the same on both.
    /// </summary>
    internal sealed class ClaimTerms
    {
        /// <summary>Stands at every edge between a word character and anything else (or the start or end of the text).</summary>
        public const char Boundary = '\u0001';

        private ClaimTerms(string marked, int[] terms, int tokens, float normLength)
        {
            Marked = marked;
            Terms = terms;
            Tokens = tokens;
            NormLength = normLength;
        }

        /// <summary>The folded text with <see cref="Boundary"/> at every word edge.</summary>
        public string Marked { get; }

        /// <summary>The hash of each distinct index term, in ascending order.</summary>
        public int[] Terms { get; }

        /// <summary>How many index terms the claim gave, pairs included: what Lucene sums for the average length.</summary>
        public int Tokens { get; }

        /// <summary>The claim's length as Lucene's BM25 reads it back from its one-byte norm (positions, pairs not counted).</summary>
        public float NormLength { get; }

        public static ClaimTerms Of(string folded)
        {
            var tokens = SearchTerms.IndexTokens(folded);
            var terms = tokens.Select(t => Hash(t.Term)).Distinct().OrderBy(h => h).ToArray();
            var positions = tokens.Count(t => !t.Stacked);
            return new ClaimTerms(Mark(folded), terms, tokens.Count, DecodedLength(positions));
        }

        /// <summary>
        /// A folded text or query term with its word edges marked. Marking both the same way turns "a whole word" into
        /// "a substring": a term that starts with a word character starts with a mark, which the text has only where no
        /// word character stands before.
        /// </summary>
        public static string Mark(string folded)
        {
            var marked = new StringBuilder(folded.Length + 8);
            var previousWord = false;
            foreach (var c in folded)
            {
                var word = SearchTerms.IsWordChar(c);
                if (word != previousWord)
                {
                    marked.Append(Boundary);
                }

                marked.Append(c);
                previousWord = word;
            }

            if (previousWord)
            {
                marked.Append(Boundary);
            }

            return marked.ToString();
        }

        /// <summary>A stable 32-bit hash of an index term (FNV-1a over its UTF-16 units): the same in every process and build.</summary>
        public static int Hash(string term)
        {
            unchecked
            {
                var hash = 2166136261u;
                foreach (var c in term)
                {
                    hash = (hash ^ (uint)(c & 0xFF)) * 16777619u;
                    hash = (hash ^ (uint)(c >> 8)) * 16777619u;
                }

                return (int)hash;
            }
        }

        /// <summary>Lucene's BM25 stores 1/√length in one byte and reads back 1/f²; ranking with the same lossy length gives the same ties.</summary>
        internal static float DecodedLength(int positions)
        {
            var stored = SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(positions));
            var f = SmallSingle.Byte315ToSingle(stored);
            return 1f / (f * f);
        }
    }

    /// <summary>One word or phrase of a query as a store looks it up: its marked form and the hashes of its index terms.</summary>
    internal sealed class FeatureTerms
    {
        private FeatureTerms(string marked, int[] terms)
        {
            Marked = marked;
            Terms = terms;
        }

        public string Marked { get; }

        /// <summary>Every index term of the phrase, in phrase order, repeats kept (each adds its weight, as in Lucene's phrase).</summary>
        public int[] Terms { get; }

        /// <summary>The terms of a feature; null for a regular expression, which no index can look up.</summary>
        public static FeatureTerms? Of(QueryFeature feature)
        {
            var folded = feature.Folded;
            var tokens = feature.PhraseTokens;
            if (folded == null || tokens == null || tokens.Count == 0)
            {
                return null;
            }

            return new FeatureTerms(ClaimTerms.Mark(folded), tokens.Select(t => ClaimTerms.Hash(t.Term)).ToArray());
        }
    }
}
