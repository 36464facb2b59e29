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
        private WildcardPattern[]? _speakers;
        private WildcardPattern[]? _entities;

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
            // With a recognizer, -Speaker ザッカーバーグ also finds claims whose canonical speaker is Mark Zuckerberg.
            var recognizer = Extractor.EntityRecognizer;
            _speakers = Speaker?
                .Concat(recognizer == null ? Enumerable.Empty<string>() : Speaker.Where(s => !WildcardPattern.ContainsWildcardCharacters(s)).Select(s => recognizer.CanonicalName(s)).OfType<string>())
                .Select(Pattern).ToArray();
            _entities = Entity?.Select(Pattern).ToArray();
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

        private bool Matches(Claim claim)
        {
            if (Kind != null && !Kind.Contains(claim.Kind))
            {
                return false;
            }

            if (_speakers != null && !SpeakerNames(claim).Any(name => _speakers.Any(p => p.IsMatch(name))))
            {
                return false;
            }

            return _entities == null || claim.Entities.Any(e => _entities.Any(p => p.IsMatch(e)));
        }

        private System.Collections.Generic.IEnumerable<string> SpeakerNames(Claim claim)
        {
            if (claim.Speaker != null)
            {
                yield return claim.Speaker;
                if (Extractor.EntityRecognizer != null)
                {
                    foreach (var alias in Extractor.EntityRecognizer.AliasesOf(claim.Speaker))
                    {
                        yield return alias;
                    }
                }
            }

            if (claim.SpeakerAsWritten != null)
            {
                yield return claim.SpeakerAsWritten;
            }
        }

        private static WildcardPattern Pattern(string text) => new WildcardPattern(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
    }
}
