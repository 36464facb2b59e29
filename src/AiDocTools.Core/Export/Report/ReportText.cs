using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiDocTools.Export
{
    /// <summary>What the HTML and Markdown reports both say, computed once so the two formats never disagree.</summary>
    internal static class ReportText
    {
        public static string Summary(Report report) =>
            string.Format(CultureInfo.InvariantCulture, Messages.ReportSummary, report.Sources.Count, report.Speakers.Count, report.QuoteCount, report.Events.Count,
                report.First == null || report.Last == null ? Messages.ReportNoPeriod
                    : report.First.Equals(report.Last) ? report.First.ToString() : report.First + " – " + report.Last);

        /// <summary>
        /// Events and quotes per year. A date coarser than a year (1990年代, "the 2010s") is counted under its own span rather
        /// than under its first year, so a decade is never mistaken for something that happened in its first year.
        /// </summary>
        public static IReadOnlyList<(string Period, int Events, int Quotes)> Periods(Report report)
        {
            var periods = new SortedDictionary<string, (int Events, int Quotes)>(System.StringComparer.Ordinal);
            foreach (var e in report.Events)
            {
                var key = Period(e.Date);
                periods.TryGetValue(key, out var count);
                periods[key] = (count.Events + 1, count.Quotes);
            }

            foreach (var quote in report.Speakers.SelectMany(s => s.Topics).SelectMany(t => t.Quotes).Where(q => q.Source.Published != null))
            {
                var key = Period(quote.Source.Published!);
                periods.TryGetValue(key, out var count);
                periods[key] = (count.Events, count.Quotes + 1);
            }

            return periods.Select(p => (p.Key, p.Value.Events, p.Value.Quotes)).ToList();
        }

        /// <summary>How many speakers the time chart and table show a row for: a dossier's main voices, not all of them.</summary>
        public const int TopSpeakers = 8;

        /// <summary>
        /// Quotes per speaker and year for the most quoted speakers whose quotes come from dated articles: the years as
        /// columns (in <see cref="Periods"/>' form), and each speaker's count per column.
        /// </summary>
        public static (IReadOnlyList<string> Periods, IReadOnlyList<(ReportSpeaker Speaker, IReadOnlyDictionary<string, int> Counts)> Speakers) SpeakerPeriods(Report report)
        {
            var rows = report.Speakers
                .Select(s => (Speaker: s, Dated: s.Topics.SelectMany(t => t.Quotes).Where(q => q.Source.Published != null).ToList()))
                .Where(r => r.Dated.Count > 0)
                .OrderByDescending(r => r.Dated.Count).ThenBy(r => r.Speaker.Name, System.StringComparer.Ordinal)
                .Take(TopSpeakers)
                .Select(r => (r.Speaker, (IReadOnlyDictionary<string, int>)r.Dated.GroupBy(q => Period(q.Source.Published!), System.StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal)))
                .ToList();
            var periods = rows.SelectMany(r => r.Item2.Keys).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
            return (periods, rows);
        }

        public static string LanguageOf(string text) => Text.LanguageDetector.Detect(text);

        private static string Period(PartialDate date) =>
            date.Start.Year == date.End.Year ? date.Start.Year.ToString(CultureInfo.InvariantCulture)
                : date.Start.Year.ToString(CultureInfo.InvariantCulture) + "–" + date.End.Year.ToString(CultureInfo.InvariantCulture);
    }
}
