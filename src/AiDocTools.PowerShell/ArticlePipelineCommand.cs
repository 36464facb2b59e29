using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AiDocTools.Analysis;
using AiDocTools.Articles;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// The shape shared by every cmdlet that works on articles: articles come from the pipeline, and the module's bundled
    /// seed articles are used only when the command stands first in its pipeline. A pipeline that delivers nothing
    /// (an empty folder, a filter that kept nothing, $null) yields nothing and a warning, never demo content in a report.
    /// </summary>
    public abstract class ArticlePipelineCommand : PSCmdlet
    {
        /// <summary>Articles from Get-AiArticle.</summary>
        [Parameter(ValueFromPipeline = true)]
        public Article[]? InputObject { get; set; }

        /// <summary>True once anything the command can work from has come down the pipeline.</summary>
        protected bool SawInput { get; set; }

        /// <summary>How many articles were processed, for the verbose summary.</summary>
        protected int ArticleCount { get; private set; }

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
                    SawInput = true;
                    Process(article);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (!SawInput)
            {
                SeedArticles.ReadWhenNoneArrived(this, string.Format(Messages.NoPipedArticles, MyInvocation.MyCommand.Name), Process);
            }

            EndArticles();
        }

        /// <summary>Processes articles read from files this command was pointed at (by an entity, say).</summary>
        protected void ProcessFiles(IEnumerable<string> files)
        {
            foreach (var article in SeedArticles.Read(this, files))
            {
                Process(article);
            }
        }

        private void Process(Article article)
        {
            ArticleCount++;
            WriteVerbose(string.Format(Messages.ReadingFile, article.Path ?? article.Id));
            ProcessArticle(article);
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

        /// <summary>
        /// For a command that received no article: the seeds when it stands first in its pipeline (no input at all),
        /// or none and the warning when an upstream command delivered nothing, so that output built from the user's own
        /// folder never holds demo content. False when it warned, for commands that then write nothing at all.
        /// </summary>
        public static bool ReadWhenNoneArrived(PSCmdlet cmdlet, string warning, Action<Article> process)
        {
            if (cmdlet.MyInvocation.ExpectingInput)
            {
                cmdlet.WriteWarning(warning);
                return false;
            }

            foreach (var article in Load(cmdlet))
            {
                process(article);
            }

            return true;
        }

        public static IEnumerable<Article> Load(PSCmdlet cmdlet)
        {
            var folder = Folder(cmdlet);
            if (!Directory.Exists(folder))
            {
                cmdlet.WriteError(new ErrorRecord(
                    new DirectoryNotFoundException(string.Format(Messages.SeedsMissing, folder)),
                    "SeedsMissing", ErrorCategory.ObjectNotFound, folder));
                return new Article[0];
            }

            return Read(cmdlet, ArticleFiles.InFolder(folder, recurse: false));
        }

        /// <summary>The articles of these files, each failure an error record and the next file.</summary>
        public static IEnumerable<Article> Read(PSCmdlet cmdlet, IEnumerable<string> files)
        {
            var reader = Analysers.NewReader();
            foreach (var file in files)
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
