using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Analysis;
using AiDocTools.Articles;

namespace AiDocTools.PowerShell
{
    /// <summary>Get-AiArticle: reads articles (text, Markdown, HTML) into objects; with no path, the bundled seeds.</summary>
    [Cmdlet(VerbsCommon.Get, "AiArticle", DefaultParameterSetName = SeedsSet)]
    [OutputType(typeof(Article))]
    public sealed class GetAiArticleCommand : PSCmdlet
    {
        private const string SeedsSet = "Seeds";
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private ArticlePaths? _paths;
        private WildcardPattern[]? _idPatterns;
        private bool _literalPathOnCommandLine;

        /// <summary>Files or folders to read; wildcards allowed.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Files or folders to read, exactly as written: [ and * are part of the name.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName", "ArticlePath")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        /// <summary>Read the articles in sub-folders of the given folders too.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter Recurse { get; set; }

        /// <summary>Only the articles whose id matches; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ArticleIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Only the articles in these languages: ja, en, or und for text too short or mixed to tell.</summary>
        [Parameter]
        [ValidateSet("ja", "en", "und")]
        public string[]? Language { get; set; }

        /// <summary>Files larger than this many bytes are refused with an error.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long MaximumFileSize { get; set; } = ArticleReader.DefaultMaximumFileSize;

        protected override void BeginProcessing()
        {
            _idPatterns = Id?.Select(id => new WildcardPattern(id, WildcardOptions.IgnoreCase)).ToArray();
            _paths = new ArticlePaths(this, Recurse.IsPresent);

            // Arguments on the command line are bound before this runs, pipeline input only afterwards, record by record.
            _literalPathOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(LiteralPath));
        }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case PathSet:
                    foreach (var path in Path)
                    {
                        _paths!.AddWildcard(path);
                    }

                    break;
                case LiteralPathSet:
                    foreach (var path in LiteralPath)
                    {
                        // Get-ChildItem decides how deep a listing goes: a sub-folder it lists beside the files is not
                        // read as all of its files (that is what -Recurse on either command is for).
                        if (!_literalPathOnCommandLine && _paths!.IsFolder(path, out var folder))
                        {
                            WriteVerbose(string.Format(Messages.PipedFolderSkipped, folder));
                            continue;
                        }

                        _paths!.AddLiteral(path);
                    }

                    break;
            }
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName == SeedsSet)
            {
                var folder = SeedArticles.Folder(this);
                if (Directory.Exists(folder))
                {
                    _paths!.AddResolved(folder);
                }
                else
                {
                    WriteError(new ErrorRecord(new DirectoryNotFoundException(string.Format(Messages.SeedsMissing, folder)), "SeedsMissing", ErrorCategory.ObjectNotFound, folder));
                }
            }

            ReadFiles();
        }

        // Files are read at the end, not as they arrive, so progress can say "n of total".
        private void ReadFiles()
        {
            var files = _paths!.Files;
            var reader = Analysers.NewReader();
            reader.MaximumFileSize = MaximumFileSize;
            var progress = new ProgressRecord(1, Messages.ReadingArticles, " ");
            var idsSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var read = 0;
            var clock = Stopwatch.StartNew();
            TimeSpan? lastReport = null;
            for (var i = 0; i < files.Count; i++)
            {
                // Filtered-out files write nothing, so the pipeline's own stop would never be noticed without this.
                if (Stopping)
                {
                    return;
                }

                var file = files[i];
                if (_idPatterns != null)
                {
                    var id = ArticleReader.IdFor(file);
                    if (!_idPatterns.Any(p => p.IsMatch(id)))
                    {
                        continue;
                    }

                    idsSeen.Add(id);
                }

                // Shown at once, then at most five times a second: enough to watch, too few to slow the read.
                if (files.Count > 1 && (lastReport == null || clock.Elapsed - lastReport.Value > TimeSpan.FromMilliseconds(200)))
                {
                    lastReport = clock.Elapsed;
                    progress.StatusDescription = string.Format(Messages.ReadingArticleStatus, i + 1, files.Count, System.IO.Path.GetFileName(file));
                    progress.PercentComplete = (int)(100L * i / files.Count);
                    WriteProgress(progress);
                }

                Article article;
                try
                {
                    article = reader.Read(file);
                }
                catch (ArticleLoadException ex)
                {
                    WriteError(ArticleErrors.From(ex));
                    continue;
                }

                if (Language != null && !Language.Contains(article.Language, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                read++;
                WriteVerbose(string.Format(Messages.ReadingFile, file));
                foreach (var source in article.MetadataSources)
                {
                    WriteVerbose(string.Format(Messages.MetadataSource, article.Id, source.Key, source.Value));
                }

                WriteObject(article);
            }

            if (lastReport != null)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }

            // Like Get-Process -Id: an exact id that names no article is an error, a wildcard that matches none is not.
            foreach (var id in Id ?? new string[0])
            {
                if (!WildcardPattern.ContainsWildcardCharacters(id) && !idsSeen.Contains(id))
                {
                    WriteError(new ErrorRecord(
                        new ItemNotFoundException(string.Format(Messages.ArticleIdNotFound, id)), "ArticleIdNotFound", ErrorCategory.ObjectNotFound, id));
                }
            }

            WriteVerbose(string.Format(Messages.ArticlesRead, MyInvocation.MyCommand.Name, read));
        }
    }
}
