using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Search;

namespace AiDocTools.Export
{
    /// <summary>What a report keeps of its articles: the claims that match, and the events that go with them.</summary>
    public sealed class ReportFilter
    {
        /// <summary>Only claims matching this search (the events they state come with them).</summary>
        public ClaimQuery? Query { get; set; }

        /// <summary>Only claims whose speaker, canonical or as written, satisfies this.</summary>
        public Func<string, bool>? Speaker { get; set; }

        /// <summary>Only claims that name a satisfying entity, stand in a paragraph that names one, or whose speaker is one (a company speaking for itself); only events that name one.</summary>
        public Func<string, bool>? Entity { get; set; }

        /// <summary>Only claims from articles published in or after this period, and events dated in or after it.</summary>
        public PartialDate? After { get; set; }

        public PartialDate? Before { get; set; }

        internal bool NarrowsClaims => Query != null || Speaker != null;
    }

    /// <summary>One article with its claims and events, as the report builder takes them.</summary>
    public sealed class ReportArticle
    {
        public ReportArticle(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<TimelineEvent> events)
        {
            Article = article;
            Claims = claims;
            Events = events;
        }

        public Article Article { get; }

        public IReadOnlyList<Claim> Claims { get; }

        public IReadOnlyList<TimelineEvent> Events { get; }
    }

    /// <summary>Builds a <see cref="Report"/> from articles and what the extractors found in them.</summary>
    public static class ReportBuilder
    {
        public static Report Build(IEnumerable<ReportArticle> articles, ReportFilter? filter = null, string? title = null)
        {
            filter ??= new ReportFilter();
            var input = articles.Where(a => a != null).ToList();
            var keptClaims = SelectClaims(input, filter);
            var options = new SearchOptions { Speaker = filter.Speaker, After = filter.After, Before = filter.Before };

            var sources = new List<ReportSource>();
            var quotes = new List<ReportQuote>();
            var events = new List<ReportEvent>();
            var mentionSets = new List<(ReportSource Source, string[] Names)>();
            foreach (var item in input)
            {
                var paragraphs = ParagraphsNaming(item.Claims, filter.Entity);
                var claims = item.Claims.Where(c => keptClaims.Contains(c) && options.Keeps(c) && (NamesEntity(c, filter.Entity) || paragraphs.Contains(c.Paragraph))).ToList();
                var claimEvents = new HashSet<TimelineEvent>(claims.SelectMany(c => c.Events));
                var dated = item.Events.Concat(claimEvents).Distinct()
                    .Where(e => e.DateValue != null && (!filter.NarrowsClaims || claimEvents.Contains(e)) && InPeriod(e.DateValue!, filter)
                        && (filter.Entity == null || e.Entities.Any(filter.Entity)))
                    .ToList();
                if (claims.Count == 0 && dated.Count == 0)
                {
                    continue;
                }

                var source = new ReportSource(item.Article, sources.Count + 1);
                sources.Add(source);
                foreach (var claim in claims)
                {
                    mentionSets.Add((source, claim.Entities.Distinct(StringComparer.Ordinal).ToArray()));
                    if (claim.Speaker != null && claim.Kind != ClaimKind.Assertion)
                    {
                        quotes.Add(new ReportQuote(claim, source, LanguageOf(claim.Quote ?? claim.Text, item.Article)));
                    }
                }

                foreach (var timelineEvent in dated)
                {
                    events.Add(new ReportEvent(timelineEvent, source, LanguageOf(timelineEvent.Sentence, item.Article)));

                    // An event stated inside a kept claim names the same entities once, not twice.
                    if (!claims.Any(c => timelineEvent.Start >= c.Start && timelineEvent.Start < c.Start + c.Length))
                    {
                        mentionSets.Add((source, timelineEvent.Entities.Distinct(StringComparer.Ordinal).ToArray()));
                    }
                }

                source.QuoteCount = quotes.Count(q => q.Source == source);
                source.EventCount = dated.Count;
            }

            events = events.OrderBy(e => e.Date).ThenBy(e => e.Source.Number).ThenBy(e => e.Event.Start).ToList();
            var dates = sources.Where(s => s.Published != null).Select(s => s.Published!).Concat(events.Select(e => e.Date)).ToList();
            return new Report(
                string.IsNullOrWhiteSpace(title) ? Messages.ReportDefaultTitle : title!,
                sources,
                Speakers(quotes),
                events,
                Entities(mentionSets),
                Pairs(mentionSets))
            {
                QuoteCount = quotes.Count,
                First = dates.Count == 0 ? null : dates.OrderBy(d => d.Start).First(),
                Last = dates.Count == 0 ? null : dates.OrderByDescending(d => d.End).First(),
            };
        }

        private static HashSet<Claim> SelectClaims(IReadOnlyList<ReportArticle> input, ReportFilter filter)
        {
            var all = input.SelectMany(a => a.Claims);
            if (filter.Query == null)
            {
                return new HashSet<Claim>(all);
            }

            // Ranked as Search-AiClaim ranks them, so a report and a search with the same query agree on what matches.
            var ranker = new ClaimRanker(filter.Query);
            foreach (var item in input)
            {
                foreach (var claim in item.Claims)
                {
                    ranker.Add(claim, item.Article.Path);
                }
            }

            return new HashSet<Claim>(ranker.Results(null).Select(r => r.Claim));
        }

        // A company's statements rarely repeat its own name ("we are releasing…"), so a dossier on it must also take
        // what it is quoted as saying.
        private static bool NamesEntity(Claim claim, Func<string, bool>? entity) =>
            entity == null || claim.Entities.Any(entity) || (claim.Speaker != null && entity(claim.Speaker));

        // News writing names a company once and then refers back to it (同社, 同氏, it, the company) for the rest of the
        // paragraph, so a quote in a paragraph that names the entity is about it even when its own sentence does not.
        private static HashSet<int> ParagraphsNaming(IReadOnlyList<Claim> claims, Func<string, bool>? entity) =>
            entity == null ? new HashSet<int>() : new HashSet<int>(claims.Where(c => c.Entities.Any(entity)).Select(c => c.Paragraph));

        private static bool InPeriod(PartialDate date, ReportFilter filter) =>
            (filter.After == null || date.IsInOrAfter(filter.After)) && (filter.Before == null || date.IsInOrBefore(filter.Before));

        // English quotes inside Japanese articles (and the reverse) are common in translated press; the passage's own
        // script decides, and the article's language only when the passage has too little text to tell.
        private static string LanguageOf(string text, Article article)
        {
            var language = Text.LanguageDetector.Detect(text);
            return language == "und" ? article.Language : language;
        }

        private static IReadOnlyList<ReportSpeaker> Speakers(IReadOnlyList<ReportQuote> quotes) =>
            quotes.GroupBy(q => q.Claim.Speaker!, StringComparer.Ordinal)
                .Select(g =>
                {
                    var forms = g.SelectMany(q => new[] { q.Claim.SpeakerAsWritten }.Concat(q.Claim.SpeakerAliases)).Select(f => f?.Trim())
                        .Where(f => !string.IsNullOrEmpty(f) && !string.Equals(f, g.Key, StringComparison.Ordinal))
                        .Distinct(StringComparer.Ordinal).ToList();
                    var topics = g.GroupBy(q => Topic(q.Claim), StringComparer.Ordinal)
                        .OrderBy(t => t.Key == null ? 1 : 0).ThenByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal)
                        .Select(t => new ReportTopic(t.Key, t.OrderBy(q => q.Source.Published).ThenBy(q => q.Source.Number).ThenBy(q => q.Claim.Start).ToList()))
                        .ToList();
                    return new ReportSpeaker(g.Key, forms!, topics, g.Count());
                })
                .OrderByDescending(s => s.QuoteCount).ThenBy(s => s.Name, StringComparer.Ordinal)
                .ToList();

        // A quote stands under the first entity it names other than its speaker: each quote appears once in the dossier.
        private static string? Topic(Claim claim) =>
            claim.Entities.FirstOrDefault(e => !string.Equals(e, claim.Speaker, StringComparison.Ordinal));

        private static IReadOnlyList<ReportEntity> Entities(IReadOnlyList<(ReportSource Source, string[] Names)> sets) =>
            sets.SelectMany(s => s.Names.Select(n => (s.Source, Name: n)))
                .GroupBy(m => m.Name, StringComparer.Ordinal)
                .Select(g => new ReportEntity(g.Key, g.Count(), g.Select(m => m.Source).Distinct().Count()))
                .OrderByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();

        private static IReadOnlyList<ReportPair> Pairs(IReadOnlyList<(ReportSource Source, string[] Names)> sets)
        {
            var counts = new Dictionary<(string, string), int>();
            foreach (var (_, names) in sets)
            {
                var sorted = names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
                for (var i = 0; i < sorted.Length; i++)
                {
                    for (var j = i + 1; j < sorted.Length; j++)
                    {
                        counts.TryGetValue((sorted[i], sorted[j]), out var count);
                        counts[(sorted[i], sorted[j])] = count + 1;
                    }
                }
            }

            return counts.Select(p => new ReportPair(p.Key.Item1, p.Key.Item2, p.Value))
                .OrderByDescending(p => p.Count).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)
                .ToList();
        }
    }
}
