using AiDocTools.Articles;
using Xunit;

namespace AiDocTools.Core.Tests.Articles
{
    public sealed class PageStructureTests
    {
        private const string Story = "<p>The council voted on Tuesday to extend the pilot of the translation service for another year.</p>"
            + "<p>Officials said the service had answered more than four thousand requests since it began in the spring.</p>"
            + "<p>A final report on its accuracy is expected before the budget debate in the autumn of next year.</p>";

        private static Article Read(string body) =>
            new ArticleReader().ReadText("<!DOCTYPE html><html><head><title>Pilot extended</title></head><body>" + body + "</body></html>", "page.html");

        [Fact]
        public void ChromeNamedByItsClassLeaves()
        {
            var article = Read("<div class=\"main\"><h1>Pilot extended</h1>" + Story
                + "<div class=\"share-buttons\"><p>Post this story to your friends and colleagues today</p></div>"
                + "<div class=\"relatedPosts\"><p>Another story about the same council and its budget plans</p></div></div>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.DoesNotContain("Post this story", article.Body);
            Assert.DoesNotContain("Another story", article.Body);
        }

        [Fact]
        public void AClassNameNeverTakesTheArticleItself()
        {
            // Themes wrap the whole story in a "share" or "comments-enabled" container; most of the text outweighs the name.
            var article = Read("<div class=\"post-share-wrapper\"><h1>Pilot extended</h1>" + Story + "</div>");
            Assert.Contains("translation service", article.Body);
            Assert.Contains("budget debate", article.Body);
        }

        [Fact]
        public void TheBodyThePageMarksWins()
        {
            var article = Read("<div class=\"teaser\"><p>A long teaser for a different story that the scoring might have liked just as much as this one, with many words.</p></div>"
                + "<div itemprop=\"articleBody\">" + Story + "</div>");
            Assert.StartsWith("The council voted", article.Body);
            Assert.DoesNotContain("teaser", article.Body);
        }

        [Fact]
        public void ParagraphsWrittenAsDivsAndBreaksStayApart()
        {
            var article = Read("<article><h1>Pilot extended</h1><div>First paragraph of the story, written as a div.</div><div>Second one, also a div, with <a href=\"#\">a link</a> inside.</div>line one<br>line two</article>");
            Assert.Contains("Second one, also a div, with a link inside.", article.Paragraphs);
            Assert.Contains("line one", article.Paragraphs);
            Assert.Contains("line two", article.Paragraphs);
        }

        private const string OtherPosts = "<article><h3>You may also like</h3>"
            + "<article><p>The harbour ferry will run every twenty minutes in summer, the operator announced after a year of complaints about crowded boats.</p></article>"
            + "<article><p>A bakery on the market square has kept its wood oven for ninety years and now bakes rye bread for four villages around it.</p></article>"
            + "<article><p>Volunteers counted more swallows along the river this spring than in any year since the count began in the seventies.</p></article></article>";

        [Fact]
        public void OtherPostsAfterTheArticleLeave()
        {
            // A blog theme marks the article and the excerpts after it the same way; the headline says which is the article.
            var article = Read("<div id=\"primary\"><article class=\"box\"><h1>Pilot extended</h1>" + Story + "</article>" + OtherPosts + "</div>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.Contains("budget debate", article.Body);
            Assert.DoesNotContain("harbour ferry", article.Body);
            Assert.DoesNotContain("wood oven", article.Body);
            Assert.DoesNotContain("swallows", article.Body);
        }

        [Fact]
        public void PostsWithoutAHeadlineOfTheirOwnStay()
        {
            // A live blog's updates are posts under a headline outside them: none is the article alone, so all stay.
            var article = Read("<div id=\"primary\"><h1>Pilot extended</h1><article>" + Story + "</article>" + OtherPosts + "</div>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.Contains("wood oven", article.Body);
        }
    }
}
