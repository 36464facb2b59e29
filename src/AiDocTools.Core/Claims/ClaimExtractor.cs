using System.Collections.Generic;
using System.Linq;
using AiDocTools.Articles;
using AiDocTools.Entities;
using AiDocTools.Rules;
using AiDocTools.Text;
using AiDocTools.Time;

namespace AiDocTools.Claims
{
    /// <summary>
    /// Turns an article's content sentences into claims, each with its place in the Body and, when it is someone's
    /// words, its speaker: direct quotations, reported speech, and dialogue turns; everything else is the author's assertion.
    /// </summary>
    public sealed class ClaimExtractor
    {
        private readonly IEntityRecognizer? _entities;
        private readonly JapaneseAttribution _japanese;
        private readonly EnglishAttribution _english;
        private readonly SpeakerNames _names;

        private readonly EventExtractor? _events;

        /// <summary>Claims read by the attribution packs of <paramref name="packs"/> (ja/attribution, en/attribution).</summary>
        /// <param name="packs">The rule packs; a missing attribution pack fails here, naming it.</param>
        /// <param name="entities">When given, speakers are canonicalised (マーク・ザッカーバーグ氏 → Mark Zuckerberg) and claims list the entities they mention;
        /// without it, speakers are the written names without honorifics.</param>
        /// <param name="events">When given, claims list the dates they state, resolved as Get-AiEvent resolves them.</param>
        public ClaimExtractor(LanguagePacks packs, IEntityRecognizer? entities = null, EventExtractor? events = null)
            : this(new ClaimCues(packs.Get("ja", "attribution"), packs.Get("en", "attribution")), entities, events, packs)
        {
        }

        // An analysis pipeline builds the cues once and shares them between the extractors of its recognisers.
        internal ClaimExtractor(ClaimCues cues, IEntityRecognizer? entities, EventExtractor? events, LanguagePacks packs)
        {
            Packs = packs;
            _entities = entities;
            _events = events;
            _japanese = cues.JapaneseEngine;
            _english = cues.EnglishEngine;
            _names = cues.Names;
        }

        /// <summary>The recognizer that canonicalises speakers, or null for the written names.</summary>
        public IEntityRecognizer? EntityRecognizer => _entities;

        /// <summary>The packs the claims' stages were built from: what an index records as the rules it was written with.</summary>
        public LanguagePacks Packs { get; }

        public IReadOnlyList<Claim> Extract(Article article)
        {
            var claims = new List<Claim>();
            var context = new SpeakerContext(article, _entities, _names);
            var mentions = MentionsOf(article);
            var turns = DialogueTurns.Find(article.Paragraphs, out var labels);
            var headings = new HashSet<string>(article.Headings.Select(h => h.Trim()));
            (string? Speaker, string? AsWritten)? introduced = null;
            var introducedByHeading = false;
            string? guest = null;

            // The sentences cut here, by the paragraph's start in the Body, for the events: it would cut every dated paragraph again.
            var split = _events == null ? null : new Dictionary<int, EventExtractor.SplitParagraph>(article.Paragraphs.Count);
            var paragraphStart = 0;
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = article.Paragraphs[p];
                var start = paragraphStart;
                paragraphStart += paragraph.Length + Article.ParagraphSeparator.Length;
                if (labels.Contains(p))
                {
                    continue;
                }

                var whole = Trimmed(paragraph);
                if (whole.Length == 0)
                {
                    continue;
                }

                if (turns.TryGetValue(p, out var turn))
                {
                    var speech = new Attribution { Kind = ClaimKind.DirectQuote, Source = SpeakerSource.Written, SpeakerAsWritten = turn.Speaker, Quote = paragraph.Substring(turn.WordsStart).Trim() };
                    var resolved = turn.Role == DialogueRole.Named ? context.Resolve(speech, p) : (Side(turn, article, context, ref guest), turn.Label);
                    claims.Add(Build(context, article, mentions, claims.Count, p, start, whole, whole.Of(paragraph), speech, resolved));
                    continue;
                }

                if (headings.Contains(paragraph.Trim()))
                {
                    context.NewSection();
                    introduced = null;
                    introducedByHeading = false;
                    if (_japanese.CommentHeadingSpeaker(paragraph) is string who)
                    {
                        introduced = context.Resolve(new Attribution { Kind = ClaimKind.DirectQuote, Source = SpeakerSource.Written, SpeakerAsWritten = who }, p);
                        introducedByHeading = true;
                    }

                    claims.Add(Build(context, article, mentions, claims.Count, p, start, whole, whole.Of(paragraph), Attribution.Assertion(), (null, null)));
                    continue;
                }

                // The block after "彼らは次のように述べています:" is their statement, however many sentences it has.
                // A comment heading hands its name only to a quotation in brackets: a generic one (代表者コメント) is followed
                // by the sentence that names the speaker, which is read as usual.
                if (introduced.HasValue && introduced.Value.Speaker != null && (!introducedByHeading || whole.Of(paragraph).TrimStart().StartsWith("「", System.StringComparison.Ordinal)))
                {
                    var wholeText = whole.Of(paragraph);
                    var block = new Attribution { Kind = ClaimKind.DirectQuote, Source = SpeakerSource.Continued, Quote = Unbracketed(wholeText) };
                    claims.Add(Build(context, article, mentions, claims.Count, p, start, whole, wholeText, block, context.Resolve(block, p)));
                    introduced = null;
                    introducedByHeading = false;
                    continue;
                }

                introduced = null;
                introducedByHeading = false;
                string? previous = null;
                // By index: a foreach over the list's interface made an enumerator per paragraph.
                var sentences = SentenceSegmenter.Split(paragraph);
                split?.Add(start, new EventExtractor.SplitParagraph(paragraph, sentences));
                for (var k = 0; k < sentences.Count; k++)
                {
                    var sentence = sentences[k];
                    var text = sentence.Of(paragraph);
                    var attribution = Script.HasJapanese(text) ? _japanese.Analyze(text) : _english.Analyze(text);
                    if (attribution.IntroducesBlock && attribution.SpeakerAsWritten == null && previous != null && _japanese.SourceOfPassage(previous) is string source)
                    {
                        attribution.Source = SpeakerSource.Written;
                        attribution.SpeakerAsWritten = source;
                    }

                    previous = text;

                    // The sentence's own mentions, found once in the article's list: the context reads them, and the
                    // claim names them from them rather than searching the article's list again.
                    var inside = mentions == null ? null : EntityMentions.Within(mentions, start + sentence.Start, sentence.Length);
                    if (inside != null)
                    {
                        context.Mentions(inside);
                    }

                    var resolved = context.Resolve(attribution, p);
                    claims.Add(Build(context, article, inside, claims.Count, p, start, sentence, text, attribution, resolved));
                    if (attribution.IntroducesBlock)
                    {
                        introduced = resolved;
                    }
                }
            }

            if (_events != null)
            {
                AttachDates(claims, _events.Extract(article, split));
            }

            return claims;
        }

        /// <summary>
        /// Who speaks an interview turn that only says its side (Q:, ――…, A:, the answer after ――): the questions are
        /// the byline's (an interview is credited to whoever asked), the answers the guest's, the person the lead named
        /// last before the first answer (…高橋氏に聞いた, …と語る) other than the interviewer it credits after. Without either name the side itself is the speaker.
        /// </summary>
        private static string Side(DialogueTurn turn, Article article, SpeakerContext context, ref string? guest)
        {
            var interviewer = article.Author is string author && author.Length > 0 ? context.Canonical(author) : null;
            if (turn.Role == DialogueRole.Interviewer)
            {
                return interviewer ?? turn.Speaker;
            }

            guest ??= context.LastPersonBesides(interviewer);
            return guest ?? turn.Speaker;
        }

        /// <summary>
        /// The mentions of the whole article, found once and handed to each sentence by its offsets, or null without a
        /// recognizer. The paragraphs are matched in the Body when it holds them, else in their joined text.
        /// </summary>
        private IReadOnlyList<EntityMention>? MentionsOf(Article article)
        {
            if (_entities == null)
            {
                return null;
            }

            var body = article.Body ?? string.Empty;
            var offset = 0;
            foreach (var paragraph in article.Paragraphs)
            {
                if (offset > 0 && string.CompareOrdinal(body, offset - Article.ParagraphSeparator.Length, Article.ParagraphSeparator, 0, Article.ParagraphSeparator.Length) != 0)
                {
                    return _entities.FindMentions(string.Join(Article.ParagraphSeparator, article.Paragraphs));
                }

                if (offset + paragraph.Length > body.Length || string.CompareOrdinal(body, offset, paragraph, 0, paragraph.Length) != 0)
                {
                    return _entities.FindMentions(string.Join(Article.ParagraphSeparator, article.Paragraphs));
                }

                offset += paragraph.Length + Article.ParagraphSeparator.Length;
            }

            return _entities.FindMentions(body);
        }

        // The claim's text comes cut out already: the sentence loop has read it for the attribution rules, and a second copy
        // of every sentence of every article is what a Substring here cost.
        private Claim Build(SpeakerContext context, Article article, IReadOnlyList<EntityMention>? mentions, int index, int paragraphIndex, int paragraphStart, TextSpan span, string text, Attribution attribution, (string? Speaker, string? AsWritten) speaker)
        {
            var kind = attribution.Kind;

            // Reported words with nobody to report them are the author's own.
            if (kind != ClaimKind.Assertion && speaker.Speaker == null && attribution.Source != SpeakerSource.None)
            {
                kind = ClaimKind.Assertion;
            }

            return new Claim
            {
                ArticleId = article.Id,
                ArticlePath = article.Path,
                Index = index,
                Kind = kind,
                Text = text,
                Quote = kind == ClaimKind.Assertion ? null : attribution.Quote,
                Speaker = kind == ClaimKind.Assertion ? null : speaker.Speaker,
                SpeakerAsWritten = kind == ClaimKind.Assertion ? null : speaker.AsWritten,
                SpeakerAliases = kind == ClaimKind.Assertion ? System.Array.Empty<string>() : context.WrittenFormsOf(speaker.Speaker),
                Cue = kind == ClaimKind.Assertion ? null : attribution.Cue,
                Paragraph = paragraphIndex,
                Start = paragraphStart + span.Start,
                Length = span.Length,
                Entities = mentions == null ? System.Array.Empty<string>() : EntityMentions.NamesWithin(mentions, paragraphStart + span.Start, span.Length),
                PublishedValue = article.PublishedValue,
            };
        }

        private static TextSpan Trimmed(string paragraph)
        {
            var start = 0;
            var end = paragraph.Length;
            while (start < end && char.IsWhiteSpace(paragraph[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(paragraph[end - 1]))
            {
                end--;
            }

            return new TextSpan(start, end - start);
        }

        private static string Unbracketed(string block)
        {
            block = block.TrimStart('-', '*', '・', '•', '>', '＞', ' ', '\u3000');
            var quotes = QuotationMarks.FindQuotes(block);
            return quotes.Count == 1 && quotes[0].Open == 0 && quotes[0].After(block.Length) >= block.Length - 1
                ? quotes[0].Inner(block.Length).Of(block)
                : block;
        }

        // Events come in text order and claims do not overlap, so one walk pairs each date with the claim around it.
        private static void AttachDates(List<Claim> claims, IReadOnlyList<TimelineEvent> events)
        {
            var e = 0;
            var ordered = InStartOrder(claims);
            for (var c = 0; c < ordered.Count; c++)
            {
                var claim = ordered[c];
                List<TimelineEvent>? dated = null;
                while (e < events.Count && events[e].Start < claim.Start)
                {
                    e++;
                }

                for (var k = e; k < events.Count && events[k].Start < claim.Start + claim.Length; k++)
                {
                    if (events[k].DateValue != null && events[k].Kind != TemporalKind.Duration)
                    {
                        (dated ??= new List<TimelineEvent>()).Add(events[k]);
                    }
                }

                if (dated != null)
                {
                    claim.Events = dated;
                    claim.DateValues = dated.Select(d => d.DateValue!).ToList();
                }
            }
        }

        // The claims are made in text order (paragraph by paragraph, sentence by sentence), so the sorted copy the walk
        // above once took of every article's claims is made only if some claim ever starts before the one it follows.
        private static IReadOnlyList<Claim> InStartOrder(List<Claim> claims)
        {
            for (var k = 1; k < claims.Count; k++)
            {
                if (claims[k].Start < claims[k - 1].Start)
                {
                    return claims.OrderBy(c => c.Start).ToList();
                }
            }

            return claims;
        }
    }
}
