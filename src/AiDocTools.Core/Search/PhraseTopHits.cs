using System;
using System.Collections.Generic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AiDocTools.Search
{
    /// <summary>
    /// The best N claims for one phrase: the same claims, scores and order as <c>IndexSearcher.Search(phrase, N)</c>,
    /// without looking for the phrase in claims that could not rank among them. A frequent term (オープンソース stands
    /// in one claim in six of a large corpus) is in so many claims that finding where its pairs stand in every one
    /// of them, or even whether all its pairs are in each, was most of a search. A claim's score can only grow with
    /// the number of times the phrase occurs, which is at most how often its rarest term occurs (known without
    /// reading positions): once N claims are in hand, a claim whose score at that count does not beat the N-th is
    /// passed over without looking at the other terms, and one that cannot beat it at the fewest count of any term
    /// without reading where they stand.
    /// </summary>
    internal static class PhraseTopHits
    {
        // Scores are compared with a margin far above float rounding, so a claim is passed over only when it surely loses.
        private const double SafetyMargin = 1e-5;

        /// <exception cref="InvalidOperationException">The field was indexed without positions.</exception>
        public static TopDocs Search(IndexSearcher searcher, PhraseQuery phrase, int count)
        {
            var terms = phrase.GetTerms();
            var offsets = phrase.GetPositions();
            var field = terms[0].Field;
            var similarity = searcher.Similarity;

            // The weight exactly as PhraseQuery and IndexSearcher.CreateNormalizedWeight make it.
            var states = new TermContext[terms.Length];
            var statistics = new TermStatistics[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                states[i] = TermContext.Build(searcher.TopReaderContext, terms[i]);
                statistics[i] = searcher.TermStatistics(terms[i], states[i]);
            }

            var weight = similarity.ComputeWeight(phrase.Boost, searcher.CollectionStatistics(field), statistics);
            var queryNorm = similarity.QueryNorm(weight.GetValueForNormalization());
            weight.Normalize(float.IsInfinity(queryNorm) || float.IsNaN(queryNorm) ? 1f : queryNorm, 1f);

            var collector = TopScoreDocCollector.Create(Math.Min(count, Math.Max(1, searcher.IndexReader.MaxDoc)), docsScoredInOrder: true);
            var floor = new ScoreFloor(count);
            var scorer = new KnownScore();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var postings = Postings(leaf, terms, offsets, states);
                if (postings == null)
                {
                    continue;
                }

                collector.SetNextReader(leaf);
                collector.SetScorer(scorer);
                var docScorer = similarity.GetSimScorer(weight, leaf);
                foreach (var (doc, freq) in Matches(postings, docScorer, floor))
                {
                    scorer.Set(doc, docScorer.Score(doc, freq));
                    floor.Add(scorer.Score);
                    collector.Collect(doc);
                }
            }

            return collector.GetTopDocs();
        }

        /// <summary>Each term's positions in the segment with its offset in the phrase, rarest first; null when a term is not in it.</summary>
        private static TermPostings[]? Postings(AtomicReaderContext leaf, Term[] terms, int[] offsets, TermContext[] states)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(terms[0].Field);
            if (fieldTerms == null)
            {
                return null;
            }

            var termsEnum = fieldTerms.GetEnumerator();
            var postings = new TermPostings[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                var state = states[i].Get(leaf.Ord);
                if (state == null)
                {
                    return null;
                }

                termsEnum.SeekExact(terms[i].Bytes, state);
                var docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
                var positions = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"Field {terms[i].Field} was indexed without positions.");
                postings[i] = new TermPostings(docs, positions, termsEnum.DocFreq, offsets[i]);
            }

            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            return postings;
        }

        /// <summary>The documents holding the whole phrase that may rank among the best, in order, with how often the phrase occurs.</summary>
        private static IEnumerable<(int Doc, int Freq)> Matches(TermPostings[] postings, Similarity.SimScorer docScorer, ScoreFloor floor)
        {
            var lead = postings[0].Docs;
            var doc = lead.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                // The rarest term's count alone bounds the score: most documents are passed over before the others are looked at.
                if (!floor.Beaten(docScorer.Score(doc, lead.Freq)))
                {
                    doc = lead.NextDoc();
                    continue;
                }

                var k = 1;
                for (; k < postings.Length; k++)
                {
                    var other = postings[k].Docs;
                    var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                    if (at > doc)
                    {
                        doc = lead.Advance(at);
                        break;
                    }
                }

                if (k < postings.Length)
                {
                    continue;
                }

                var fewest = int.MaxValue;
                foreach (var term in postings)
                {
                    fewest = Math.Min(fewest, term.Docs.Freq);
                }

                if (!floor.Beaten(docScorer.Score(doc, fewest)))
                {
                    doc = lead.NextDoc();
                    continue;
                }

                var freq = PhraseFreq(postings, doc);
                if (freq > 0)
                {
                    yield return (doc, freq);
                }

                doc = lead.NextDoc();
            }
        }

        /// <summary>How many start positions have every term at its offset from them, as Lucene's exact phrase scorer counts.</summary>
        private static int PhraseFreq(TermPostings[] postings, int doc)
        {
            foreach (var term in postings)
            {
                term.ReadPositions(doc);
            }

            var lead = postings[0];
            var freq = 0;
            var last = -1;
            for (var i = 0; i < lead.Count; i++)
            {
                var start = lead.At[i] - lead.Offset;
                if (start < 0 || start == last)
                {
                    continue;
                }

                last = start;
                var all = true;
                for (var k = 1; k < postings.Length && all; k++)
                {
                    all = postings[k].Contains(start + postings[k].Offset);
                }

                if (all)
                {
                    freq++;
                }
            }

            return freq;
        }

        private sealed class TermPostings
        {
            private int _cursor;

            public TermPostings(DocsEnum docs, DocsAndPositionsEnum positions, int docFreq, int offset)
            {
                Docs = docs;
                Positions = positions;
                DocFreq = docFreq;
                Offset = offset;
            }

            /// <summary>The documents holding the term and how often: all the search walks through.</summary>
            public DocsEnum Docs { get; }

            /// <summary>Where the term stands in a document: read only for documents that may rank.</summary>
            public DocsAndPositionsEnum Positions { get; }

            public int DocFreq { get; }

            public int Offset { get; }

            /// <summary>The term's positions in the current document, ascending.</summary>
            public int[] At { get; private set; } = new int[16];

            public int Count { get; private set; }

            public void ReadPositions(int doc)
            {
                if (Positions.DocID < doc)
                {
                    Positions.Advance(doc);
                }

                Count = Positions.Freq;
                if (At.Length < Count)
                {
                    At = new int[Math.Max(Count, At.Length * 2)];
                }

                for (var i = 0; i < Count; i++)
                {
                    At[i] = Positions.NextPosition();
                }

                _cursor = 0;
            }

            /// <summary>Whether the term stands at <paramref name="position"/>; asked with positions that never decrease.</summary>
            public bool Contains(int position)
            {
                while (_cursor < Count && At[_cursor] < position)
                {
                    _cursor++;
                }

                return _cursor < Count && At[_cursor] == position;
            }
        }

        /// <summary>The N-th best score collected so far: what a document must beat to enter the best N.</summary>
        private sealed class ScoreFloor
        {
            private readonly int _size;
            private readonly List<float> _heap;

            public ScoreFloor(int size)
            {
                _size = Math.Max(1, size);
                _heap = new List<float>(_size);
            }

            /// <summary>True unless N scores are in hand and <paramref name="bound"/> (a best case) cannot beat the lowest of them.</summary>
            public bool Beaten(float bound) => _heap.Count < _size || bound > _heap[0] * (1 + SafetyMargin);

            public void Add(float score)
            {
                if (_heap.Count < _size)
                {
                    _heap.Add(score);
                    SiftUp(_heap.Count - 1);
                }
                else if (score > _heap[0])
                {
                    _heap[0] = score;
                    SiftDown(0);
                }
            }

            private void SiftUp(int i)
            {
                while (i > 0)
                {
                    var parent = (i - 1) / 2;
                    if (_heap[parent] <= _heap[i])
                    {
                        return;
                    }

                    Swap(i, parent);
                    i = parent;
                }
            }

            private void SiftDown(int i)
            {
                while (true)
                {
                    var smallest = i;
                    var left = (2 * i) + 1;
                    var right = left + 1;
                    if (left < _heap.Count && _heap[left] < _heap[smallest])
                    {
                        smallest = left;
                    }

                    if (right < _heap.Count && _heap[right] < _heap[smallest])
                    {
                        smallest = right;
                    }

                    if (smallest == i)
                    {
                        return;
                    }

                    Swap(i, smallest);
                    i = smallest;
                }
            }

            private void Swap(int a, int b)
            {
                var swapped = _heap[a];
                _heap[a] = _heap[b];
                _heap[b] = swapped;
            }
        }

        /// <summary>Hands the collector a score already computed.</summary>
        private sealed class KnownScore : Scorer
        {
            private int _doc = -1;

            public KnownScore()
                : base(null)
            {
            }

            public float Score { get; private set; }

            public override int DocID => _doc;

            public override int Freq => 1;

            public void Set(int doc, float score)
            {
                _doc = doc;
                Score = score;
            }

            public override float GetScore() => Score;

            public override int NextDoc() => throw new NotSupportedException();

            public override int Advance(int target) => throw new NotSupportedException();

            public override long GetCost() => 1;
        }
    }
}
