using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Articles
{
    /// <summary>
    /// The cue words of Data/article-metadata.json: translation notices, datelines, site hints. Bylines and translator
    /// credits are language rules, in Data/&lt;language&gt;/bylines.yaml (<see cref="BylineReader"/>).
    /// </summary>
    public sealed class ArticleMetadataCues
    {
        public static ArticleMetadataCues Default { get; } = EmbeddedData.Load<ArticleMetadataCues>("article-metadata.json");

        public List<string> TranslationWords { get; set; } = new List<string>();

        public List<string> TranslationSubjects { get; set; } = new List<string>();

        public List<string> OriginalLabels { get; set; } = new List<string>();

        public List<string> PublishedCues { get; set; } = new List<string>();

        public List<string> UpdatedCues { get; set; } = new List<string>();

        public List<string> SitePatterns { get; set; } = new List<string>();

        public List<PlatformFingerprint> Platforms { get; set; } = new List<PlatformFingerprint>();

        public List<string> TopLevelDomains { get; set; } = new List<string>();

        /// <summary>Whether any site pattern matches a line: most lines match none and are passed over in one call.</summary>
        internal CuePatternScreen SiteScreen => _siteScreen ??= new CuePatternScreen(SitePatterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

        private CuePatternScreen? _siteScreen;

        /// <summary>The site patterns one by one, in their order, for the name a line's first matching pattern catches.</summary>
        internal IReadOnlyList<Regex> SiteRegexes => SiteScreen.Each;

        /// <summary>An alternation of the cue words, longest first so 翻訳協力 wins over 翻訳, each escaped.</summary>
        internal static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.Select(w => LineShape.Normalize(w)).Where(w => w.Length > 0).Distinct()
                .OrderByDescending(w => w.Length).Select(Regex.Escape));
    }

    /// <summary>Interface strings only one platform prints, and the platform's name.</summary>
    public sealed class PlatformFingerprint
    {
        public string Site { get; set; } = string.Empty;

        public List<string> Cues { get; set; } = new List<string>();
    }
}
