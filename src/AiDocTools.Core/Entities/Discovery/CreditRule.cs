using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A byline or translation credit (翻訳協力 : 吉田行男, 文/Jane Roe): the person named after the cue and a colon, slash or bar.
    /// </summary>
    internal sealed class CreditRule : IDiscoveryRule
    {
        private readonly Regex _credit;

        public CreditRule()
        {
            _credit = Create($@"(?m)(?:^|(?<=[\s(|/]))(?:{Alternation(DiscoveryWords.Shipped.CreditCues)})[ ]?[:/|][ ]?(?<name>[{Kanji}]{{1,4}}[ ]?[{Kanji}]{{1,4}}|[{RuleText.Katakana}・]{{2,}}|[A-Z][A-Za-z.\-]+(?:[ ][A-Z][A-Za-z.\-]+)+)[ ]*(?=$|[\s)|/,、])");
        }

        public string Name => "credited person";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            Run(_credit, text.Cased, m => Named(text, m.Groups["name"], EntityType.Person, strong: true), into);
        }
    }
}
