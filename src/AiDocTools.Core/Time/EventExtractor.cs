using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Entities;
using AiDocTools.Text;

namespace AiDocTools.Time
{
    /// <summary>
    /// Finds the dated statements of an article: every temporal expression in its Body, resolved to a
    /// <see cref="PartialDate"/> where the text allows it, with the sentence that is its evidence.
    /// Relative dates are resolved against the article's own date or the earlier date they refer back to;
    /// when nothing in the text anchors one, it stays unresolved rather than guessed.
    /// </summary>
    public sealed class EventExtractor
    {
        // A dateline or credit line sits among the first few lines and is short.
        private const int DatelineParagraphs = 6;
        private const int DatelineMaxLength = 200;
        private const int SummaryMaxLength = 160;

        private readonly IEntityRecognizer? _entities;
        private readonly TemporalRecognizer _recognizer;
        private readonly DateWords _words;

        /// <summary>Events read by the date packs of <paramref name="packs"/> (ja/dates, en/dates).</summary>
        /// <param name="packs">The rule packs; a missing date pack fails here, naming it.</param>
        /// <param name="entities">When given, events carry the entities of their sentence.</param>
        public EventExtractor(Rules.LanguagePacks packs, IEntityRecognizer? entities = null)
            : this(entities, TemporalRecognizer.From(packs))
        {
        }

        /// <summary>Events read by a date grammar of the caller's (an analysis pipeline's packs).</summary>
        internal EventExtractor(IEntityRecognizer? entities, TemporalRecognizer dates)
        {
            _entities = entities;
            _recognizer = dates ?? throw new ArgumentNullException(nameof(dates));
            _words = DateWords.Load();
        }

        public IReadOnlyList<TimelineEvent> Extract(Article article) => Extract(article, null);

        /// <summary>
        /// The events of <paramref name="article"/>, taking the sentences of a paragraph from <paramref name="split"/>
        /// when a caller has already cut them (ClaimExtractor splits every paragraph it reads): keyed by the paragraph's
        /// start in the Body, each entry is used only when its text is the Body's paragraph at that start, so an entry
        /// that does not fit (a Body other than the joined paragraphs) is split here as before. The sentences of a text
        /// depend on that text alone, so either way they are the same spans.
        /// </summary>
        internal IReadOnlyList<TimelineEvent> Extract(Article article, IReadOnlyDictionary<int, SplitParagraph>? split)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            var body = article.Body ?? string.Empty;
            var mentions = _recognizer.Find(body);
            var paragraphs = ParagraphSpans(body);
            var sentencesByParagraph = new Dictionary<int, IReadOnlyList<TextSpan>>();
            var articleDate = ArticleDate(article, body, mentions, paragraphs);
            var entitiesBySentence = new Dictionary<int, IReadOnlyList<string>>();
            IReadOnlyList<EntityMention>? entityMentions = null;

            var events = new List<TimelineEvent>();
            TimelineEvent? antecedent = null;

            // Mentions come in text order, so those of one sentence come together and share its text, copied out once.
            var lastSentence = new TextSpan(-1, 0);
            var sentenceText = string.Empty;
            foreach (var mention in mentions)
            {
                var paragraph = Enclosing(paragraphs, mention.Start, body.Length);
                var sentence = SentenceAround(body, paragraphs, mention.Start, sentencesByParagraph, split);
                if (sentence.Start != lastSentence.Start || sentence.Length != lastSentence.Length)
                {
                    sentenceText = sentence.Of(body);
                    lastSentence = sentence;
                }

                var e = new TimelineEvent
                {
                    ArticleId = article.Id,
                    ArticlePath = article.Path,
                    Expression = body.Substring(mention.Start, mention.Length),
                    Start = mention.Start,
                    Length = mention.Length,
                    Sentence = sentenceText,
                    Summary = Summarise(sentenceText, mention.Start - sentence.Start, mention.Length),
                    Entities = EntitiesOf(body, sentence, entitiesBySentence, ref entityMentions),
                    Duration = mention.Duration,
                };

                var inSentence = LastDated(events, sentence.Start);
                var inParagraph = LastDated(events, paragraph.Start);
                Resolve(e, mention, articleDate, antecedent, inSentence, inParagraph);
                events.Add(e);
                if (e.DateValue != null)
                {
                    antecedent = e;
                }
            }

            return events;
        }

        private void Resolve(TimelineEvent e, TemporalMention mention, Anchor? articleDate, TimelineEvent? antecedent, TimelineEvent? inSentence, TimelineEvent? inParagraph)
        {
            switch (mention.Form)
            {
                case MentionForm.Absolute:
                case MentionForm.Fuzzy:
                    e.Kind = mention.Form == MentionForm.Absolute ? TemporalKind.Absolute : TemporalKind.Fuzzy;
                    e.DateValue = mention.Date;
                    e.Resolved = true;
                    return;
                case MentionForm.Duration:
                    e.Kind = TemporalKind.Duration;
                    e.Resolved = true; // a length needs no anchor
                    return;
            }

            e.Kind = TemporalKind.Relative;
            Anchor? anchor;
            PartialDate? date = null;
            switch (mention.Form)
            {
                case MentionForm.Deictic:
                    anchor = articleDate;
                    date = anchor == null ? null : InMonth(WithPart(Dates.Shift(anchor.Date, mention.Unit, mention.Offset), mention.Part), mention);
                    break;
                case MentionForm.Anaphoric:
                    anchor = Anchor.Of(antecedent);
                    date = anchor == null ? null : InMonth(ReferBack(anchor.Date, mention), mention);
                    break;
                case MentionForm.Counted:
                    // 4年前 next to 2000年2月3日 counts from that date (the keynote); alone it counts from the article's date.
                    // 2年後 and "three years later" count on from the event told before them.
                    anchor = Anchor.Of(inSentence) ?? (mention.CountsFromAntecedent ? Anchor.Of(antecedent) : null) ?? articleDate;
                    date = anchor == null || mention.VagueCount ? null : CountFrom(anchor.Date, mention);
                    break;
                case MentionForm.BareMonth:
                    anchor = YearAnchor(articleDate, inSentence, inParagraph);
                    date = anchor == null ? null : PlaceMonth(anchor, mention, anchor == articleDate);
                    break;
                case MentionForm.Calendar:
                    // クリスマス and 5月8日から15日 lack only a year, which they take as a bare month does; 水曜日, 8日(月) and
                    // 今月の10日 are counted from the article's own date.
                    anchor = mention.Calendar!.NeedsOnlyYear && (mention.CalendarEnd == null || mention.CalendarEnd.NeedsOnlyYear || mention.CalendarEnd.IsAbsolute)
                        ? YearAnchor(articleDate, inSentence, inParagraph)
                        : articleDate;
                    date = anchor == null ? null : CalendarValue(mention, anchor.Date, anchor == articleDate);
                    break;
                case MentionForm.ForwardPeriod:
                    anchor = articleDate;
                    date = anchor == null || mention.VagueCount ? null : ForwardPeriod(anchor.Date, mention);
                    break;
                default:
                    anchor = null;
                    break;
            }

            e.DateValue = date;
            e.Resolved = date != null;
            e.Anchor = date != null ? anchor?.Description : null;
        }

        // 1か月と21日前: the years and months of a compound count move the anchor's day first, so they need a day to move.
        private static PartialDate? CountFrom(PartialDate anchor, TemporalMention mention)
        {
            if (mention.LeadYears == 0 && mention.LeadMonths == 0)
            {
                return Dates.Shift(anchor, mention.Unit, mention.Offset);
            }

            var lead = anchor.Precision == DatePrecision.Day ? Dates.Shift(anchor, (12 * mention.LeadYears) + mention.LeadMonths) : null;
            return lead == null ? null : Dates.Shift(lead, mention.Unit, mention.Offset);
        }

        // A date with no year takes the year written out in the same sentence (2000年2月3日…5月に), else the article's,
        // else the paragraph's. A relative year in the sentence is no guide: 昨年12月…1月には runs into this year.
        private static Anchor? YearAnchor(Anchor? articleDate, TimelineEvent? inSentence, TimelineEvent? inParagraph) =>
            Anchor.Of(inSentence != null && inSentence.Kind != TemporalKind.Relative ? inSentence : null, requireYear: true)
            ?? (articleDate != null && articleDate.Date.Precision >= DatePrecision.Year ? articleDate : null)
            ?? Anchor.Of(inParagraph, requireYear: true);

        /// <summary>A calendar date, or a range as one interval; null when either end cannot be placed or the range runs backwards.</summary>
        private static PartialDate? CalendarValue(TemporalMention mention, PartialDate anchor, bool fromArticleDate)
        {
            var first = mention.Calendar!.Resolve(anchor, fromArticleDate);
            if (first == null || mention.CalendarEnd == null)
            {
                return first;
            }

            var last = mention.CalendarEnd.Resolve(anchor, fromArticleDate);
            if (last != null && last.End < first.Start && last.Precision == DatePrecision.Day && mention.CalendarEnd.Month > 0
                && mention.CalendarEnd.Month < mention.Calendar.Month)
            {
                last = Dates.Day(first.Year + 1, last.Start.Month, last.Start.Day); // 12月28日から1月4日まで runs into the next year
            }

            return last == null || last.End < first.Start || first.Precision == DatePrecision.Interval || last.Precision == DatePrecision.Interval
                ? null
                : PartialDate.FromInterval(first, last);
        }

        private static PartialDate? WithPart(PartialDate? date, string? part) =>
            date == null || part == null ? date : Dates.ApplyYearPart(date.Year, part);

        /// <summary>昨年12月: the month written after a relative year, in that year.</summary>
        private static PartialDate? InMonth(PartialDate? year, TemporalMention mention)
        {
            if (year == null || mention.Month == 0)
            {
                return year;
            }

            if (year.Precision == DatePrecision.YearRange)
            {
                return null; // a span of years names no single year for the month
            }

            return mention.Day > 0 ? Dates.Day(year.Year, mention.Month, mention.Day) : Dates.Month(year.Year, mention.Month);
        }

        private static PartialDate? ReferBack(PartialDate antecedent, TemporalMention mention)
        {
            switch (mention.Unit)
            {
                case "same":
                    return antecedent;
                case "year":
                    if (antecedent.Precision == DatePrecision.YearRange)
                    {
                        // 同じ頃 after 1990年代後半 is that span; その年 has no single year to name.
                        return mention.Offset == 0 && mention.Part == null ? antecedent : null;
                    }

                    return WithPart(Dates.Shift(antecedent, "year", mention.Offset), mention.Part);
                default:
                    return Dates.Shift(antecedent, mention.Unit, mention.Offset);
            }
        }

        private static PartialDate? PlaceMonth(Anchor anchor, TemporalMention mention, bool fromArticleDate)
        {
            var year = fromArticleDate ? Dates.YearOfMonth(anchor.Date, mention.Month) : anchor.Date.Year;
            return mention.Day > 0 ? Dates.Day(year, mention.Month, mention.Day) : Dates.Month(year, mention.Month);
        }

        private static PartialDate? ForwardPeriod(PartialDate anchor, TemporalMention mention)
        {
            var start = anchor.Start;
            try
            {
                switch (mention.Unit)
                {
                    case "year":
                        return Dates.Covering(start, start.AddYears(mention.Offset));
                    case "month":
                        return anchor.Precision >= DatePrecision.Month ? Dates.Covering(start, start.AddMonths(mention.Offset)) : null;
                    case "week":
                        return anchor.Precision == DatePrecision.Day ? Dates.Covering(start, start.AddDays(7 * mention.Offset)) : null;
                    case "day":
                        return anchor.Precision == DatePrecision.Day ? Dates.Covering(start, start.AddDays(mention.Offset)) : null;
                    default:
                        return null;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>
        /// The date relative expressions count from: the article's own date, else its original's, else a dateline
        /// the text itself gives at the top (May 20, 2023 alone on a line; 本ブログは … (By … | 2023年6月2日) の参考訳です).
        /// </summary>
        private Anchor? ArticleDate(Article article, string body, IReadOnlyList<TemporalMention> mentions, IReadOnlyList<TextSpan> paragraphs)
        {
            if (article.PublishedValue != null)
            {
                return new Anchor(article.PublishedValue, Message.Format(Messages.AnchorArticleDate, article.PublishedValue));
            }

            if (article.Original?.PublishedValue != null)
            {
                return new Anchor(article.Original.PublishedValue, Message.Format(Messages.AnchorOriginalDate, article.Original.PublishedValue));
            }

            foreach (var paragraph in paragraphs.Take(DatelineParagraphs))
            {
                if (paragraph.Length > DatelineMaxLength)
                {
                    continue;
                }

                var text = paragraph.Of(body);
                var dated = mentions.Where(m => m.Form == MentionForm.Absolute && m.Date?.Precision == DatePrecision.Day && paragraph.Contains(m.Start)).ToList();
                if (dated.Count != 1)
                {
                    continue;
                }

                var mention = dated[0];
                var alone = text.Trim().Length == mention.Length;
                var cued = _words.DatelineCues.Any(cue => text.IndexOf(cue, StringComparison.OrdinalIgnoreCase) >= 0);
                if (alone || cued)
                {
                    var expression = body.Substring(mention.Start, mention.Length);
                    return new Anchor(mention.Date!, Message.Format(Messages.AnchorDateline, expression, mention.Date));
                }
            }

            return null;
        }

        /// <summary>The most recent dated event that starts at or after <paramref name="from"/>.</summary>
        private static TimelineEvent? LastDated(List<TimelineEvent> events, int from)
        {
            for (var i = events.Count - 1; i >= 0 && events[i].Start >= from; i--)
            {
                if (events[i].DateValue != null)
                {
                    return events[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The sentence of the Body around <paramref name="offset"/>. Sentences end at line breaks, so the paragraph around
        /// the offset holds it whole and only that paragraph is split, once: most paragraphs state no date, and splitting
        /// them all was the larger part of the extraction after the dates themselves. When the caller has cut that
        /// paragraph already (<paramref name="split"/>, see Extract), its cut is taken instead.
        /// </summary>
        private static TextSpan SentenceAround(string body, IReadOnlyList<TextSpan> paragraphs, int offset, Dictionary<int, IReadOnlyList<TextSpan>> sentencesByParagraph, IReadOnlyDictionary<int, SplitParagraph>? split)
        {
            var index = TextSpan.IndexContaining(paragraphs, offset);
            if (index < 0)
            {
                return Enclosing(Array.Empty<TextSpan>(), offset, body.Length);
            }

            var paragraph = paragraphs[index];
            if (!sentencesByParagraph.TryGetValue(paragraph.Start, out var sentences))
            {
                var inParagraph = split != null && split.TryGetValue(paragraph.Start, out var known) && known.Text.Length == paragraph.Length
                    && string.CompareOrdinal(body, paragraph.Start, known.Text, 0, paragraph.Length) == 0
                    ? known.Sentences
                    : SentenceSegmenter.Split(paragraph.Of(body));
                var inBody = new TextSpan[inParagraph.Count];
                for (var i = 0; i < inBody.Length; i++)
                {
                    inBody[i] = new TextSpan(paragraph.Start + inParagraph[i].Start, inParagraph[i].Length);
                }

                sentencesByParagraph[paragraph.Start] = sentences = inBody;
            }

            return Enclosing(sentences, offset, body.Length);
        }

        /// <summary>A paragraph's text and its sentences (offsets into that text), as a caller cut them.</summary>
        internal readonly struct SplitParagraph
        {
            public SplitParagraph(string text, IReadOnlyList<TextSpan> sentences)
            {
                Text = text;
                Sentences = sentences;
            }

            public string Text { get; }

            public IReadOnlyList<TextSpan> Sentences { get; }
        }

        private static TextSpan Enclosing(IReadOnlyList<TextSpan> spans, int offset, int textLength)
        {
            var index = TextSpan.IndexContaining(spans, offset);

            // Between spans (white space the segmenter trimmed): the expression is its own evidence.
            return index >= 0 ? spans[index] : new TextSpan(offset, Math.Min(1, textLength - offset));
        }

        private static IReadOnlyList<TextSpan> ParagraphSpans(string body)
        {
            var spans = new List<TextSpan>();
            var start = 0;
            while (start <= body.Length)
            {
                var end = body.IndexOf(Article.ParagraphSeparator, start, StringComparison.Ordinal);
                if (end < 0)
                {
                    end = body.Length;
                }

                if (end > start)
                {
                    spans.Add(new TextSpan(start, end - start));
                }

                start = end + Article.ParagraphSeparator.Length;
            }

            return spans;
        }

        // The body's mentions are found once, when the first event needs them, and each sentence takes those inside it.
        private IReadOnlyList<string> EntitiesOf(string body, TextSpan sentence, Dictionary<int, IReadOnlyList<string>> cache, ref IReadOnlyList<EntityMention>? mentions)
        {
            if (_entities == null)
            {
                return new string[0];
            }

            if (!cache.TryGetValue(sentence.Start, out var names))
            {
                mentions ??= _entities.FindMentions(body);
                names = EntityMentions.NamesWithin(mentions, sentence.Start, sentence.Length);
                cache[sentence.Start] = names;
            }

            return names;
        }

        private static readonly char[] ClauseBreaks = { '、', '，', ',', ';', '；', '：' };

        // What ties a Japanese date to its sentence, longest first so までに goes whole rather than leaving に behind.
        private static readonly string[] Particles =
        {
            "にかけての", "にかけて", "までには", "までに", "までの", "からは", "からの", "には", "にも", "では", "での",
            "から", "まで", "に", "は", "の", "も", "、", "，", ",",
        };

        // An English date in a sentence hangs on a preposition of time; cut with it, the sentence still reads (agreed by …).
        private static readonly System.Text.RegularExpressions.Regex EnglishPreposition = new System.Text.RegularExpressions.Regex(
            @"(?:^|\s)(?:on|in|at|during)\s+$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            System.TimeSpan.FromSeconds(1));

        /// <summary>
        /// The clause that says what happened, without the date itself. Japanese: from the clause the expression stands in
        /// to the end of the sentence, where the predicate is, the date cut with the particle that ties it in (先週、Meta は…
        /// → Meta は…; …に関する1990年代の議論 → …に関する議論), and nothing put between the Japanese characters either side.
        /// A date bound to what follows (1年前よりも) is part of the statement and stays. English: the date cut with its
        /// preposition (agreed in December 2023 by → agreed by), or a leading "In 2021," dropped; else the sentence whole.
        /// </summary>
        internal static string Summarise(string sentence, int start, int length)
        {
            if (start < 0 || start + length > sentence.Length)
            {
                return sentence;
            }

            var summary = HasJapanese(sentence)
                ? CutJapanese(sentence, start, length)
                : CutEnglish(sentence, start, length);
            if (summary.Length < 8)
            {
                summary = sentence.Trim();
            }

            return summary.Length > SummaryMaxLength ? summary.Substring(0, SummaryMaxLength).TrimEnd() + "…" : summary;
        }

        // Kana or kanji anywhere in the sentence; a loop, not Any over the string, which boxes an enumerator for every event.
        private static bool HasJapanese(string sentence)
        {
            foreach (var c in sentence)
            {
                if (c >= '\u3040' && c <= '\u9FFF')
                {
                    return true;
                }
            }

            return false;
        }

        /// <remarks>
        /// Every event of a Japanese article is summarised, so the cut is made on offsets into the sentence and the summary
        /// written once: the same as cutting out the clause before and the text after, trimming, joining and trimming again,
        /// which made half a dozen strings for each event.
        /// </remarks>
        private static string CutJapanese(string sentence, int start, int length)
        {
            var clauseStart = start == 0 ? 0 : sentence.LastIndexOfAny(ClauseBreaks, start - 1) + 1;
            var after = start + length;
            var particle = ParticleAt(sentence, after);
            if (particle != null)
            {
                after += particle.Length;
            }
            else if (after < sentence.Length && sentence[after] >= '\u3040' && sentence[after] <= '\u309F')
            {
                // Kana straight after the date that is no particle binds it (よりも, ごろ, 以来 written in kana): keep it.
                return sentence.Substring(clauseStart).Trim();
            }

            // The clause before the date without white space at its end, and the rest of the sentence without any at its start.
            var leftEnd = start;
            while (leftEnd > clauseStart && char.IsWhiteSpace(sentence[leftEnd - 1]))
            {
                leftEnd--;
            }

            while (after < sentence.Length && char.IsWhiteSpace(sentence[after]))
            {
                after++;
            }

            // Joined (a space only where neither side is Japanese), then trimmed of white space, a leading 、，, or space
            // (the clause break the date left behind) and white space again.
            var left = new Piece(sentence, clauseStart, leftEnd - clauseStart);
            var right = new Piece(sentence, after, sentence.Length - after);
            var gap = left.Length > 0 && right.Length > 0 && !DisplayWidth.IsWide(left.Last) && !DisplayWidth.IsWide(right.First) ? 1 : 0;
            var joined = new Joined(left, gap, right);
            var first = 0;
            var end = joined.Length;
            while (end > first && char.IsWhiteSpace(joined[end - 1]))
            {
                end--;
            }

            while (first < end && char.IsWhiteSpace(joined[first]))
            {
                first++;
            }

            while (first < end && (joined[first] == '、' || joined[first] == '，' || joined[first] == ',' || joined[first] == ' '))
            {
                first++;
            }

            while (first < end && char.IsWhiteSpace(joined[first]))
            {
                first++;
            }

            return joined.Substring(first, end - first);
        }

        // The longest particle written at the index, as Particles ranks them; null when none is.
        private static string? ParticleAt(string sentence, int index)
        {
            foreach (var particle in Particles)
            {
                if (index + particle.Length <= sentence.Length && string.CompareOrdinal(sentence, index, particle, 0, particle.Length) == 0)
                {
                    return particle;
                }
            }

            return null;
        }

        /// <summary>A stretch of a string, read in place.</summary>
        private readonly struct Piece
        {
            public Piece(string text, int start, int length)
            {
                Text = text;
                Start = start;
                Length = length;
            }

            public string Text { get; }

            public int Start { get; }

            public int Length { get; }

            public char First => Text[Start];

            public char Last => Text[Start + Length - 1];
        }

        /// <summary>Two stretches with a space between them or not, read as one text without being copied into one.</summary>
        private readonly struct Joined
        {
            private readonly Piece _left;
            private readonly int _gap;
            private readonly Piece _right;

            public Joined(Piece left, int gap, Piece right)
            {
                _left = left;
                _gap = gap;
                _right = right;
            }

            public int Length => _left.Length + _gap + _right.Length;

            public char this[int i] =>
                i < _left.Length ? _left.Text[_left.Start + i]
                : i < _left.Length + _gap ? ' '
                : _right.Text[_right.Start + i - _left.Length - _gap];

            /// <summary>Characters [first, first + length) as a string: a stretch of the sentence itself when they lie in one piece.</summary>
            public string Substring(int first, int length)
            {
                if (length == 0)
                {
                    return string.Empty;
                }

                if (first + length <= _left.Length)
                {
                    return _left.Text.Substring(_left.Start + first, length);
                }

                var rightFrom = _left.Length + _gap;
                if (first >= rightFrom)
                {
                    return _right.Text.Substring(_right.Start + first - rightFrom, length);
                }

                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = this[first + i];
                }

                return new string(chars);
            }
        }

        private static string CutEnglish(string sentence, int start, int length)
        {
            var before = sentence.Substring(0, start);
            var after = sentence.Substring(start + length);
            var preposition = EnglishPreposition.Match(before);
            if (preposition.Success && preposition.Index > 0)
            {
                var head = before.Substring(0, preposition.Index).TrimEnd();
                var rest = after.TrimStart();
                return rest.Length > 0 && ",.;:!?)".IndexOf(rest[0]) >= 0 ? head + rest : Join(head, rest);
            }

            // A sentence that opens on its date ("In 2021, …", "Last week, …") reads without the opening.
            if (before.Trim().Length == 0 || preposition.Success)
            {
                var rest = after.TrimStart();
                if (rest.StartsWith(",", StringComparison.Ordinal))
                {
                    rest = rest.Substring(1).TrimStart();
                    return rest.Length > 0 ? char.ToUpperInvariant(rest[0]) + rest.Substring(1) : rest;
                }
            }

            return sentence.Trim();
        }

        // Two pieces of a sentence with the date cut from between them: a space only where neither side is Japanese.
        private static string Join(string left, string right) =>
            left.Length == 0 ? right
            : right.Length == 0 ? left
            : DisplayWidth.IsWide(left[left.Length - 1]) || DisplayWidth.IsWide(right[0]) ? left + right
            : left + " " + right;

        /// <summary>A date something relative was counted from, with the words that say which it was.</summary>
        private sealed class Anchor
        {
            public Anchor(PartialDate date, string description)
            {
                Date = date;
                Description = description;
            }

            public PartialDate Date { get; }

            public string Description { get; }

            public static Anchor? Of(TimelineEvent? e, bool requireYear = false)
            {
                if (e?.DateValue == null || (requireYear && e.DateValue.Precision == DatePrecision.YearRange))
                {
                    return null;
                }

                return new Anchor(e.DateValue, Message.Format(Messages.AnchorEarlierDate, e.Expression, e.DateValue));
            }
        }
    }
}
