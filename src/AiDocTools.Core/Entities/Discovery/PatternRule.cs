using System.Collections.Generic;
using System.Text.RegularExpressions;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A rule that is one pattern and nothing else: every match names one entity of one kind, in one named group, and
    /// the name is certain enough to win over a looser guess (strong). The rules that need more than a pattern — a
    /// dictionary lookup, a pre-check, a name built from parts — have classes of their own.
    /// </summary>
    internal sealed class PatternRule : IDiscoveryRule
    {
        private readonly Regex _pattern;
        private readonly string _group;
        private readonly EntityType _type;

        private PatternRule(string name, string pattern, string group, EntityType type)
        {
            Name = name;
            _pattern = Create(pattern);
            _group = group;
            _type = type;
        }

        public string Name { get; }

        /// <summary>A byline or translation credit (翻訳協力 : 吉田行男, 文/Jane Roe): the person named after the cue and a colon, slash or bar.</summary>
        public static PatternRule Credit() => new PatternRule(
            "credited person",
            $@"(?m)(?:^|(?<=[\s(|/]))(?:{Alternation(DiscoveryWords.Shipped.CreditCues)})[ ]?[:/|][ ]?(?<name>[{Kanji}]{{1,4}}[ ]?[{Kanji}]{{1,4}}|[{Katakana}・]{{2,}}|[A-Z][A-Za-z.\-]+(?:[ ][A-Z][A-Za-z.\-]+)+)[ ]*(?=$|[\s)|/,、])",
            "name",
            EntityType.Person);

        /// <summary>A title in 「」 after 記事, 報告書, 論文… or before と題した / という記事: a publication.</summary>
        public static PatternRule BracketTitle() => new PatternRule(
            "title in 「」 after a title cue",
            $@"(?:{Alternation(DiscoveryWords.Shipped.TitleCues)})(?:の|では|で|、)?「(?<title>[^「」\n]{{4,160}})」|「(?<title>[^「」\n]{{4,160}})」(?=と題|という(?:記事|論文|報告書|タイトル|題))",
            "title",
            EntityType.Publication);

        /// <summary>A title in 『』, which Japanese keeps for books, papers and works: a publication.</summary>
        public static PatternRule BookTitle() => new PatternRule("title in 『』", @"『(?<title>[^『』\n]{2,160})』", "title", EntityType.Publication);

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into) =>
            Run(_pattern, text.Cased, m => Named(text, m.Groups[_group], _type, strong: true), into);
    }
}
