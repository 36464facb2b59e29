using System;
using System.Linq;
using System.Management.Automation;
using AiDocTools.Claims;

namespace AiDocTools.PowerShell
{
    /// <summary>Get-AiClaim: the claims of piped articles (or the seeds), each sentence with its speaker if someone is quoted or reported.</summary>
    [Cmdlet(VerbsCommon.Get, "AiClaim")]
    [OutputType(typeof(Claim))]
    public sealed class GetAiClaimCommand : ArticlePipelineCommand
    {
        private Func<string, bool>? _speaker;
        private Func<string, bool>? _entity;

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

        protected override void ProcessArticle(Article article)
        {
            foreach (var claim in Extractor.Extract(article))
            {
                if (Matches(claim))
                {
                    WriteObject(claim);
                }
            }
        }

        private bool Matches(Claim claim) =>
            (Kind == null || Kind.Contains(claim.Kind))
            && (_speaker == null || (claim.Speaker != null && _speaker(claim.Speaker)) || (claim.SpeakerAsWritten != null && _speaker(claim.SpeakerAsWritten)))
            && (_entity == null || claim.Entities.Any(_entity));
    }
}
