using System.Collections.Generic;

namespace AiDocTools.Export
{
    /// <summary>
    /// A dossier on what a set of articles says: the sources, who said what (grouped by speaker, then by the entity they
    /// talk about), what happened when, and which entities the articles name together. Built by <see cref="ReportBuilder"/>,
    /// written by an <see cref="IReportWriter"/>. Every quote and event keeps its article and offset, so each line of a
    /// written report traces back to the text that says it.
    /// </summary>
    public sealed class Report
    {
        public Report(string title, IReadOnlyList<ReportSource> sources, IReadOnlyList<ReportSpeaker> speakers,
            IReadOnlyList<ReportEvent> events, IReadOnlyList<ReportEntity> entities, IReadOnlyList<ReportPair> pairs)
        {
            Title = title;
            Sources = sources;
            Speakers = speakers;
            Events = events;
            Entities = entities;
            Pairs = pairs;
        }

        public string Title { get; }

        /// <summary>The articles the report draws on, in the order they came.</summary>
        public IReadOnlyList<ReportSource> Sources { get; }

        /// <summary>Everyone quoted or reported, most quoted first.</summary>
        public IReadOnlyList<ReportSpeaker> Speakers { get; }

        /// <summary>Dated events, in chronological order (by the start of the date's span, coarser first).</summary>
        public IReadOnlyList<ReportEvent> Events { get; }

        /// <summary>Entities named by the selected claims and events, most mentioned first.</summary>
        public IReadOnlyList<ReportEntity> Entities { get; }

        /// <summary>Entities named in the same claim or event, most frequent pair first.</summary>
        public IReadOnlyList<ReportPair> Pairs { get; }

        /// <summary>How many quotes the report holds, all speakers together.</summary>
        public int QuoteCount { get; internal set; }

        /// <summary>The span from the earliest to the latest date in the report (articles, events), or null when nothing is dated.</summary>
        public PartialDate? First { get; internal set; }

        public PartialDate? Last { get; internal set; }
    }

    /// <summary>One article the report draws on.</summary>
    public sealed class ReportSource
    {
        internal ReportSource(Article article, int number)
        {
            Id = article.Id;
            Number = number;
            Title = article.Title;
            Site = article.Site;
            Published = article.PublishedValue;
            Language = article.Language;
            Path = article.Path;
        }

        public string Id { get; }

        /// <summary>The source's number in the report, from 1, which quotes and events cite.</summary>
        public int Number { get; }

        public string? Title { get; }

        public string? Site { get; }

        public PartialDate? Published { get; }

        public string Language { get; }

        public string? Path { get; }

        public int QuoteCount { get; internal set; }

        public int EventCount { get; internal set; }

        /// <summary>How the source is named in the report: its title, else its id.</summary>
        public string Label => string.IsNullOrWhiteSpace(Title) ? Id : Title!;
    }

    /// <summary>One speaker: the canonical name, every form the articles write it in, and their quotes by topic.</summary>
    public sealed class ReportSpeaker
    {
        internal ReportSpeaker(string name, IReadOnlyList<string> forms, IReadOnlyList<ReportTopic> topics, int quoteCount)
        {
            Name = name;
            Forms = forms;
            Topics = topics;
            QuoteCount = quoteCount;
        }

        public string Name { get; }

        public IReadOnlyList<string> Forms { get; }

        public IReadOnlyList<ReportTopic> Topics { get; }

        public int QuoteCount { get; }
    }

    /// <summary>A speaker's quotes about one entity; <see cref="Entity"/> is null for quotes that name none.</summary>
    public sealed class ReportTopic
    {
        internal ReportTopic(string? entity, IReadOnlyList<ReportQuote> quotes)
        {
            Entity = entity;
            Quotes = quotes;
        }

        public string? Entity { get; }

        public IReadOnlyList<ReportQuote> Quotes { get; }
    }

    /// <summary>One quote or reported statement, verbatim, with where it stands.</summary>
    public sealed class ReportQuote
    {
        internal ReportQuote(Claim claim, ReportSource source, string language)
        {
            Claim = claim;
            Source = source;
            Language = language;
        }

        public Claim Claim { get; }

        public ReportSource Source { get; }

        /// <summary>The passage's own language (ja, en, und), which may differ from its article's.</summary>
        public string Language { get; }

        /// <summary>True for the speaker's own words, false for reported speech.</summary>
        public bool Direct => Claim.Kind == ClaimKind.DirectQuote;

        /// <summary>The words as the article gives them: the quote alone when there is one, else the sentence.</summary>
        public string Words => string.IsNullOrEmpty(Claim.Quote) ? Claim.Text : Claim.Quote!;
    }

    /// <summary>One dated event and the article that states it.</summary>
    public sealed class ReportEvent
    {
        internal ReportEvent(TimelineEvent timelineEvent, ReportSource source, string language)
        {
            Event = timelineEvent;
            Source = source;
            Language = language;
        }

        public TimelineEvent Event { get; }

        public ReportSource Source { get; }

        public string Language { get; }

        /// <summary>The event's date; never null (undated events are left out of the report).</summary>
        public PartialDate Date => Event.DateValue!;

        public string Text => string.IsNullOrWhiteSpace(Event.Summary) ? Event.Sentence : Event.Summary;
    }

    /// <summary>One entity: how many selected claims and events name it, and in how many articles.</summary>
    public sealed class ReportEntity
    {
        internal ReportEntity(string name, int mentions, int articles)
        {
            Name = name;
            Mentions = mentions;
            Articles = articles;
        }

        public string Name { get; }

        public int Mentions { get; }

        public int Articles { get; }
    }

    /// <summary>Two entities named in the same claim or event, and how often.</summary>
    public sealed class ReportPair
    {
        internal ReportPair(string first, string second, int count)
        {
            First = first;
            Second = second;
            Count = count;
        }

        public string First { get; }

        public string Second { get; }

        public int Count { get; }
    }
}
