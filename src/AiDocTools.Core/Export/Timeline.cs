using System.Collections.Generic;

namespace AiDocTools.Export
{
    /// <summary>
    /// A chronological timeline built from events: one <see cref="TimelineEntry"/> per distinct happening,
    /// however many articles report it. Built by <see cref="TimelineBuilder"/>; written by an <see cref="ITimelineWriter"/>.
    /// </summary>
    public sealed class Timeline
    {
        public Timeline(string title, IReadOnlyList<TimelineEntry> entries)
        {
            Title = title;
            Entries = entries;
        }

        public string Title { get; }

        /// <summary>In chronological order: by the start of the date's span, then coarser dates before finer ones.</summary>
        public IReadOnlyList<TimelineEntry> Entries { get; }
    }

    /// <summary>One happening on the timeline, with every article that reports it.</summary>
    public sealed class TimelineEntry
    {
        public TimelineEntry(PartialDate date, string headline, IReadOnlyList<TimelineSource> sources, IReadOnlyList<string> entities, IReadOnlyList<TimelineEvent> events)
        {
            Date = date;
            Headline = headline;
            Sources = sources;
            Entities = entities;
            Events = events;
        }

        public PartialDate Date { get; }

        /// <summary>What happened: the first report's summary, else its sentence; never empty.</summary>
        public string Headline { get; }

        /// <summary>Every report of this happening, one per event, in article order.</summary>
        public IReadOnlyList<TimelineSource> Sources { get; }

        /// <summary>The entities any report mentions, each once, in order of first mention.</summary>
        public IReadOnlyList<string> Entities { get; }

        /// <summary>The events merged into this entry.</summary>
        public IReadOnlyList<TimelineEvent> Events { get; }

        public override string ToString() => $"{Date} {Headline}";
    }

    /// <summary>One article's report of a timeline entry: where it is, and the sentence that is its evidence.</summary>
    public sealed class TimelineSource
    {
        public TimelineSource(string articleId, string? articleTitle, string expression, string sentence, int start, int length, string? articlePath = null)
        {
            ArticleId = articleId;
            ArticlePath = articlePath;
            ArticleTitle = articleTitle;
            Expression = expression;
            Sentence = sentence;
            Start = start;
            Length = length;
        }

        public string ArticleId { get; }

        public string? ArticleTitle { get; }

        /// <summary>The article's file, which the Markdown and HTML timelines link to so a reader can check the source.</summary>
        public string? ArticlePath { get; }

        /// <summary>The temporal expression as the article writes it.</summary>
        public string Expression { get; }

        public string Sentence { get; }

        /// <summary>Offset of <see cref="Expression"/> in the article's Body.</summary>
        public int Start { get; }

        public int Length { get; }
    }
}
