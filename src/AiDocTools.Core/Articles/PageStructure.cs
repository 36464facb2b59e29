using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using AngleSharp.Dom;

namespace AiDocTools.Articles
{
    /// <summary>
    /// What a saved page's own markup says about where its article is: chrome the page marks as chrome (navigation,
    /// footers, share and related panels named by their class), the body the page marks as the body
    /// (<c>itemprop="articleBody"</c>, JSON-LD <c>articleBody</c>), and link lists that are menus rather than text.
    /// Works on the AngleSharp tree before SmartReader scores what is left.
    /// </summary>
    internal static class PageStructure
    {
        // Elements HTML itself defines as not the article's text.
        // Figures are the pictures with their captions and credits, and embedded posts; a reader's article is the prose.
        private const string ChromeElements = "nav, footer, aside, form, button, select, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";

        // The elements a page marks each post with: HTML's own, and schema.org's article and posting types.
        private const string PostElements = "article, [itemtype*=Article], [itemtype*=Posting]";

        // Dates a page states about its article, not parts of it, and the most a label beside one or beside a run of tags
        // ("Updated", "公開日：", "Tags") holds.
        private const string StatedDates = "[itemprop=datePublished], [itemprop=dateModified], [itemprop=dateCreated]";
        private const int MaximumLabel = 24;

        // A body the page marks must hold at least a paragraph's worth of text to be trusted over scoring.
        private const int MinimumMarkedBody = 250;

        // An element holding this share of the page's paragraph text is the article, whatever its class says.
        private const double ArticleShare = 0.5;

        // The share of a heading's words the page's title must hold for the heading to be its headline.
        private const double TitleShare = 0.8;

        // The most text a sign-up box holds around its form: a heading, a sentence of pitch, a privacy note.
        private const int MaximumSignUpBox = 400;

        // The longest caption a picture carries: a sentence or two on what it shows and a credit.
        private const int MaximumCaption = 300;

        // A link line is a headline's length, nearly all of it the link.
        private const int MaximumLinkLine = 200;
        private const double LinkLineShare = 0.85;

        private static readonly Regex WordSplit = new Regex(@"\w+", RegexOptions.CultureInvariant | RegexOptions.Compiled, LineShape.RegexTimeout);

        /// <summary>Removes the chrome the markup names, never an element that holds most of the article.</summary>
        public static void RemoveChrome(IDocument page, IElement? marked, string? title, BoilerplateCues cues)
        {
            var body = page.Body;
            if (body == null)
            {
                return;
            }

            var total = ParagraphText(body);
            var heading = page.QuerySelector("h1");
            RemoveSignUpBoxes(body, marked, heading);
            var embeds = cues.EmbeddedPostSelector;
            var doomed = new List<IElement>();
            foreach (var element in body.QuerySelectorAll("*"))
            {
                if (element.LocalName == "main" || element.LocalName == "article" || element.LocalName == "body")
                {
                    continue;
                }

                var byElement = element.Matches(ChromeElements);
                if (!byElement && !cues.IsChromeClass(element.ClassName, element.Id))
                {
                    continue;
                }

                // A theme's class names (post-share-wrapper around everything, a footer holding the whole story) can be wrong;
                // the article's own text and headline outweigh them, and so does a post the story quotes ("social-embed").
                if ((marked != null && element.Contains(marked))
                    || (heading != null && element.Contains(heading) && !byElement)
                    || (total > 0 && ParagraphText(element) >= ArticleShare * total))
                {
                    continue;
                }

                doomed.Add(element);
            }

            foreach (var element in doomed)
            {
                if (QuotesAPost(element, embeds))
                {
                    Unwrap(element);
                }
                else
                {
                    element.Remove();
                }
            }

            RemoveOtherPosts(body, marked, title);
            RemoveHoverCards(body);
            RemoveCaptionedPictures(body, heading);
            RemoveTagLines(body);
            RemoveLinkLists(body);
            RemoveLinkLines(body);
        }

        // A box that holds a post the story quotes from a social network ("social-media-embed" around a tweet) and little
        // else is the story's, whatever its class says. Its wrapper goes, so that SmartReader, which drops "social" boxes
        // by name, does not drop the quote; the post stays where the story put it.
        private static bool QuotesAPost(IElement element, string embeds)
        {
            if (embeds.Length == 0)
            {
                return false;
            }

            var posts = element.Matches(embeds) ? new List<IElement> { element } : element.QuerySelectorAll(embeds).ToList();
            return posts.Count > 0 && element.TextContent.Count(char.IsLetterOrDigit) - posts.Sum(p => p.TextContent.Count(char.IsLetterOrDigit)) <= MaximumLabel;
        }

        private static void Unwrap(IElement element)
        {
            if (element.Parent is INode parent)
            {
                while (element.FirstChild is INode child)
                {
                    parent.InsertBefore(child, element);
                }

                element.Remove();
            }
        }

        // A form that asks for an e-mail address is a newsletter or sign-up box; its heading and pitch ("Want more stories
        // like this?") sit around it in the same small box, which leaves with it. Runs before forms leave as chrome, while
        // the form still shows where the box is.
        private static void RemoveSignUpBoxes(IElement body, IElement? marked, IElement? heading)
        {
            foreach (var form in body.QuerySelectorAll("form").Where(f => f.QuerySelector("input[type=email]") != null).ToList())
            {
                IElement box = form;
                while (box.ParentElement is IElement parent && parent != body && parent.LocalName != "article" && parent.LocalName != "main"
                    && Collapse(parent.TextContent).Length <= MaximumSignUpBox
                    && (marked == null || !parent.Contains(marked)) && (heading == null || !parent.Contains(heading)))
                {
                    box = parent;
                }

                if (box.Parent != null)
                {
                    box.Remove();
                }
            }
        }

        // A blog or archive page goes on after its article with other posts (their headlines, excerpts, pictures, share
        // links), each marked up as a post exactly as the article is. The headline says which post the page is about: the
        // heading that repeats the page's title (or, when none does, the top heading) sits in one post, and every post
        // outside that one is another story. A page where separate posts hold the headline, or none does, is a list or a
        // live blog, and is left to the scoring; so is a post too short to be the article.
        private static void RemoveOtherPosts(IElement body, IElement? marked, string? title)
        {
            var posts = body.QuerySelectorAll(PostElements).ToList();
            if (posts.Count < 2)
            {
                return;
            }

            var headlines = body.QuerySelectorAll("h1, h2, h3, [itemprop=headline]").Where(h => RepeatsTitle(h.TextContent, title)).ToList();
            if (headlines.Count == 0)
            {
                headlines = body.QuerySelectorAll("h1").ToList();
            }

            var headed = posts.Where(p => headlines.Any(h => p.Contains(h))).ToList();
            var article = headed.FirstOrDefault(p => headed.All(other => p.Contains(other)));
            if (article == null || Collapse(article.TextContent).Length < MinimumMarkedBody)
            {
                return;
            }

            foreach (var post in posts)
            {
                if (!post.Contains(article) && !article.Contains(post) && (marked == null || !post.Contains(marked)) && post.Parent != null)
                {
                    post.Remove();
                }
            }
        }

        // A heading repeats the title when nearly all its words are the title's and it holds most of them: "Headline | Site"
        // is the title of the page whose heading is "Headline".
        private static bool RepeatsTitle(string heading, string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return false;
            }

            var have = Words(heading);
            var want = Words(title!);
            var shared = have.Keys.Sum(w => want.TryGetValue(w, out var n) ? Math.Min(n, have[w]) : 0);
            var headingWords = have.Values.Sum();
            return headingWords > 0 && shared >= TitleShare * headingWords && shared >= 0.5 * want.Values.Sum();
        }

        // A short block that is a link and little else (READ MORE: another story, a teaser under a photo) points away
        // from the article; a sentence with a link in it keeps its words around the link.
        private static void RemoveLinkLines(IElement body)
        {
            foreach (var block in body.QuerySelectorAll("p, li, div").ToList())
            {
                if (block.QuerySelector("p, div, li, h1, h2, h3, h4, h5, h6") != null || block.Closest("h1, h2, h3, h4, h5, h6") != null)
                {
                    continue;
                }

                var text = Collapse(block.TextContent).Length;
                if (text == 0 || text > MaximumLinkLine)
                {
                    continue;
                }

                var linked = block.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
                if (linked >= LinkLineShare * text)
                {
                    block.Remove();
                }
            }
        }

        /// <summary>The element the page marks as its article body, when it holds enough text to trust.</summary>
        public static IElement? MarkedBody(IDocument page)
        {
            var marked = page.QuerySelectorAll("[itemprop=articleBody]")
                .OrderByDescending(e => e.TextContent.Length)
                .FirstOrDefault();
            if (marked != null && Collapse(marked.TextContent).Length >= MinimumMarkedBody)
            {
                return marked;
            }

            var stated = JsonLdArticleBody(page);
            return stated == null ? null : BestCover(page, stated);
        }

        // The dates a page marks with itemprop are metadata the reader takes from the markup; on a line of their own inside
        // the body (a dateline under the headline) they are not the article's text, and neither is their label ("Updated").
        // Runs on the content chosen, not the page: SmartReader reads the page's date from these same elements.
        public static void RemoveStatedDates(IElement body)
        {
            foreach (var element in body.QuerySelectorAll(StatedDates).ToList())
            {
                if (element.Parent == null || element.QuerySelector("p") != null || element.Closest("p") != null || Collapse(element.TextContent).Length > MaximumLinkLine)
                {
                    continue;
                }

                IElement line = element;
                while (line.ParentElement is IElement parent && parent != body && parent.QuerySelector("p") == null
                    && Collapse(parent.TextContent).Length - Collapse(line.TextContent).Length <= MaximumLabel)
                {
                    line = parent;
                }

                line.Remove();
            }
        }

        // A picture with its caption is a figure whether or not the page says <figure>: a box that holds a picture and one
        // short line of text beside it (what the photo shows, who took it), and nothing else.
        private static void RemoveCaptionedPictures(IElement body, IElement? heading)
        {
            foreach (var box in body.QuerySelectorAll("div").ToList())
            {
                var children = box.Children.ToList();
                if (children.Count != 2 || !body.Contains(box) || (heading != null && box.Contains(heading)))
                {
                    continue;
                }

                var picture = children.FirstOrDefault(IsPicture);
                var caption = children.FirstOrDefault(c => c != picture);
                var text = Collapse(box.TextContent).Length;
                if (picture != null && caption != null && !IsPicture(caption) && text > 0 && text <= MaximumCaption
                    && Collapse(caption.TextContent).Length == text && caption.QuerySelector("p, div, li, h1, h2, h3, h4, h5, h6") == null)
                {
                    box.Remove();
                }
            }
        }

        private static bool IsPicture(IElement element) =>
            (element.LocalName == "img" || element.LocalName == "picture" || element.QuerySelector("img, picture") != null) && Collapse(element.TextContent).Length == 0;

        // A name linked in a sentence may carry the card a browser pops up over it (the name again, a picture, links to
        // the person's latest stories), hidden by the style sheet but there in the markup. The card follows its link and
        // links to the same address again; text extraction would otherwise double the name and run the headlines into the
        // sentence.
        private static void RemoveHoverCards(IElement body)
        {
            foreach (var link in body.QuerySelectorAll("a[href]").ToList())
            {
                var href = link.GetAttribute("href");
                if (link.NextElementSibling is IElement card && card.LocalName != "a" && body.Contains(card)
                    && card.QuerySelectorAll("a[href]").Any(a => a.GetAttribute("href") == href)
                    && UnlinkedText(card) <= MaximumLabel)
                {
                    card.Remove();
                }
            }
        }

        // Links the page marks rel="tag" name the story's tags; a run of them with its label, however it is laid out (a
        // list, a paragraph, a bold run after a break), is a tag line. A tag linked inside a sentence stays with it.
        private static void RemoveTagLines(IElement body)
        {
            foreach (var tag in body.QuerySelectorAll("a[rel~=tag]").ToList())
            {
                if (!body.Contains(tag))
                {
                    continue;
                }

                IElement line = tag;
                while (line.ParentElement is IElement parent && parent != body && UnlinkedText(parent) <= MaximumLabel)
                {
                    line = parent;
                }

                if (line != tag)
                {
                    line.Remove();
                }
            }
        }

        // The letters and digits of an element that are not inside a link: a label and the commas between tags hold few.
        private static int UnlinkedText(IElement element) =>
            element.TextContent.Count(char.IsLetterOrDigit) - element.QuerySelectorAll("a").Sum(a => a.TextContent.Count(char.IsLetterOrDigit));

        // Lists whose items are links and nothing else (related stories, tag clouds, category menus) are navigation.
        private static void RemoveLinkLists(IElement body)
        {
            foreach (var list in body.QuerySelectorAll("ul, ol").ToList())
            {
                var items = list.Children.Where(c => c.LocalName == "li").ToList();
                if (items.Count < 2)
                {
                    continue;
                }

                var text = Collapse(list.TextContent).Length;
                var linked = list.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
                if (text > 0 && linked >= 0.8 * text && items.All(i => i.QuerySelector("a") != null))
                {
                    list.Remove();
                }
            }
        }

        private static string? JsonLdArticleBody(IDocument page)
        {
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                foreach (var node in JsonLd.Nodes(script.TextContent))
                {
                    if (node.TryGetProperty("articleBody", out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        var text = value.GetString();
                        if (text != null && text.Length >= MinimumMarkedBody)
                        {
                            return text;
                        }
                    }
                }
            }

            return null;
        }

        // The stated body is plain text without paragraphs; the element whose words match it best gives the paragraphs.
        private static IElement? BestCover(IDocument page, string stated)
        {
            var want = Words(stated);
            IElement? best = null;
            var bestScore = 0.0;
            foreach (var element in page.Body?.QuerySelectorAll("div, article, section, main, td") ?? Enumerable.Empty<IElement>())
            {
                var text = element.TextContent;
                if (text.Length < stated.Length / 2 || element.QuerySelector("p") == null)
                {
                    continue;
                }

                var have = Words(text);
                var shared = have.Keys.Sum(w => want.TryGetValue(w, out var n) ? Math.Min(n, have[w]) : 0);
                var precision = shared / (double)Math.Max(1, have.Values.Sum());
                var recall = shared / (double)Math.Max(1, want.Values.Sum());
                var score = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                if (score > bestScore)
                {
                    best = element;
                    bestScore = score;
                }
            }

            return bestScore >= 0.6 ? best : null;
        }

        private static Dictionary<string, int> Words(string text)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match m in WordSplit.Matches(text))
            {
                counts[m.Value] = counts.TryGetValue(m.Value, out var n) ? n + 1 : 1;
            }

            return counts;
        }

        private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

        private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
