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
            if (!_sawInput)
            {
                // The seeds stand in only for a command that is first in its pipeline, as for the other cmdlets:
                // a timeline built from the user's own folder must never hold demo content.
                if (MyInvocation.ExpectingInput)
                {
                    WriteWarning(Messages.NoTimelineInput);
                    return;
                }

                foreach (var article in SeedArticles.Load(this))
                {
                    AddArticle(article);
                }
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

            var target = ResolveTarget();
            if (target == null || !CanWrite(target) || !ShouldProcess(target, string.Format(Messages.ExportTimelineAction, Format, timeline.Entries.Count)))
            {
                return;
            }

            if (!WriteTimelineFile(writer, timeline, target))
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

        // Checked before ShouldProcess, so -WhatIf tells the truth about a file that would be refused, and a missing
        // folder is named as the user wrote it rather than through the temporary file the atomic write would create there.
        private bool CanWrite(string target)
        {
            if (File.Exists(target) && !Force.IsPresent)
            {
                WriteError(new ErrorRecord(new TargetFileExistsException(target), "TimelineFileExists", ErrorCategory.ResourceExists, target));
                return false;
            }

            var folder = System.IO.Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                WriteError(new ErrorRecord(
                    new DirectoryNotFoundException(string.Format(Messages.TimelineFolderMissing, folder, target)),
                    "TimelineFolderNotFound", ErrorCategory.ObjectNotFound, target));
                return false;
            }

            return true;
        }

        private bool WriteTimelineFile(ITimelineWriter writer, Timeline timeline, string target)
        {
            ErrorRecord error;
            try
            {
                writer.WriteFile(timeline, target, overwrite: Force.IsPresent, _stopping.Token);
                return true;
            }
            catch (TargetFileExistsException ex)
            {
                error = new ErrorRecord(ex, "TimelineFileExists", ErrorCategory.ResourceExists, target);
            }
            catch (UnauthorizedAccessException ex)
            {
                error = new ErrorRecord(ex, "TimelineWriteDenied", ErrorCategory.PermissionDenied, target);
            }
            catch (DirectoryNotFoundException ex)
            {
                error = new ErrorRecord(ex, "TimelineFolderNotFound", ErrorCategory.ObjectNotFound, target);
            }
            catch (IOException ex)
            {
                error = new ErrorRecord(ex, "TimelineWriteFailed", ErrorCategory.WriteError, target);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the temporary file is gone and the target untouched; the engine is already stopping the pipeline.
                return false;
            }

            WriteError(error);
            return false;
        }

        // Like Out-File: -Path is taken as written unless it is a wildcard that names exactly one existing file.
        private string? ResolveTarget()
        {
            var path = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            try
            {
                if (ParameterSetName == PathSet && WildcardPattern.ContainsWildcardCharacters(path))
                {
                    Collection<string>? matches = null;
                    ProviderInfo? matchProvider = null;
                    try
                    {
                        matches = GetResolvedProviderPathFromPSPath(path, out matchProvider);
                    }
                    catch (ItemNotFoundException)
                    {
                    }

                    if (matches != null && matches.Count > 1)
                    {
                        WriteError(new ErrorRecord(
                            new ArgumentException(string.Format(Messages.TimelinePathAmbiguous, path, matches.Count)),
                            "TimelinePathAmbiguous", ErrorCategory.InvalidArgument, path));
                        return null;
                    }

                    if (matches != null && matches.Count == 1)
                    {
                        return IsFileSystem(matchProvider!, path) ? matches[0] : null;
                    }
                }

                var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                return IsFileSystem(provider, path) ? target : null;
            }
            catch (Exception ex) when (ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException)
            {
                WriteError(new ErrorRecord(ex, "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return null;
            }
        }

        private bool IsFileSystem(ProviderInfo provider, string path)
        {
            if (provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                return true;
            }

            WriteError(new ErrorRecord(
                new ArgumentException(string.Format(Messages.TimelineNotFileSystemPath, path, provider.Name)),
                "NotFileSystemPath", ErrorCategory.InvalidArgument, path));
            return false;
        }
    }
}
