using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using AiDocTools.Export;
using AiDocTools.Time;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Export-AiTimeline: one chronological document from piped articles or events (or the seeds), written to the
    /// pipeline as a string, or atomically to a file.
    /// </summary>
    [Cmdlet(VerbsData.Export, "AiTimeline", SupportsShouldProcess = true, DefaultParameterSetName = DocumentSet)]
    [OutputType(typeof(string), ParameterSetName = new[] { DocumentSet })]
    [OutputType(typeof(TimelineEvent), ParameterSetName = new[] { PathSet, LiteralPathSet })]
    public sealed class ExportAiTimelineCommand : PSCmdlet, IDisposable
    {
        private const string DocumentSet = "Document";
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private readonly List<TimelineEvent> _events = new List<TimelineEvent>();

        // One dictionary for the whole command, checked once rather than for every article.
        private readonly EventExtractor _extractor = Analysers.Events;
        private readonly Dictionary<string, string?> _articleTitles = new Dictionary<string, string?>(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private bool _sawInput;

        /// <summary>Articles from Get-AiArticle, claims from Get-AiClaim (their dated events), or events from Get-AiEvent.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[]? InputObject { get; set; }

        // Boxed on purpose: PowerShell lists the module's cmdlet types before the module initializer teaches the runtime where
        // AiDocTools.Core lives, and a field of a Core value type (this enum) would make the type load, and the import, fail.
        private object _format = TimelineFormat.Markdown;

        /// <summary>The document format.</summary>
        [Parameter]
        public TimelineFormat Format
        {
            get => (TimelineFormat)_format;
            set => _format = value;
        }

        /// <summary>The document's title.</summary>
        [Parameter]
        public string? Title { get; set; }

        /// <summary>The file to write; a wildcard naming exactly one existing file picks it.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The file to write, exactly as written: [ and * are part of the name.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string LiteralPath { get; set; } = string.Empty;

        /// <summary>Overwrite the file if it exists.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter Force { get; set; }

        /// <summary>After writing the file, emit the events on the timeline.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject == null)
            {
                return;
            }

            foreach (var item in InputObject)
            {
                switch (item?.BaseObject)
                {
                    case null:
                        break;
                    case Article article:
                        _sawInput = true;
                        AddArticle(article);
                        break;
                    case TimelineEvent timelineEvent:
                        _sawInput = true;
                        _events.Add(timelineEvent);
                        break;
                    case Claim claim:
                        _sawInput = true;
                        _events.AddRange(claim.Events);
                        break;
                    default:
                        _sawInput = true;
                        WriteError(new ErrorRecord(
                            new ArgumentException(string.Format(Messages.UnsupportedTimelineInput, item.BaseObject.GetType().FullName)),
                            "UnsupportedTimelineInput", ErrorCategory.InvalidArgument, item));
                        break;
                }
            }
        }

        protected override void EndProcessing()
        {
            // The seeds stand in only for a command that is first in its pipeline: a timeline built from the user's own
            // folder must never hold demo content, and an empty pipeline writes nothing.
            if (!_sawInput && !SeedArticles.ReadWhenNoneArrived(this, Messages.NoTimelineInput, AddArticle))
            {
                return;
            }

            if (_events.Count == 0)
            {
                WriteWarning(Messages.NoTimelineEvents);
            }

            var timeline = TimelineBuilder.Build(_events, Title, _articleTitles);
            var writer = TimelineWriters.For(Format);
            if (ParameterSetName == DocumentSet)
            {
                WriteObject(writer.ToText(timeline));
                return;
            }

            var file = new DocumentFile(this, "Timeline");
            var target = file.Resolve(ParameterSetName == LiteralPathSet ? LiteralPath : Path, literal: ParameterSetName == LiteralPathSet);
            if (target == null || !file.CanWrite(target, Force.IsPresent)
                || !ShouldProcess(target, string.Format(Messages.ExportTimelineAction, Format, timeline.Entries.Count))
                || !file.Write(target, token => writer.WriteFile(timeline, target, overwrite: Force.IsPresent, token), _stopping.Token))
            {
                return;
            }

            WriteVerbose(string.Format(Messages.TimelineWritten, target, timeline.Entries.Count));
            if (PassThru.IsPresent)
            {
                foreach (var entry in timeline.Entries)
                {
                    WriteObject(entry.Events, enumerateCollection: true);
                }
            }
        }

        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();

        private void AddArticle(Article article)
        {
            _articleTitles[article.Id] = article.Title;
            try
            {
                _events.AddRange(_extractor.Extract(article));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException || ex is OutOfMemoryException))
            {
                // One article the extractor cannot handle must not cost the user the whole timeline.
                WriteError(new ErrorRecord(
                    new InvalidOperationException(string.Format(Messages.EventExtractionFailed, article.Id, ex.Message), ex),
                    "EventExtractionFailed", ErrorCategory.InvalidData, article));
            }
        }
    }
}
