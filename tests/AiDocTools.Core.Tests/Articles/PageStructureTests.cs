using AiDocTools.Analysis;
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
            AnalysisPipeline.Shipped.NewReader().ReadText("<!DOCTYPE html><html><head><title>Pilot extended</title></head><body>" + body + "</body></html>", "page.html");

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

        [Fact]
        public void TheHeadingThatRepeatsTheTitleNamesTheArticle()
        {
            // The article's headline is an h2; a featured story further down has the page's only h1.
            var article = Read("<section><article itemtype=\"http://schema.org/Article\"><h2 itemprop=\"headline\">Pilot extended</h2>" + Story + "</article></section>"
                + "<section><article itemtype=\"http://schema.org/Article\"><h1>Ferries every twenty minutes</h1>"
                + "<p>The harbour ferry will run every twenty minutes in summer, the operator announced after a year of complaints about crowded boats.</p>"
                + "<p>Tickets bought on the pier will cost the same as before, and the night boat keeps its old timetable until the autumn.</p>"
                + "<p>The operator expects to carry a third more passengers than last year once the new boats arrive in June.</p></article></section>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.DoesNotContain("harbour ferry", article.Body);
            Assert.DoesNotContain("night boat", article.Body);
        }

        [Fact]
        public void TagLinesAndDatelinesLeaveTheMarkedBody()
        {
            // Labelled in a language the line rules do not know: only the markup (itemprop, rel="tag") says what they are.
            var article = Read("<div itemprop=\"articleBody\"><h1>Pilot extended</h1><span class=\"when\">Publicado em <time itemprop=\"dateModified\" datetime=\"2025-04-02\">2 de abril de 2025 às 10:15</time></span>"
                + Story.Replace("the autumn of next year", "the autumn of next year, as the <a rel=\"tag\" href=\"/t/budget\">budget committee</a> asked")
                + "<strong>Schlagworte<br><a rel=\"tag\" href=\"/t/council\">city council</a>, <a rel=\"tag\" href=\"/t/translation\">translation service</a>, <a rel=\"tag\" href=\"/t/pilots\">pilot projects</a></strong></div>");
            Assert.Contains("as the budget committee asked", article.Body);
            Assert.DoesNotContain("Schlagworte", article.Body);
            Assert.DoesNotContain("pilot projects", article.Body);
            Assert.DoesNotContain("Publicado", article.Body);
            Assert.DoesNotContain("10:15", article.Body);
        }

        [Fact]
        public void ASignUpBoxLeavesWithItsPitch()
        {
            var article = Read("<article><h1>Pilot extended</h1>" + Story + "</article><div class=\"cta-box\"><h3>Like what you read here?</h3>"
                + "<p>Every morning we mail the day's five best stories to readers who ask for them.</p><form><input type=\"email\" placeholder=\"Your email\"></form></div>");
            Assert.Contains("budget debate", article.Body);
            Assert.DoesNotContain("Like what you read", article.Body);
            Assert.DoesNotContain("five best stories", article.Body);
        }

        [Fact]
        public void AHoverCardDoesNotDoubleTheName()
        {
            // The card a name pops up (the name again, the person's latest headlines) follows the link in the markup.
            var article = Read("<article><h1>Pilot extended</h1><p>The motion came from councillor <span><a href=\"/people/jane-roe\">Jane Roe</a>"
                + "<span class=\"card\"><img src=\"roe.jpg\"><a href=\"/people/jane-roe\">Jane Roe</a><a href=\"/s/1\">Roe opens the new library wing on Saturday</a>"
                + "<a href=\"/s/2\">Budget talks resume with a smaller deficit</a></span></span>, who chairs the services committee.</p>" + Story + "</article>");
            Assert.Contains("The motion came from councillor Jane Roe, who chairs the services committee.", article.Body);
            Assert.DoesNotContain("library wing", article.Body);
        }

        [Fact]
        public void APictureWithItsCaptionLeavesWithoutAFigureElement()
        {
            var article = Read("<div class=\"story\"><h1>Pilot extended</h1><div class=\"pic\"><img src=\"council.jpg\"><p>Members of the council leave the chamber after the vote on Tuesday. (Town Hall Press)</p></div>"
                + Story + "</div>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.DoesNotContain("leave the chamber", article.Body);
        }

        [Fact]
        public void AParagraphBesideAPictureInTheStoryStays()
        {
            // The box holds more than a picture and its line: the story's own paragraphs around an inline image stay.
            var article = Read("<div class=\"story\"><h1>Pilot extended</h1><div><img src=\"council.jpg\">" + Story + "</div></div>");
            Assert.Contains("four thousand requests", article.Body);
            Assert.Contains("budget debate", article.Body);
        }

        [Fact]
        public void APostTheStoryQuotesStaysInItsSocialBox()
        {
            var article = Read("<article><h1>Pilot extended</h1>" + Story + "<p>The mayor answered critics within the hour.</p>"
                + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Twelve more months of translated letters for every family in town.</p>— Town Mayor (@townmayor) <a href=\"#s\">April 2, 2025</a></blockquote></div>"
                + "<div class=\"social-share\"><p>Send this story to a friend by mail or message</p></div></article>");
            Assert.Contains("Twelve more months of translated letters", article.Body);
            Assert.DoesNotContain("Send this story", article.Body);
        }

        [Fact]
        public void TheStatedAuthorOnALineOfItsOwnIsTheByline()
        {
            var article = AnalysisPipeline.Shipped.NewReader().ReadText("<!DOCTYPE html><html><head><title>Pilot extended</title><meta name=\"author\" content=\"Harbour Wire Service\"></head><body>"
                + "<div class=\"story\"><h1>Pilot extended</h1><div class=\"who\"><br> Harbour Wire Service <br></div>" + Story + "</div></body></html>", "page.html");
            Assert.Equal("Harbour Wire Service", article.Author);
            Assert.DoesNotContain("Harbour Wire Service", article.Body);
            Assert.Contains("four thousand requests", article.Body);
        }
    }
}
