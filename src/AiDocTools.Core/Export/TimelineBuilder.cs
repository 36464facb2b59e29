using System;
using System.Collections.Generic;
using System.Linq;

namespace AiDocTools.Export
{
    /// <summary>
    /// Turns events into a <see cref="Timeline"/>: only events with a place in time, in chronological order,
    /// the same happening reported by several articles merged into one entry that lists every source.
    /// </summary>
    public static class TimelineBuilder
    {
        /// <summary>
        /// True when the event can be placed on a timeline: it has a date, is not a duration, and, if relative, was resolved.
        /// An unresolved relative date (先週 in an undated article) has no place; guessing one would put it on the wrong day.
        /// </summary>
        public static bool HasPlaceInTime(TimelineEvent timelineEvent) =>
            timelineEvent.DateValue is not null
            && timelineEvent.Kind != TemporalKind.Duration
            && (timelineEvent.Resolved || timelineEvent.Kind != TemporalKind.Relative);

        /// <summary>
        /// Builds the timeline. Entries are ordered by <see cref="PartialDate"/>'s own order: the start of the span, and at the
        /// same start the coarser date first (2024, then 2024-04, then 2024-04-01), so a year's overview comes before its
        /// dated details; ties keep article order (article id, then offset). Two events merge when their dates are equal
        /// (same span and precision) and their evidence (summary, else sentence) is similar by <see cref="EvidenceSimilarity"/>.
        /// </summary>
        /// <param name="events">Events from any number of articles; those without a place in time are left out.</param>
        /// <param name="title">The document's title; the default when null or blank.</param>
        /// <param name="articleTitles">Article titles by article id, shown beside each source when known.</param>
        public static Timeline Build(IEnumerable<TimelineEvent> events, string? title = null, IReadOnlyDictionary<string, string?>? articleTitles = null)
        {
            if (events == null)
            {
                throw new ArgumentNullException(nameof(events));
            }

            var ordered = events
                .Where(e => e != null && HasPlaceInTime(e))
                .OrderBy(e => e.DateValue!)
                .ThenBy(e => e.ArticleId ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(e => e.Start)
                .ToList();

            var clusters = new List<Cluster>();
            var sameDate = new List<Cluster>();
            foreach (var timelineEvent in ordered)
            {
                if (sameDate.Count > 0 && sameDate[0].Date != timelineEvent.DateValue)
                {
                    sameDate.Clear();
                }

                var evidence = EvidenceSimilarity.Bigrams(Evidence(timelineEvent));
                var cluster = sameDate.FirstOrDefault(c => c.Evidence.Any(e => EvidenceSimilarity.AreSimilar(e, evidence)));
                if (cluster == null)
                {
                    cluster = new Cluster(timelineEvent.DateValue!);
                    sameDate.Add(cluster);
                    clusters.Add(cluster);
                }

                cluster.Events.Add(timelineEvent);
                cluster.Evidence.Add(evidence);
            }

            var entries = clusters.Select(c => ToEntry(c, articleTitles)).ToList();
            return new Timeline(string.IsNullOrWhiteSpace(title) ? Messages.TimelineDefaultTitle : ExportText.WellFormed(title!.Trim()), entries);
        }

        private static string Evidence(TimelineEvent timelineEvent) =>
            string.IsNullOrWhiteSpace(timelineEvent.Summary) ? timelineEvent.Sentence ?? string.Empty : timelineEvent.Summary;

        private static TimelineEntry ToEntry(Cluster cluster, IReadOnlyDictionary<string, string?>? articleTitles)
        {
            var first = cluster.Events[0];
            var headline = new[] { first.Summary, first.Sentence, first.Expression }
                .Select(ExportText.WellFormed)
                .Select(t => t.Trim())
                .FirstOrDefault(t => t.Length > 0) ?? cluster.Date.ToString();

            var sources = cluster.Events.Select(e =>
            {
                var articleId = ExportText.WellFormed(e.ArticleId);
                string? articleTitle = null;
                if (articleTitles != null && articleTitles.TryGetValue(e.ArticleId ?? string.Empty, out var known) && !string.IsNullOrWhiteSpace(known))
                {
                    articleTitle = ExportText.WellFormed(known);
                }

                return new TimelineSource(articleId, articleTitle, ExportText.WellFormed(e.Expression), ExportText.WellFormed(e.Sentence), e.Start, e.Length, e.ArticlePath);
            }).ToList();

            var entities = cluster.Events
                .SelectMany(e => e.Entities ?? Array.Empty<string>())
                .Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(ExportText.WellFormed)
                .Distinct(StringComparer.Ordinal)
                .ToList();

            return new TimelineEntry(cluster.Date, headline, sources, entities, cluster.Events.ToList());
        }

        private sealed class Cluster
        {
            public Cluster(PartialDate date)
            {
                Date = date;
            }

            public PartialDate Date { get; }

            public List<TimelineEvent> Events { get; } = new List<TimelineEvent>();

            public List<HashSet<string>> Evidence { get; } = new List<HashSet<string>>();
        }
    }
}
