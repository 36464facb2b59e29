using System.Collections.Generic;
using AiDocTools.Claims;

namespace AiDocTools.Search
{
    /// <summary>Searches the claims of articles held in memory: the default for articles piped from Get-AiArticle.</summary>
    public static class ClaimSearch
    {
        /// <summary>The claims of <paramref name="articles"/> that match, best first.</summary>
        /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">A regular expression query ran too long on a claim.</exception>
        public static IReadOnlyList<SearchResult> Search(IEnumerable<Article> articles, ClaimQuery query, SearchOptions? options = null, ClaimExtractor? extractor = null)
        {
            extractor ??= ClaimExtractor.Default;
            var ranker = new ClaimRanker(query);
            foreach (var article in articles)
            {
                foreach (var claim in extractor.Extract(article))
                {
                    ranker.Add(claim, article.Path);
                }
            }

            return ranker.Results(options);
        }
    }
}
