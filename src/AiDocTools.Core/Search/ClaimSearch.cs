using System.Collections.Generic;
using AiDocTools.Analysis;
using AiDocTools.Claims;

namespace AiDocTools.Search
{
    /// <summary>
    /// Searches the claims of articles as they stream past: the default for articles piped from Get-AiArticle.
    /// Only the matching claims are kept, with the counts BM25 needs, so memory grows with the matches, not the corpus.
    /// </summary>
    public sealed class ClaimSearch
    {
        private readonly ClaimExtractor _extractor;
        private readonly ClaimRanker _ranker;

        public ClaimSearch(ClaimQuery query, ClaimExtractor? extractor = null)
        {
            _extractor = extractor ?? AnalysisPipeline.Shipped.Claims;
            _ranker = new ClaimRanker(query);
        }

        /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A regular expression query ran too long on a claim.</exception>
        public void Add(Article article)
        {
            foreach (var claim in _extractor.Extract(article))
            {
                _ranker.Add(claim, article.Path);
            }
        }

        /// <summary>The matching claims of every article added so far, best first.</summary>
        public IReadOnlyList<SearchResult> Results(SearchOptions? options = null) => _ranker.Results(options);

        /// <summary>The claims of <paramref name="articles"/> that match, best first.</summary>
        /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A regular expression query ran too long on a claim.</exception>
        public static IReadOnlyList<SearchResult> Search(IEnumerable<Article> articles, ClaimQuery query, SearchOptions? options = null, ClaimExtractor? extractor = null)
        {
            var search = new ClaimSearch(query, extractor);
            foreach (var article in articles)
            {
                search.Add(article);
            }

            return search.Results(options);
        }
    }
}
