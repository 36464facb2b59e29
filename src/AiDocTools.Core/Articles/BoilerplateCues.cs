using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Articles
{
    /// <summary>The cue words of Data/boilerplate.json: the interface text pages wrap around articles.</summary>
    public sealed class BoilerplateCues
    {
        private IReadOnlyList<Regex>? _linePatterns;

        public static BoilerplateCues Default { get; } = EmbeddedData.Load<BoilerplateCues>("boilerplate.json").Prepared();

        public List<string> InterfaceLines { get; set; } = new List<string>();

        public List<string> AdLabels { get; set; } = new List<string>();

        public List<string> CallsToAction { get; set; } = new List<string>();

        public List<string> EngagementPrompts { get; set; } = new List<string>();

        public List<string> SectionHeaders { get; set; } = new List<string>();

        public List<string> AuthorBoxHeaders { get; set; } = new List<string>();

        public List<string> PromoWords { get; set; } = new List<string>();

        public List<string> Invitations { get; set; } = new List<string>();

        public List<string> CopyrightMarkers { get; set; } = new List<string>();

        public List<string> HomeCrumbs { get; set; } = new List<string>();

        public List<string> LinePatterns { get; set; } = new List<string>();

        internal IReadOnlyList<Regex> LineRegexes => _linePatterns ??= Compile(LinePatterns);

        /// <summary>Cue words compared against <see cref="ArticleLine.Bare"/>, so they are stored in that form.</summary>
        private BoilerplateCues Prepared()
        {
            InterfaceLines = BareAll(InterfaceLines);
            AdLabels = BareAll(AdLabels);
            EngagementPrompts = BareAll(EngagementPrompts);
            SectionHeaders = BareAll(SectionHeaders);
            AuthorBoxHeaders = BareAll(AuthorBoxHeaders);
            HomeCrumbs = BareAll(HomeCrumbs);
            CallsToAction = CallsToAction.Select(c => LineShape.Normalize(c).ToLowerInvariant()).ToList();
            PromoWords = PromoWords.Select(c => LineShape.Normalize(c).ToLowerInvariant()).ToList();
            Invitations = Invitations.Select(c => LineShape.Normalize(c).ToLowerInvariant()).ToList();
            CopyrightMarkers = CopyrightMarkers.Select(c => LineShape.Normalize(c).ToLowerInvariant()).ToList();
            return this;
        }

        internal static BoilerplateCues FromData(BoilerplateCues loaded) => loaded.Prepared();

        private static List<string> BareAll(IEnumerable<string> cues) =>
            cues.Select(c => LineShape.Bare(LineShape.Normalize(c))).Where(c => c.Length > 0).Distinct().ToList();

        private static IReadOnlyList<Regex> Compile(IEnumerable<string> patterns) =>
            patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, LineShape.RegexTimeout)).ToList();
    }
}
