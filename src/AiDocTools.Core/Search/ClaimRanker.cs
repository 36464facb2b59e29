using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDocTools.Text;

namespace AiDocTools.Search
{
    /// <summary>What a search may narrow down after matching: which claims to keep, and how many.</summary>
    public sealed class SearchOptions
    {
        /// <summary>Keep only the best N results; 0 keeps all.</summary>
        public int First { get; set; }

        /// <summary>Only claims whose speaker, canonical or as written, satisfies this (unattributed claims never do).</summary>
        public Func<string, bool>? Speaker { get; set; }

        /// <summary>Only claims of these kinds.</summary>
        public IReadOnlyCollection<ClaimKind>? Kinds { get; set; }

        /// <summary>Only claims that mention an entity satisfying this.</summary>
        public Func<string, bool>? Entity { get; set; }

        /// <summary>Only claims from articles published in or after this period.</summary>
        public PartialDate? After { get; set; }

        /// <summary>Only claims from articles published in or before this period.</summary>
        public PartialDate? Before { get; set; }

        /// <summary>
        /// Any other condition. The index applies the filters above by its own fields before ranking; this one it can
        /// only test on each hit's claim, reading further down the ranking for as long as it leaves hits out.
        /// </summary>
        public Func<Claim, bool>? Filter { get; set; }

        internal bool HasIndexedFilters => Speaker != null || Kinds != null || Entity != null || After != null || Before != null;

        /// <summary>True when the claim passes every filter.</summary>
        public bool Keeps(Claim claim) =>
            (Speaker == null || claim.IsSpokenBy(Speaker))
            && (Kinds == null || Kinds.Contains(claim.Kind))
            && (Entity == null || claim.Entities.Any(Entity))
            && (After == null || (claim.PublishedValue != null && claim.PublishedValue.IsInOrAfter(After)))
            && (Before == null || (claim.PublishedValue != null && claim.PublishedValue.IsInOrBefore(Before)))
            && (Filter == null || Filter(claim));
    }

    /// <summary>One claim that satisfied the query, with where each positive feature matched.</summary>
    internal sealed class ClaimHit
    {
        public ClaimHit(Claim claim, string? path, FoldedText text, IReadOnlyList<TextSpan>[] spans)
        {
            Claim = claim;
            Path = path;
            Text = text;
            Spans = spans;
        }

        public Claim Claim { get; }

        public string? Path { get; }

        public FoldedText Text { get; }

        public IReadOnlyList<TextSpan>[] Spans { get; }
    }

    /// <summary>
    /// Collects, claim by claim, what BM25 needs: how many claims there are, their folded lengths, how many claims
    /// each feature occurs in, and the claims that satisfy the query. The in-memory search and the on-disk index both
    /// feed it the same claims, so both rank identically.
    /// </summary>
    internal sealed class ClaimRanker
    {
        // The usual BM25 constants; claims are short, so length normalisation matters little either way.
        private const double K1 = 1.2;
        private const double B = 0.75;
        private const int SnippetWidth = 160;
        private const int SnippetLead = 40;

        private readonly ClaimQuery _query;
        private readonly int[] _documentFrequency;
        private readonly List<ClaimHit> _hits = new List<ClaimHit>();

        public ClaimRanker(ClaimQuery query)
        {
            _query = query;
            _documentFrequency = new int[query.Positive.Count];
        }

        /// <summary>Counts a claim that the query cannot match without looking at it (it shares no index term with any feature).</summary>
        public void AddUnmatched(int claims, long foldedLength)
        {
            ClaimCount += claims;
            TotalLength += foldedLength;
        }

        public int ClaimCount { get; private set; }

        public long TotalLength { get; private set; }

        /// <summary>Matches one claim; counts it in the statistics whether or not it matches.</summary>
        public void Add(Claim claim, string? path) => Add(claim, path, FoldedText.Of(claim.Text, Folding.Search), countInStatistics: true);

        /// <summary>Matches one claim already counted through <see cref="AddUnmatched"/>.</summary>
        public void AddCounted(Claim claim, string? path) => Add(claim, path, FoldedText.Of(claim.Text, Folding.Search), countInStatistics: false);

        public IReadOnlyList<SearchResult> Results(SearchOptions? options)
        {
            var averageLength = ClaimCount == 0 ? 1.0 : Math.Max(1.0, (double)TotalLength / ClaimCount);
            var weights = _documentFrequency.Select(df => Math.Log(1.0 + ((ClaimCount - df + 0.5) / (df + 0.5)))).ToArray();
            var results = new List<SearchResult>();
            foreach (var hit in _hits)
            {
                if (options != null && !options.Keeps(hit.Claim))
                {
                    continue;
                }

                var lengthNorm = K1 * (1 - B + (B * hit.Text.Folded.Length / averageLength));
                var score = 0.0;
                for (var f = 0; f < hit.Spans.Length; f++)
                {
                    var tf = hit.Spans[f].Count;
                    if (tf > 0)
                    {
                        score += weights[f] * tf * (K1 + 1) / (tf + lengthNorm);
                    }
                }

                results.Add(new SearchResult(hit.Claim, hit.Path, score, Snippet(hit)));
            }

            IEnumerable<SearchResult> ordered = results
                .OrderByDescending(r => r.Score)
                .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
                .ThenBy(r => r.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(r => r.Claim.Index);
            if (options != null && options.First > 0)
            {
                ordered = ordered.Take(options.First);
            }

            return ordered.ToList();
        }

        private void Add(Claim claim, string? path, FoldedText text, bool countInStatistics)
        {
            if (countInStatistics)
            {
                ClaimCount++;
                TotalLength += text.Folded.Length;
            }

            var spans = new IReadOnlyList<TextSpan>[_query.Positive.Count];
            for (var f = 0; f < spans.Length; f++)
            {
                spans[f] = _query.Positive[f].Find(text);
                if (spans[f].Count > 0)
                {
                    _documentFrequency[f]++;
                }
            }

            if (_query.Satisfies(text, spans))
            {
                _hits.Add(new ClaimHit(claim, path, text, spans));
            }
        }

        /// <summary>A claim found by the index with its score: the snippet marks what each positive feature finds in it, as in memory.</summary>
        internal static SearchResult Result(ClaimQuery query, Claim claim, string? path, double score)
        {
            var text = FoldedText.Of(claim.Text, Folding.Search);
            var spans = new IReadOnlyList<TextSpan>[query.Positive.Count];
            for (var f = 0; f < spans.Length; f++)
            {
                spans[f] = query.Positive[f].Find(text);
            }

            return new SearchResult(claim, path, score, Snippet(new ClaimHit(claim, path, text, spans)));
        }

        /// <summary>The claim on one line, cut to about <see cref="SnippetWidth"/> characters around the first match, matches in «».</summary>
        internal static string Snippet(ClaimHit hit)
        {
            var text = hit.Text.Source;
            var marks = hit.Spans.SelectMany(s => s).Where(s => s.Length > 0).OrderBy(s => s.Start).ToList();
            var first = marks.Count > 0 ? marks[0].Start : 0;
            var from = text.Length <= SnippetWidth ? 0 : Math.Max(0, Math.Min(first - SnippetLead, text.Length - SnippetWidth));
            var to = Math.Min(text.Length, from + SnippetWidth);
            from = AvoidSplittingPair(text, from);
            to = AvoidSplittingPair(text, to);

            var snippet = new StringBuilder();
            if (from > 0)
            {
                snippet.Append('…');
            }

            var at = from;
            foreach (var mark in marks)
            {
                var start = Math.Max(mark.Start, at);
                var end = Math.Min(mark.End, to);
                if (end <= start)
                {
                    continue;
                }

                AppendFlat(snippet, text, at, start);
                snippet.Append('«');
                AppendFlat(snippet, text, start, end);
                snippet.Append('»');
                at = end;
            }

            AppendFlat(snippet, text, at, to);
            if (to < text.Length)
            {
                snippet.Append('…');
            }

            return snippet.ToString();
        }

        private static int AvoidSplittingPair(string text, int index) =>
            index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

        private static void AppendFlat(StringBuilder snippet, string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var c = text[i];
                snippet.Append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }
    }
}
