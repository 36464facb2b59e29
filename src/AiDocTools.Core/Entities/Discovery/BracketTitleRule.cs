using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A title in 「」 after 記事, 報告書, 論文… or before と題した / という記事: a publication.
    /// </summary>
    internal sealed class BracketTitleRule : IDiscoveryRule
    {
        private readonly Regex _bracketTitle;

        public BracketTitleRule()
        {
            _bracketTitle = Create($@"(?:{Alternation(DiscoveryWords.Shipped.TitleCues)})(?:の|では|で|、)?「(?<title>[^「」\n]{{4,160}})」|「(?<title>[^「」\n]{{4,160}})」(?=と題|という(?:記事|論文|報告書|タイトル|題))");
        }

        public string Name => "title in 「」 after a title cue";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            Run(_bracketTitle, text.Cased, m => Named(text, m.Groups["title"], EntityType.Publication, strong: true), into);
        }
    }
}
