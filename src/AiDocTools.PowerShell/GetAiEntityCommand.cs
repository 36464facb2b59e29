using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Entities;

namespace AiDocTools.PowerShell
{
    /// <summary>Get-AiEntity: the companies, people, models, publications, laws and events the articles name.</summary>
    [Cmdlet(VerbsCommon.Get, "AiEntity")]
    [OutputType(typeof(Entity))]
    public sealed class GetAiEntityCommand : ArticlePipelineCommand
    {
        private EntityCatalog? _catalog;
        private EntityRecognizer? _recognizer;
        private Func<Entity, bool>? _nameFilter;

        /// <summary>Only entities with a name or alias like one of these; wildcards allowed, any script.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Name { get; set; }

        /// <summary>Only entities of these types.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public EntityType[]? Type { get; set; }

        /// <summary>Also list names found by their shape that the dictionary does not hold.</summary>
        [Parameter]
        public SwitchParameter IncludeUnknown { get; set; }

        /// <summary>A JSON file of extra entities, merged over the shipped dictionary and the user's default file.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DictionaryPath { get; set; }

        protected override void BeginProcessing()
        {
            string? path = null;
            if (DictionaryPath != null)
            {
                path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(DictionaryPath);
            }

            try
            {
                _recognizer = EntityRecognizers.For(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is InvalidDataException)
            {
                var category = ex is FileNotFoundException || ex is DirectoryNotFoundException ? ErrorCategory.ObjectNotFound
                    : ex is InvalidDataException ? ErrorCategory.InvalidData : ErrorCategory.ReadError;
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidDataException(string.Format(Messages.EntityDictionaryUnreadable, path ?? EntityDictionary.UserDictionaryPath, ex.Message), ex),
                    "EntityDictionaryUnreadable", category, path ?? EntityDictionary.UserDictionaryPath));
                return;
            }

            _catalog = new EntityCatalog(_recognizer);
            _nameFilter = NameFilter.ForEntities(Name, _recognizer);
        }

        protected override void ProcessArticle(Article article) => _catalog!.Add(article);

        protected override void EndArticles()
        {
            var count = 0;
            foreach (var entity in _catalog!.Entities)
            {
                if ((entity.Known || IncludeUnknown.IsPresent)
                    && (Type == null || Type.Contains(entity.Type))
                    && (_nameFilter == null || _nameFilter(entity)))
                {
                    count++;
                    WriteObject(entity);
                }
            }

            WriteVerbose(string.Format(Messages.EntitiesFound, MyInvocation.MyCommand.Name, count, ArticleCount));
        }
    }
}
