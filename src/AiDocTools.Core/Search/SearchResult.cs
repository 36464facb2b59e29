namespace AiDocTools
{
    /// <summary>
    /// One claim that matched a search, with its rank and provenance. <see cref="Start"/> and <see cref="Length"/>
    /// point into the article's Body, exactly as the claim's own offsets do.
    /// </summary>
    public sealed class SearchResult
    {
        public SearchResult(Claim claim, string? path, double score, string snippet)
        {
            Claim = claim;
            Path = path;
            Score = score;
            Snippet = snippet;
        }

        /// <summary>BM25 relevance: higher is better; comparable only within one search.</summary>
        public double Score { get; }

        public string? Speaker => Claim.Speaker;

        public string ArticleId => Claim.ArticleId;

        /// <summary>The claim, shortened around the first match, with every match marked «like this».</summary>
        public string Snippet { get; }

        public ClaimKind Kind => Claim.Kind;

        public string Text => Claim.Text;

        /// <summary>The whole claim, with its quote, cue, entities and dates.</summary>
        public Claim Claim { get; }

        public int Paragraph => Claim.Paragraph;

        public int Start => Claim.Start;

        public int Length => Claim.Length;

        /// <summary>The file the article was read from, or null for an article given as text.</summary>
        public string? Path { get; }

        public override string ToString() => Snippet;
    }
}
