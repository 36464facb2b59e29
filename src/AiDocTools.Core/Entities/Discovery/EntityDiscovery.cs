using System.Collections.Generic;
using System.Linq;
using AiDocTools.Text;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// Finds names the dictionary does not hold, by their shape: a katakana or kanji name with an honorific or a title
    /// (ラジャニ氏, 拓海さん, 田中専務), a capitalised Latin sequence (Nazneen Rajani), a name with 社/誌 (PlayBoy誌),
    /// a cited author (Luら), a byline credit (翻訳協力 : 吉田行男), a title after 記事 or 報告書 in 「」, an organisation that
    /// defines its acronym (…委員会(PITAC)), a committee named by its subject (…ソフトウェアに関するパネル), a paper's
    /// "Title: Subtitle" with its bracketed Japanese rendering, a unit of a known organisation (IBMインターネット部門), a known
    /// model with a new version (Grok 5) and CamelCase product names (LinuxWorld). Each way is one <see cref="IDiscoveryRule"/>
    /// in this folder; this class runs them in order and settles what the rule packs and the shape rules both found.
    /// Mentions found this way have Known = false.
    /// </summary>
    internal sealed class EntityDiscovery
    {
        private readonly IDiscoveryRule _packs;
        private readonly IReadOnlyList<IDiscoveryRule> _shapes;
        private readonly AcronymMentions _acronyms;

        public EntityDiscovery(IDiscoveryRule packs, IReadOnlyList<IDiscoveryRule> shapes, AcronymMentions acronyms)
        {
            _packs = packs;
            _shapes = shapes;
            _acronyms = acronyms;
        }

        /// <summary>
        /// The shape rules in the order they run. Candidates keep that order, and where two overlap the recognizer keeps
        /// the longer, then the known, then the earlier in the text, then the one found first: among equals the order
        /// decides, so it is part of what each rule means.
        /// </summary>
        public static IReadOnlyList<IDiscoveryRule> ShapeRules(IKnownNames names) => new IDiscoveryRule[]
        {
            new KatakanaHonorificRule(),
            new KanjiHonorificRule(),
            new LatinSequenceRule(),
            NameBeforeMarkRule.Latin(),
            NameBeforeMarkRule.Katakana(),
            new CitedAuthorsRule(),
            PatternRule.Credit(),
            new ColonTitleRule(names),
            PatternRule.BracketTitle(),
            PatternRule.BookTitle(),
            new OrganizationAcronymRule(),
            new DescriptiveOrganizationRule(),
            new CamelCaseRule(names),
            new OrganizationUnitRule(),
            new VersionedNameRule(names),
        };

        public List<Candidate> Find(NameText text, IReadOnlyList<Candidate> known)
        {
            var fromPacks = new List<Candidate>();
            _packs.Find(text, known, fromPacks);
            var found = new List<Candidate>();
            for (var i = 0; i < _shapes.Count; i++)
            {
                _shapes[i].Find(text, known, found);
            }

            // A pack rule names one shape exactly (Jane Q. Roe, 村瀬 健一郎, 株式会社…); a looser guess over the same text
            // (a capitalised run that reads on into the apposition, a given name before 社長) gives way to it, unless the
            // guess is a whole title in brackets.
            fromPacks.RemoveAll(p => found.Any(c => c.Strong && c.Start <= p.Start && p.End <= c.End));
            found.RemoveAll(c => !c.Strong && RuleText.Overlaps(fromPacks, c.Start, c.End));
            found.InsertRange(0, fromPacks);
            return found;
        }

        /// <summary>
        /// Acronyms a text defines in brackets after a name — Linux Foundation(LF), …委員会(PITAC) — as mentions of that
        /// name, there and wherever the text uses them again.
        /// </summary>
        public IEnumerable<Candidate> AcronymMentions(NameText text, IReadOnlyList<Candidate> chosen, IReadOnlyList<(int Start, int End)> addresses) =>
            _acronyms.Find(text, chosen, addresses);
    }
}
