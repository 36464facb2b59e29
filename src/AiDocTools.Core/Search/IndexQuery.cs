using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AiDocTools.Search
{
    /// <summary>
    /// A <see cref="ClaimQuery"/> run on one open reader of the index: the same ranking (<see cref="ClaimRanker"/>'s BM25)
    /// and filters as the in-memory search, so both give the same results for the same files. It knows nothing of
    /// files, freshness or where the reader came from; the facade (<see cref="ClaimIndex"/>) hands it a current snapshot.
    /// </summary>
    internal static class IndexQuery
    {
        // Hits whose claims are read at a time when a filter leaves some out: enough for a page in one go.
        private const int FilterWindow = 64;

        /// <summary>
        /// The claims of <paramref name="reader"/> that match, best first; <paramref name="manifest"/> describes exactly
        /// what the reader holds (its totals stand in for the unmatched claims when every claim must be scanned).
        /// </summary>
        public static IReadOnlyList<SearchResult> Search(IndexReader reader, IndexManifest manifest, ClaimQuery query, SearchOptions? options)
        {
            if (query.IsEmpty)
            {
                return new SearchResult[0];
            }

            var searcher = new IndexSearcher(reader) { Similarity = IndexDocument.Similarity };
            var lucene = LuceneQuery(query);
            if (lucene != null && options != null)
            {
                lucene = Filtered(lucene, options);
            }

            return lucene == null ? ScanEveryClaim(searcher, manifest, query, options) : Ranked(searcher, lucene, query, options);
        }

        /// <summary>Lucene ranks (BM25) and returns the best hits; only their claims are read from disk.</summary>
        private static IReadOnlyList<SearchResult> Ranked(IndexSearcher searcher, Query lucene, ClaimQuery query, SearchOptions? options)
        {
            var first = options?.First > 0 ? options.First : 0;
            Func<Claim, bool>? filter = options?.Filter == null ? null : options.Keeps;
            var results = new List<SearchResult>();
            var window = first == 0 ? CountHits(searcher, lucene) : filter == null ? first : Math.Max(first * 2, FilterWindow);
            var seen = 0;
            while (window > 0)
            {
                // Without a filter the first page is all that is read: only claims that can be on it need scoring.
                var top = filter == null && first > 0 && lucene is PhraseQuery phrase
                    ? PhraseTopHits.Search(searcher, phrase, window)
                    : searcher.Search(lucene, window);
                for (; seen < top.ScoreDocs.Length; seen++)
                {
                    var hit = top.ScoreDocs[seen];
                    var stored = searcher.Doc(hit.Doc);
                    var claim = ClaimJson.Deserialize(stored.Get(IndexDocument.ClaimField));
                    if (filter != null && !filter(claim))
                    {
                        continue;
                    }

                    results.Add(ClaimRanker.Result(query, claim, stored.Get(IndexDocument.FileField), hit.Score));
                    if (first > 0 && results.Count == first)
                    {
                        return results;
                    }
                }

                // A filter left some of the best hits out: read further down the ranking.
                window = top.TotalHits > window ? (int)Math.Min(top.TotalHits, (long)window * 4) : 0;
            }

            return results;
        }

        /// <summary>The speaker, kind, entity and date filters as Lucene filters, so the ranking only ever holds claims they keep.</summary>
        private static Query Filtered(Query query, SearchOptions options)
        {
            if (options.Speaker != null)
            {
                query = new FilteredQuery(query, new MatchingTermsFilter(IndexDocument.SpeakerField, options.Speaker));
            }

            if (options.Kinds != null)
            {
                var kinds = new HashSet<string>(options.Kinds.Select(k => k.ToString()), StringComparer.Ordinal);
                query = new FilteredQuery(query, new MatchingTermsFilter(IndexDocument.KindField, kinds.Contains));
            }

            if (options.Entity != null)
            {
                query = new FilteredQuery(query, new MatchingTermsFilter(IndexDocument.EntityField, options.Entity));
            }

            if (options.After != null)
            {
                query = new FilteredQuery(query, NumericRangeFilter.NewInt64Range(IndexDocument.PublishedEndField, options.After.Start.Ticks, null, true, true));
            }

            if (options.Before != null)
            {
                query = new FilteredQuery(query, NumericRangeFilter.NewInt64Range(IndexDocument.PublishedStartField, null, options.Before.End.Ticks, true, true));
            }

            return query;
        }

        private static int CountHits(IndexSearcher searcher, Query lucene)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(lucene, counter);
            return counter.TotalHits;
        }

        /// <summary>A regular expression has no index terms: every claim is read and ranked in memory, as without an index.</summary>
        private static IReadOnlyList<SearchResult> ScanEveryClaim(IndexSearcher searcher, IndexManifest manifest, ClaimQuery query, SearchOptions? options)
        {
            var ranker = new ClaimRanker(query);
            ranker.AddUnmatched(manifest.Files.Sum(f => f.Claims), manifest.Files.Sum(f => f.FoldedLength));
            var collector = new AllDocuments();
            searcher.Search(new MatchAllDocsQuery(), collector);
            foreach (var doc in collector.Documents)
            {
                var stored = searcher.Doc(doc);
                ranker.AddCounted(ClaimJson.Deserialize(stored.Get(IndexDocument.ClaimField)), stored.Get(IndexDocument.FileField));
            }

            return ranker.Results(options);
        }

        /// <summary>
        /// The query in Lucene's terms: each term a phrase of its index terms at their offsets (a substring of the
        /// claim's folded text), OR within a group, every group required, excluded terms prohibited. Null when a
        /// feature has no index terms (a regular expression).
        /// </summary>
        private static Query? LuceneQuery(ClaimQuery query)
        {
            var all = new BooleanQuery();
            foreach (var group in query.Required)
            {
                var any = new BooleanQuery();
                foreach (var feature in group)
                {
                    var phrase = PhraseQuery(feature);
                    if (phrase == null)
                    {
                        return null;
                    }

                    any.Add(phrase, Occur.SHOULD);
                }

                all.Add(any.Clauses.Count == 1 ? any.Clauses[0].Query : any, Occur.MUST);
            }

            foreach (var feature in query.Excluded)
            {
                var phrase = PhraseQuery(feature);
                if (phrase == null)
                {
                    return null;
                }

                all.Add(phrase, Occur.MUST_NOT);
            }

            return all.Clauses.Count == 1 && all.Clauses[0].Occur == Occur.MUST ? all.Clauses[0].Query : all;
        }

        private static Query? PhraseQuery(QueryFeature feature)
        {
            var tokens = feature.PhraseTokens;
            if (tokens == null || tokens.Count == 0)
            {
                return null;
            }

            if (tokens.Count == 1)
            {
                return new TermQuery(new Term(IndexDocument.TextField, tokens[0].Term));
            }

            var phrase = new PhraseQuery();
            foreach (var token in tokens)
            {
                phrase.Add(new Term(IndexDocument.TextField, token.Term), token.Position);
            }

            return phrase;
        }

        /// <summary>The claims holding a value of a field that satisfies a test, each distinct value tested once.</summary>
        private sealed class MatchingTermsFilter : Filter
        {
            private readonly string _field;
            private readonly Func<string, bool> _keep;
            private readonly Dictionary<string, bool> _tested = new Dictionary<string, bool>(StringComparer.Ordinal);

            public MatchingTermsFilter(string field, Func<string, bool> keep)
            {
                _field = field;
                _keep = keep;
            }

            public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
            {
                var terms = context.AtomicReader.GetTerms(_field);
                if (terms == null)
                {
                    return null;
                }

                var matching = new FixedBitSet(context.AtomicReader.MaxDoc);
                var values = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (values.MoveNext())
                {
                    var value = values.Term.Utf8ToString();
                    if (!_tested.TryGetValue(value, out var keep))
                    {
                        keep = _keep(value);
                        _tested[value] = keep;
                    }

                    if (!keep)
                    {
                        continue;
                    }

                    docs = values.Docs(acceptDocs, docs, DocsFlags.NONE);
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        matching.Set(doc);
                    }
                }

                return matching;
            }
        }

        private sealed class AllDocuments : ICollector
        {
            private int _docBase;

            public List<int> Documents { get; } = new List<int>();

            public bool AcceptsDocsOutOfOrder => true;

            public void SetScorer(Scorer scorer)
            {
            }

            public void Collect(int doc) => Documents.Add(_docBase + doc);

            public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        }
    }
}
