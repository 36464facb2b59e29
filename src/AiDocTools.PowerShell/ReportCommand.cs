using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Export;
using AiDocTools.Search;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// What Export-AiReport and ConvertTo-AiReport share: articles or claims from the pipeline (the seeds when the command
    /// stands first), the filters, progress, and the report built at the end. Each article is analysed as it arrives.
    /// </summary>
    public abstract class ReportCommand : PSCmdlet, IDisposable
    {
        private readonly List<ReportArticle> _articles = new List<ReportArticle>();
        private readonly Dictionary<string, List<Claim>> _pipedClaims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        private readonly ProgressRecord _progress = new ProgressRecord(3, Messages.ReportProgress, " ");
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan? _lastProgress;
        private bool _sawInput;

        /// <summary>Cancelled by Ctrl+C, so a file write in progress stops and leaves the target untouched.</summary>
        protected CancellationTokenSource Cancelled { get; } = new CancellationTokenSource();

        /// <summary>Articles from Get-AiArticle, or claims from Get-AiClaim or Search-AiClaim.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[]? InputObject { get; set; }

        /// <summary>Only claims matching this search query (the syntax of Search-AiClaim).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Query { get; set; }

        /// <summary>Only claims and events that name a matching entity or one related to it (Llama for Meta), or whose speaker is one; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Entity { get; set; }

        /// <summary>Only claims whose speaker (canonical or as written) matches; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only claims from articles published in or after this period, and events dated in or after it.</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? After { get; set; }

        /// <summary>Only claims from articles published in or before this period, and events dated in or before it.</summary>
        [Parameter]
        [PartialDateTransformation]
        public PartialDate? Before { get; set; }

        /// <summary>The report's title.</summary>
        [Parameter]
        public string? Title { get; set; }

        private ReportFilter Filter { get; set; } = new ReportFilter();

        protected override void BeginProcessing()
        {
            ClaimQuery? query = null;
            if (Query != null)
            {
                query = ClaimQuery.Parse(Query, Analysers.Recognizer);
                foreach (var note in query.Notes)
                {
                    WriteWarning(string.Format(Messages.QueryNote, Query, note));
                }

                if (query.IsEmpty)
                {
                    ThrowTerminatingError(new ErrorRecord(new ArgumentException(Messages.EmptyQuery), "EmptyQuery", ErrorCategory.InvalidArgument, Query));
                }
            }

            Filter = new ReportFilter
            {
                Query = query,
                Speaker = NameFilter.For(Speaker, Analysers.Recognizer),
                Entity = NameFilter.For(Entity, Analysers.Recognizer) is Func<string, bool> entity ? Analysers.Recognizer.Dictionary.WithRelated(entity) : null,
                After = After,
                Before = Before,
            };
        }

        protected override void ProcessRecord()
        {
            foreach (var item in InputObject ?? new PSObject[0])
            {
                switch (item?.BaseObject)
                {
                    case null:
                        break;
                    case Article article:
                        _sawInput = true;
                        AddArticle(article);
                        break;
                    case Claim claim:
                        _sawInput = true;
                        AddClaim(claim);
                        break;
                    case SearchResult result:
                        _sawInput = true;
                        AddClaim(result.Claim);
                        break;
                    default:
                        _sawInput = true;
                        WriteError(new ErrorRecord(
                            new ArgumentException(string.Format(Messages.UnsupportedReportInput, item.BaseObject.GetType().FullName, MyInvocation.MyCommand.Name)),
                            "UnsupportedReportInput", ErrorCategory.InvalidArgument, item));
                        break;
                }
            }
        }

        protected override void EndProcessing()
        {
            // The seeds stand in only for a command that is first in its pipeline: a report built from the user's own
            // folder must never hold demo content, and an empty pipeline writes nothing.
            if (!_sawInput && !SeedArticles.ReadWhenNoneArrived(this, Messages.NoReportInput, AddArticle))
            {
                return;
            }

            AddPipedClaims();
            _progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(_progress);
            Emit(ReportBuilder.Build(_articles, Filter, Title));
        }

        /// <summary>Writes the finished report: to the pipeline, or to a file.</summary>
        protected abstract void Emit(Report report);

        protected override void StopProcessing() => Cancelled.Cancel();

        public void Dispose() => Cancelled.Dispose();

        private void AddArticle(Article article)
        {
            ShowProgress(article.Path ?? article.Id);
            try
            {
                // Every content sentence is a claim and carries its events, so one extraction gives both.
                var claims = Analysers.Claims.Extract(article);
                _articles.Add(new ReportArticle(article, claims, claims.SelectMany(c => c.Events).ToList()));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException || ex is OutOfMemoryException))
            {
                // One article the extractors cannot handle must not cost the user the whole report.
                WriteError(new ErrorRecord(
                    new InvalidOperationException(string.Format(Messages.ReportAnalysisFailed, article.Id, ex.Message), ex),
                    "ReportAnalysisFailed", ErrorCategory.InvalidData, article));
            }
        }

        private void AddClaim(Claim claim)
        {
            var key = claim.ArticlePath ?? "\0" + claim.ArticleId;
            if (!_pipedClaims.TryGetValue(key, out var claims))
            {
                _pipedClaims[key] = claims = new List<Claim>();
            }

            if (!claims.Any(c => c.Start == claim.Start && c.Length == claim.Length))
            {
                claims.Add(claim);
            }
        }

        // Piped claims keep only themselves, but their article is read once more for what the overview shows of it
        // (title, site, date, language); a claim whose file is gone still appears, under its article id.
        private void AddPipedClaims()
        {
            var reader = Analysers.NewReader();
            foreach (var pair in _pipedClaims)
            {
                var first = pair.Value[0];
                Article article;
                try
                {
                    ShowProgress(first.ArticlePath ?? first.ArticleId);
                    article = first.ArticlePath == null ? StandIn(first) : reader.Read(first.ArticlePath);
                }
                catch (ArticleLoadException ex)
                {
                    WriteError(ArticleErrors.From(ex));
                    article = StandIn(first);
                }

                var claims = pair.Value.OrderBy(c => c.Start).ToList();
                _articles.Add(new ReportArticle(article, claims, claims.SelectMany(c => c.Events).ToList()));
            }
        }

        private static Article StandIn(Claim claim) =>
            new Article { Id = claim.ArticleId, Path = claim.ArticlePath, PublishedValue = claim.PublishedValue };

        // Shown at once, then at most five times a second, as Get-AiArticle does.
        private void ShowProgress(string name)
        {
            if (_lastProgress != null && _clock.Elapsed - _lastProgress.Value < TimeSpan.FromMilliseconds(200))
            {
                return;
            }

            _lastProgress = _clock.Elapsed;
            _progress.StatusDescription = string.Format(Messages.ReportProgressStatus, _articles.Count + 1, System.IO.Path.GetFileName(name));
            WriteProgress(_progress);
        }
    }
}
