using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using AiDocTools.Search;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Update-AiIndex: brings an index up to date with a set of folders (added, changed and deleted files) without
    /// searching it. With -Connection (or $env:AIDOCTOOLS_CONNECTION) the team's index in PostgreSQL, which several
    /// people may update at once; without, the local index Search-AiClaim -Path keeps for the same folders.
    /// </summary>
    [Cmdlet(VerbsData.Update, "AiIndex", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(IndexUpdate))]
    public sealed class UpdateAiIndexCommand : PSCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ArticlePaths? _paths;

        /// <summary>Files or folders to index; wildcards allowed.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Files or folders to index, exactly as written.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        /// <summary>Index the article files in sub-folders too.</summary>
        [Parameter]
        public SwitchParameter Recurse { get; set; }

        /// <summary>The team index's PostgreSQL connection string; $env:AIDOCTOOLS_CONNECTION when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Connection { get; set; }

        protected override void BeginProcessing() => _paths = new ArticlePaths(this, Recurse.IsPresent);

        protected override void ProcessRecord()
        {
            foreach (var path in ParameterSetName == LiteralPathSet ? LiteralPath : Path)
            {
                if (ParameterSetName == LiteralPathSet)
                {
                    _paths!.AddLiteral(path);
                }
                else
                {
                    _paths!.AddWildcard(path);
                }
            }
        }

        protected override void StopProcessing() => _stopping.Cancel();

        protected override void EndProcessing()
        {
            var paths = _paths!;
            if (paths.Roots.Count == 0)
            {
                return;
            }

            var connection = TeamIndexes.Connection(Connection);
            var target = connection == null ? string.Empty : ConnectionText.Redact(connection);
            IClaimStore store;
            try
            {
                store = connection == null
                    ? new ClaimIndex(ClaimIndex.FolderFor(paths.Roots, Recurse.IsPresent), extractor: Analysers.Claims)
                    : TeamIndexes.Open(connection, Analysers.Claims);
            }
            catch (Exception ex) when (ex is IOException || ex is PlatformNotSupportedException)
            {
                WriteError(new ErrorRecord(ex, "IndexUnavailable", ErrorCategory.ResourceUnavailable, target));
                return;
            }

            WriteVerbose(string.Format(Messages.UsingStore, store.Location));
            var progress = new ProgressRecord(3, Messages.IndexingArticles, " ");
            var reported = false;
            IndexUpdate update;
            try
            {
                update = store.Update(
                    new ArticleFileSet(paths.Roots, Recurse.IsPresent, paths.Files),
                    plan => plan.IsEmpty || ShouldProcess(plan.Location, string.Format(Messages.UpdateIndexAction, plan.Added, plan.Changed, plan.Deleted)),
                    p =>
                    {
                        reported = true;
                        progress.StatusDescription = string.Format(Messages.ReadingArticleStatus, p.Done + 1, p.Total, System.IO.Path.GetFileName(p.Path));
                        progress.PercentComplete = (int)(100L * p.Done / Math.Max(1, p.Total));
                        WriteProgress(progress);
                    },
                    _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (TimeoutException ex)
            {
                WriteError(new ErrorRecord(ex, "IndexBusy", ErrorCategory.ResourceBusy, store.Location));
                return;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(ex, "IndexUnavailable", ErrorCategory.ResourceUnavailable, store.Location));
                return;
            }

            if (reported)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }

            foreach (var failure in update.Failures)
            {
                WriteError(ArticleErrors.From(failure));
            }

            if (update.Applied)
            {
                WriteVerbose(string.Format(Messages.IndexUpdateDone, update.Location, update.Added, update.Changed, update.Deleted, update.Unchanged));
            }

            WriteObject(update);
        }
    }
}
