using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Claims;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Get-AiClaim: the claims of piped articles (or the seeds), each sentence with its speaker if someone is quoted or
    /// reported. Piped entities (Get-AiEntity) give the claims that mention them, read from the articles that name them.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AiClaim", DefaultParameterSetName = ArticlesSet)]
    [OutputType(typeof(Claim))]
    public sealed class GetAiClaimCommand : ArticlePipelineCommand
    {
        private const string ArticlesSet = "Articles";
        private const string EntitySet = "Entity";

        private Func<string, bool>? _speaker;
        private Func<string, bool>? _entity;
        private readonly HashSet<string> _pipedEntities = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _entityFiles = new List<string>();
        private int _claims;

        /// <summary>Entities from Get-AiEntity: only claims that mention one of them, from the articles that name them.</summary>
        [Parameter(ParameterSetName = EntitySet, ValueFromPipeline = true)]
        public Entity[]? InputEntity { get; set; }

        /// <summary>Only claims whose speaker (canonical or as written) matches; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only claims of these kinds.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ClaimKind[]? Kind { get; set; }

        /// <summary>Only claims that mention a matching entity; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityNameCompleter))]
        public string[]? Entity { get; set; }

        private ClaimExtractor Extractor { get; } = Analysers.Claims;

        protected override void BeginProcessing()
        {
            _speaker = NameFilter.For(Speaker, Analysers.Recognizer);
            _entity = NameFilter.For(Entity, Analysers.Recognizer);
        }

        protected override void ProcessRecord()
        {
            foreach (var entity in InputEntity ?? new Entity[0])
            {
                if (entity == null)
                {
                    continue;
                }

                SawInput = true;
                _pipedEntities.Add(entity.Name);
                _entityFiles.AddRange(entity.ArticlePaths.Where(p => !_entityFiles.Contains(p, StringComparer.Ordinal)));
            }

            base.ProcessRecord();
        }

        protected override void EndProcessing()
        {
            ProcessFiles(_entityFiles);
            base.EndProcessing();
        }

        protected override void ProcessArticle(Article article)
        {
            foreach (var claim in Extractor.Extract(article))
            {
                SeenSpeakers.Add(claim.Speaker);
                if (Matches(claim))
                {
                    _claims++;
                    WriteObject(claim);
                }
            }
        }

        protected override void EndArticles() =>
            WriteVerbose(string.Format(Messages.ClaimsFound, MyInvocation.MyCommand.Name, _claims, ArticleCount));

        private bool Matches(Claim claim) =>
            (Kind == null || Kind.Contains(claim.Kind))
            && (_speaker == null || claim.IsSpokenBy(_speaker))
            && (_entity == null || claim.Entities.Any(_entity))
            && (_pipedEntities.Count == 0 || claim.Entities.Any(_pipedEntities.Contains));
    }
}
