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
        private IReadOnlyList<Regex>? _siteRegexes;

        public static ArticleMetadataCues Default { get; } = EmbeddedData.Load<ArticleMetadataCues>("article-metadata.json");

        public List<string> TranslationWords { get; set; } = new List<string>();

        public List<string> TranslationSubjects { get; set; } = new List<string>();

        public List<string> OriginalLabels { get; set; } = new List<string>();

        public List<string> PublishedCues { get; set; } = new List<string>();

        public List<string> UpdatedCues { get; set; } = new List<string>();

        public List<string> SitePatterns { get; set; } = new List<string>();

        public List<PlatformFingerprint> Platforms { get; set; } = new List<PlatformFingerprint>();

        public List<string> TopLevelDomains { get; set; } = new List<string>();

        /// <summary>Matches a line when any site pattern does: most lines match none and are passed over in one call.</summary>
        internal Regex? AnySitePattern => _anySitePattern ??= AiDocTools.Text.SafeRegex.AnyOf(SitePatterns, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

        private Regex? _anySitePattern;

        internal IReadOnlyList<Regex> SiteRegexes => _siteRegexes ??= SitePatterns
            .Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, LineShape.RegexTimeout)).ToList();

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
