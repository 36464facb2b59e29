using System;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Time;

namespace AiDocTools.PowerShell
{
    /// <summary>Get-AiEvent: the dated statements of articles, one TimelineEvent per temporal expression.</summary>
    [Cmdlet(VerbsCommon.Get, "AiEvent")]
    [OutputType(typeof(TimelineEvent))]
    public sealed class GetAiEventCommand : ArticlePipelineCommand
    {
        private Func<string, bool>? _entity;

        // One dictionary for the whole command, checked once rather than for every article.
        private readonly EventExtractor _extractor = Analysers.Events;
        private int _events;

        /// <summary>Only events whose date falls in or after this period (2023, 2023-06, June 2023, 2023-06-02 or a DateTime).</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? After { get; set; }

        /// <summary>Only events whose date falls in or before this period.</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? Before { get; set; }

        /// <summary>Only events whose sentence names one of these entities; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Entity { get; set; }

        /// <summary>Also relative dates that nothing in the text anchors (no date to count from).</summary>
        [Parameter]
        public SwitchParameter IncludeUnresolved { get; set; }

        /// <summary>Also lengths of time (過去20年間, for 20 years), which have no date.</summary>
        [Parameter]
        public SwitchParameter IncludeDurations { get; set; }

        protected override void BeginProcessing()
        {
            _entity = NameFilter.For(Entity, Analysers.Recognizer);
        }

        protected override void ProcessArticle(Article article)
        {
            foreach (var e in _extractor.Extract(article))
            {
                if (Wanted(e))
                {
                    _events++;
                    WriteObject(e);
                }
            }
        }

        protected override void EndArticles() =>
            WriteVerbose(string.Format(Messages.EventsFound, MyInvocation.MyCommand.Name, _events, ArticleCount));

        private bool Wanted(TimelineEvent e)
        {
            if (e.Kind == TemporalKind.Duration ? !IncludeDurations.IsPresent : e.DateValue == null && !IncludeUnresolved.IsPresent)
            {
                return false;
            }

            // An event with no date cannot be placed after or before anything, so a date filter drops it.
            if ((After != null || Before != null) && e.DateValue == null)
            {
                return false;
            }

            if ((After != null && !e.DateValue!.IsInOrAfter(After)) || (Before != null && !e.DateValue!.IsInOrBefore(Before)))
            {
                return false;
            }

            return _entity == null || e.Entities.Any(_entity);
        }
    }
}
