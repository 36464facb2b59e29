using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AiDocTools.Articles;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// The shape shared by every cmdlet that works on articles: articles come from the pipeline,
    /// and when none come, the module's bundled seed articles are used.
    /// </summary>
    public abstract class ArticlePipelineCommand : PSCmdlet
    {
        private bool _sawInput;

        /// <summary>Articles from Get-AiArticle.</summary>
        [Parameter(ValueFromPipeline = true)]
        public Article[]? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject == null)
            {
                return;
            }

            foreach (var article in InputObject)
            {
                if (article != null)
                {
                    _sawInput = true;
                    ProcessArticle(article);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (!_sawInput)
            {
                foreach (var article in SeedArticles.Load(this))
                {
                    ProcessArticle(article);
                }
            }

            EndArticles();
        }

        /// <summary>Called once for each article, piped or bundled.</summary>
        protected abstract void ProcessArticle(Article article);

        /// <summary>Called after the last article, for cmdlets that emit only once everything is seen.</summary>
        protected virtual void EndArticles()
        {
        }
    }

    /// <summary>The seed articles shipped in the module's seeds folder.</summary>
    internal static class SeedArticles
    {
        public static string Folder(PSCmdlet cmdlet) =>
            Path.Combine(cmdlet.MyInvocation.MyCommand.Module?.ModuleBase ?? ModuleFolder, "seeds");

        /// <summary>The seeds folder beside the module's assembly, for code that runs without a cmdlet (completers).</summary>
        public static string Folder() => Path.Combine(ModuleFolder, "seeds");

        private static string ModuleFolder => Path.GetDirectoryName(typeof(SeedArticles).Assembly.Location) ?? ".";

        public static IEnumerable<Article> Load(PSCmdlet cmdlet)
        {
            var folder = Folder(cmdlet);
            if (!Directory.Exists(folder))
            {
                cmdlet.WriteError(new ErrorRecord(
                    new DirectoryNotFoundException(string.Format(Messages.SeedsMissing, folder)),
                    "SeedsMissing", ErrorCategory.ObjectNotFound, folder));
                yield break;
            }

            var reader = new ArticleReader();
            foreach (var file in ArticleFiles.InFolder(folder, recurse: false))
            {
                Article article;
                try
                {
                    article = reader.Read(file);
                }
                catch (ArticleLoadException ex)
                {
                    cmdlet.WriteError(ArticleErrors.From(ex));
                    continue;
                }

                yield return article;
            }
        }
    }

    /// <summary>One way to turn a load failure into an ErrorRecord: stable id, fitting category, the file as target.</summary>
    internal static class ArticleErrors
    {
        public static ErrorRecord From(ArticleLoadException ex)
        {
            ErrorCategory category;
            switch (ex.Failure)
            {
                case ArticleLoadFailure.NotFound:
                    category = ErrorCategory.ObjectNotFound;
                    break;
                case ArticleLoadFailure.Unreadable:
                    category = ex.InnerException is System.UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.ReadError;
                    break;
                case ArticleLoadFailure.TooLarge:
                    category = ErrorCategory.LimitsExceeded;
                    break;
                case ArticleLoadFailure.MalformedFrontMatter:
                case ArticleLoadFailure.MalformedMarkup:
                    category = ErrorCategory.ParserError;
                    break;
                default:
                    category = ErrorCategory.InvalidData;
                    break;
            }

            return new ErrorRecord(ex, "Article" + ex.Failure, category, ex.Path);
        }
    }
}
