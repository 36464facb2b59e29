using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading;
using AiDocTools.Search;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Search-AiClaim: the claims that match a query, best first. Piped articles (or the seeds) are searched in memory;
    /// -Path/-LiteralPath searches a set of files through a persistent index in the user's cache folder.
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "AiClaim", DefaultParameterSetName = ArticlesSet)]
    [OutputType(typeof(SearchResult))]
    public sealed class SearchAiClaimCommand : ArticlePipelineCommand
    {
        private const string ArticlesSet = "Articles";
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string TeamSet = "Team";

        private ClaimSearch? _search;
        private bool _timedOut;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private ClaimQuery? _query;
        private ArticlePaths? _paths;
        private int _ignoredArticles;

        /// <summary>Words (ANDed), OR, -excluded, "quoted phrase"; or a regular expression with -Regex.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowEmptyString]
        public string Query { get; set; } = string.Empty;

        /// <summary>Files or folders to search through the persistent index; wildcards allowed.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 1)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Files or folders to search through the persistent index, exactly as written.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        /// <summary>Search the article files in sub-folders too.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter Recurse { get; set; }

        /// <summary>
        /// Search the team index in PostgreSQL (see Update-AiIndex) instead of articles or folders. With
        /// $env:AIDOCTOOLS_CONNECTION set, a Search-AiClaim that is given neither articles nor -Path searches it too.
        /// </summary>
        [Parameter(ParameterSetName = TeamSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? Connection { get; set; }

        /// <summary>Treat -Query as a .NET regular expression on the claim text (case-insensitive).</summary>
        [Parameter]
        public SwitchParameter Regex { get; set; }

        /// <summary>Only claims whose speaker (canonical or as written) matches; * keeps every attributed claim.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only claims of these kinds.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ClaimKind[]? Kind { get; set; }

        /// <summary>Only claims that mention one of these entities (canonical names; wildcards allowed).</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Entity { get; set; }

        /// <summary>Only claims from articles published in or after this period (2024, 2024-04, April 2024, 2024-04-15).</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? After { get; set; }

        /// <summary>Only claims from articles published in or before this period.</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? Before { get; set; }

        /// <summary>Only the N best results.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int First { get; set; }

        protected override void BeginProcessing()
        {
            if (Regex.IsPresent)
            {
                try
                {
                    _query = ClaimQuery.FromRegex(Query);
                }
                catch (ArgumentException ex)
                {
                    ThrowTerminatingError(new ErrorRecord(ex, "InvalidRegex", ErrorCategory.InvalidArgument, Query));
                }
            }
            else
            {
                _query = ClaimQuery.Parse(Query, Analysers.Recognizer);
                foreach (var note in _query.Notes)
                {
                    WriteWarning(string.Format(Messages.QueryNote, Query, note));
                }

                // An empty query used to match nothing in silence; the user meant something, so say what is missing.
                if (_query.IsEmpty)
                {
                    ThrowTerminatingError(new ErrorRecord(new ArgumentException(Messages.EmptyQuery), "EmptyQuery", ErrorCategory.InvalidArgument, Query));
                }
            }

            _paths = new ArticlePaths(this, Recurse.IsPresent);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName != ArticlesSet && InputObject != null)
            {
                _ignoredArticles += InputObject.Length;
            }

            switch (ParameterSetName)
            {
                case TeamSet:
                    break;
                case PathSet:
                    foreach (var path in Path)
                    {
                        _paths!.AddWildcard(path);
                    }

                    break;
                case LiteralPathSet:
                    foreach (var path in LiteralPath)
                    {
                        _paths!.AddLiteral(path);
                    }

                    break;
                default:
                    base.ProcessRecord();
                    break;
            }
        }

        protected override void EndProcessing()
        {
            var team = ParameterSetName == TeamSet
                ? Connection
                : ParameterSetName == ArticlesSet && !MyInvocation.ExpectingInput ? TeamIndexes.Connection(null) : null;
            if (ParameterSetName == ArticlesSet && team == null)
            {
                base.EndProcessing();
                return;
            }

            if (_ignoredArticles > 0)
            {
                WriteError(new ErrorRecord(
                    new ArgumentException(string.Format(Messages.PipedArticlesIgnored, _ignoredArticles)),
                    "PipedArticlesIgnored", ErrorCategory.InvalidArgument, Query));
            }

            if (team != null)
            {
                SearchTeam(team);
            }
            else
            {
                SearchIndex();
            }
        }

        protected override void StopProcessing() => _stopping.Cancel();

        // Each article is searched as it arrives and then let go: a whole folder piped in costs the memory of its matches.
        protected override void ProcessArticle(Article article)
        {
            if (_timedOut)
            {
                return;
            }

            _search ??= new ClaimSearch(_query!, Analysers.Claims);
            try
            {
                _search.Add(article);
            }
            catch (RegexMatchTimeoutException ex)
            {
                _timedOut = true;
                WriteError(new ErrorRecord(ex, "RegexTimeout", ErrorCategory.OperationTimeout, Query));
            }
        }

        protected override void EndArticles()
        {
            if (!_timedOut)
            {
                Emit(() => (_search ?? new ClaimSearch(_query!, Analysers.Claims)).Results(Options()));
            }
        }

        private void SearchIndex()
        {
            var paths = _paths!;
            if (paths.Files.Count == 0)
            {
                return;
            }

            var index = new ClaimIndex(ClaimIndex.FolderFor(paths.Roots, Recurse.IsPresent), extractor: Analysers.Claims);
            WriteVerbose(string.Format(Messages.UsingIndex, index.Folder, paths.Files.Count));
            var progress = new ProgressRecord(2, Messages.IndexingArticles, " ");
            var reported = false;
            IndexedSearch? outcome = null;
            Emit(() =>
            {
                outcome = index.Search(paths.Files, _query!, Options(), p =>
                {
                    reported = true;
                    progress.StatusDescription = string.Format(Messages.ReadingArticleStatus, p.Done + 1, p.Total, System.IO.Path.GetFileName(p.Path));
                    progress.PercentComplete = (int)(100L * p.Done / Math.Max(1, p.Total));
                    WriteProgress(progress);
                }, _stopping.Token);
                return outcome.Results;
            }, before: () =>
            {
                if (reported)
                {
                    progress.RecordType = ProgressRecordType.Completed;
                    WriteProgress(progress);
                }

                foreach (var failure in outcome!.Failures)
                {
                    WriteError(ArticleErrors.From(failure));
                }

                WriteVerbose(string.Format(Messages.IndexUpdated, outcome.FilesIndexed, outcome.Rebuilt));
            });
        }

        private void SearchTeam(string connection)
        {
            IClaimStore store;
            try
            {
                store = TeamIndexes.Open(connection, Analysers.Claims);
            }
            catch (Exception ex) when (ex is IOException || ex is PlatformNotSupportedException)
            {
                WriteError(new ErrorRecord(ex, "IndexUnavailable", ErrorCategory.ResourceUnavailable, ConnectionText.Redact(connection)));
                return;
            }

            WriteVerbose(string.Format(Messages.UsingStore, store.Location));
            Emit(() => store.Search(_query!, Options(), _stopping.Token));
        }

        private void Emit(Func<IReadOnlyList<SearchResult>> search, Action? before = null)
        {
            IReadOnlyList<SearchResult> results;
            try
            {
                results = search();
            }
            catch (RegexMatchTimeoutException ex)
            {
                WriteError(new ErrorRecord(ex, "RegexTimeout", ErrorCategory.OperationTimeout, Query));
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (TimeoutException ex)
            {
                WriteError(new ErrorRecord(ex, "IndexBusy", ErrorCategory.ResourceBusy, Query));
                return;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(ex, "IndexUnavailable", ErrorCategory.ResourceUnavailable, Query));
                return;
            }

            before?.Invoke();
            WriteVerbose(string.Format(Messages.ResultsFound, MyInvocation.MyCommand.Name, results.Count));
            foreach (var result in results)
            {
                SeenSpeakers.Add(result.Speaker);
                WriteObject(result);
            }
        }

        private SearchOptions Options()
        {
            return new SearchOptions
            {
                First = First,
                Speaker = NameFilter.For(Speaker, Analysers.Recognizer),
                Kinds = Kind,
                Entity = NameFilter.For(Entity, Analysers.Recognizer),
                After = After,
                Before = Before,
            };
        }
    }
}
