using System.Collections.Generic;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>Turns an article's content sentences into claims, each with its place in the Body.</summary>
    public sealed class ClaimExtractor
    {
        public static ClaimExtractor Default { get; } = new ClaimExtractor();

        public IReadOnlyList<Claim> Extract(Article article)
        {
            var claims = new List<Claim>();
            var body = article.Body;
            var paragraphStart = 0;
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = article.Paragraphs[p];
                foreach (var sentence in SentenceSegmenter.Split(paragraph))
                {
                    claims.Add(new Claim
                    {
                        ArticleId = article.Id,
                        Index = claims.Count,
                        Kind = ClaimKind.Assertion,
                        Text = sentence.Of(paragraph),
                        Paragraph = p,
                        Start = paragraphStart + sentence.Start,
                        Length = sentence.Length,
                        Published = article.Published,
                    });
                }

                paragraphStart += paragraph.Length + Article.ParagraphSeparator.Length;
            }

            return claims;
        }
    }
}
