using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Rules;
using AiDocTools.Text;

namespace AiDocTools.Articles
{
    /// <summary>
    /// The cue words of Data/boilerplate.json: the interface text pages wrap around articles. <see cref="Default"/> is those
    /// words alone, pure data and the same for every pipeline; the whole-line rules come from a pipeline's packs (<see cref="WithLinePacks"/>).
    /// </summary>
    public sealed class BoilerplateCues
    {
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

        public List<string> ChromeClassWords { get; set; } = new List<string>();

        public List<string> EmbeddedPostClasses { get; set; } = new List<string>();

        /// <summary>The selector of a post embedded from a social network, by the class its embed code gives it.</summary>
        internal string EmbeddedPostSelector => _embeddedPosts ??= string.Join(", ", EmbeddedPostClasses.Select(c => "." + c));

        private string? _embeddedPosts;

        /// <summary>The whole-line chrome rules of the language packs (Data/ja/boilerplate.yaml, Data/en/boilerplate.yaml).</summary>
        internal IReadOnlyList<Rules.Rule> LineRules => _lineRules ??= LinePacks.SelectMany(p => p.Rules).ToList();

        /// <summary>The packs of <see cref="LineRules"/>: each finds the words its rules require in one pass over a line.</summary>
        internal IReadOnlyList<Rules.RulePack> LinePacks => _linePacks
            ?? throw new System.InvalidOperationException("These boilerplate cues were given no line packs: take them from an ArticleCleaner, which adds its packs' (WithLinePacks).");

        private IReadOnlyList<Rules.RulePack>? _linePacks;

        /// <summary>These cue words with the whole-line rules of <paramref name="packs"/> (ja/boilerplate, en/boilerplate).</summary>
        internal BoilerplateCues WithLinePacks(Rules.LanguagePacks packs)
        {
            var linePacks = new[] { "ja", "en" }.Select(l => packs.Get(l, "boilerplate")).ToList();
            var copy = (BoilerplateCues)MemberwiseClone();
            copy._linePacks = linePacks;
            copy._lineRules = null;
            copy._closingRules = null;
            copy._linePackStarts = null;
            copy._linePackScreens = null;
            copy._linePackLineScreens = null;
            return copy;
        }

        /// <summary>For each of <see cref="LinePacks"/>, the first characters of its rules' required words (<see cref="Rules.RuleScreen"/>).</summary>
        internal IReadOnlyList<char[]?> LinePackStarts => _linePackStarts ??= LinePacks.Select(p => Rules.RuleScreen.StartsOf(p.Rules)).ToList();

        private IReadOnlyList<char[]?>? _linePackStarts;

        /// <summary>For each of <see cref="LinePacks"/>, its rules joined when all are anchored at the line's start (<see cref="Rules.RuleScreen.AnchoredOf"/>).</summary>
        internal IReadOnlyList<Regex?> LinePackScreens => _linePackScreens ??= LinePacks.Select(p => Rules.RuleScreen.AnchoredOf(p.Rules)).ToList();

        private IReadOnlyList<Regex?>? _linePackScreens;

        /// <summary>For each of <see cref="LinePacks"/>, what a line must start with or hold for one of its rules to match it (<see cref="PatternLineScreen"/>); null when not known.</summary>
        internal IReadOnlyList<PatternLineScreen?> LinePackLineScreens => _linePackLineScreens ??= LinePacks.Select(p => PatternLineScreen.Of(p.Rules.Select(r => r.Regex))).ToList();

        private IReadOnlyList<PatternLineScreen?>? _linePackLineScreens;

        private IReadOnlyList<Rules.Rule>? _lineRules;

        /// <summary>The line rules that mark the closing sections of a press release (section: closing), in pack order.</summary>
        internal IReadOnlyList<Rules.Rule> ClosingSectionRules => _closingRules ??= LineRules.Where(r => r.Property("section") == "closing").ToList();

        private IReadOnlyList<Rules.Rule>? _closingRules;

        /// <summary>Whether an element's class or id names it as chrome: one of its words (share-buttons, relatedPosts) is a cue.</summary>
        internal bool IsChromeClass(string? className, string? id)
        {
            if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
            {
                return false;
            }

            _chromeClass ??= new Regex(@"(?<![a-z])(" + string.Join("|", ChromeClassWords.Select(Regex.Escape)) + @")(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.Compiled, LineShape.RegexTimeout);
            return SafeRegex.IsMatch(_chromeClass, ClassWords(className) + " " + ClassWords(id));
        }

        // relatedPosts and related-posts and related_posts name the same thing: camel case becomes separate lower-case words.
        private static string ClassWords(string? name) =>
            string.IsNullOrEmpty(name) ? string.Empty : Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", "-", RegexOptions.CultureInvariant, LineShape.RegexTimeout).ToLowerInvariant();

        private Regex? _chromeClass;

        /// <summary>Whether any of the line patterns matches a line.</summary>
        internal CuePatternScreen LineScreen => _lineScreen ??= new CuePatternScreen(LinePatterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

        private CuePatternScreen? _lineScreen;

        /// <summary>Whole-line cues (interface lines, engagement prompts, ad labels) looked up in one set.</summary>
        internal HashSet<string> WholeLines => _wholeLines ??= new HashSet<string>(InterfaceLines.Concat(EngagementPrompts).Concat(AdLabels), System.StringComparer.Ordinal);

        internal HashSet<string> AdLabelSet => _adLabels ??= new HashSet<string>(AdLabels, System.StringComparer.Ordinal);

        internal HashSet<string> HomeCrumbSet => _homeCrumbs ??= new HashSet<string>(HomeCrumbs, System.StringComparer.Ordinal);

        internal CueSet CallsToActionSet => _callsToAction ??= new CueSet(CallsToAction);

        internal CueSet PromoWordSet => _promoWords ??= new CueSet(PromoWords);

        internal CueSet InvitationSet => _invitations ??= new CueSet(Invitations);

        internal CueSet CopyrightMarkerSet => _copyrightMarkers ??= new CueSet(CopyrightMarkers);

        /// <summary>Section headers as whole lines, and the Japanese ones found inside a longer label, for screening every line at once.</summary>
        internal HashSet<string> SectionHeaderSet => _sectionHeaders ??= new HashSet<string>(SectionHeaders, System.StringComparer.Ordinal);

        internal CueSet InlineSectionHeaderSet => _inlineSectionHeaders ??= new CueSet(SectionHeaders.Where(c => c.Any(ch => ch >= 128)).ToList());

        private HashSet<string>? _sectionHeaders;
        private CueSet? _inlineSectionHeaders;
        private CueSet? _callsToAction;
        private CueSet? _promoWords;
        private CueSet? _invitations;
        private CueSet? _copyrightMarkers;
        private HashSet<string>? _wholeLines;
        private HashSet<string>? _adLabels;
        private HashSet<string>? _homeCrumbs;

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
    }
}
