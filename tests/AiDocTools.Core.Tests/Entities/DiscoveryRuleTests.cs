using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using AiDocTools.Entities;
using AiDocTools.Entities.Discovery;
using AiDocTools.Rules;
using Xunit;

namespace AiDocTools.Core.Tests.Entities
{
    /// <summary>
    /// Each discovery rule run alone, on invented sentences, against a small dictionary of its own: what it finds, as
    /// written and typed, and a near miss it must leave. The rules' interplay is the recogniser's and is tested there.
    /// </summary>
    public sealed class DiscoveryRuleTests
    {
        private static readonly KnownNames NoNames = new KnownNames();

        [Fact]
        public void KatakanaHonorificFindsTheNameWithoutItsCourtesySuffix()
        {
            var rule = new KatakanaHonorificRule();
            Assert.Equal(new[] { "ヤマノウチ Person" }, Find(rule, "会見でヤマノウチ氏は計画を説明した。"));
            Assert.Equal(new[] { "ハルヴォルセン Person" }, Find(rule, "ハルヴォルセンCEOが登壇した。"));
            Assert.Empty(Find(rule, "ユーザーさんの声を聞いた。"));
        }

        [Fact]
        public void KanjiHonorificKeepsARoleButDropsACourtesySuffix()
        {
            var rule = new KanjiHonorificRule();
            Assert.Equal(new[] { "桐山専務 Person" }, Find(rule, "説明したのは桐山専務だった。"));
            Assert.Equal(new[] { "桐山 Person" }, Find(rule, "桐山さんが来た。"));
            Assert.Empty(Find(rule, "作家さんに話を聞いた。"));
        }

        [Fact]
        public void LatinSequenceTypesPeopleAndOrganisationsAndLeavesPlaces()
        {
            var rule = new LatinSequenceRule();
            Assert.Equal(new[] { "Priya Ramanathan Person", "Harbor Robotics Foundation Organization" },
                Find(rule, "The talk by Priya Ramanathan opened the Harbor Robotics Foundation meeting."));
            Assert.Empty(Find(rule, "She moved to New York last year."));
        }

        [Fact]
        public void NameBeforeMarkReadsCompanyAndPublicationMarksButNotLongerWords()
        {
            Assert.Equal(new[] { "Zentrix Organization" }, Find(NameBeforeMarkRule.Latin(), "Zentrix社は新製品を発表した。"));
            Assert.Equal(new[] { "Tidewater Review Publication" }, Find(NameBeforeMarkRule.Latin(), "Tidewater Review誌が報じた。"));
            Assert.Empty(Find(NameBeforeMarkRule.Latin(), "Zentrix社長が語った。"));
            Assert.Equal(new[] { "デイリーポスト Publication" }, Find(NameBeforeMarkRule.Katakana(), "記事はデイリーポスト紙に載った。"));
            Assert.Empty(Find(NameBeforeMarkRule.Katakana(), "デイリーポスト紙面の隅に載った。"));
        }

        [Fact]
        public void CitedAuthorsNamesThePaperByItsFirstAuthor()
        {
            var rule = new CitedAuthorsRule();
            Assert.Equal(new[] { "Okafor et al. Person" }, Find(rule, "Okaforらの研究によれば、誤りは減った。"));
            Assert.Empty(Find(rule, "OKAFORらの研究によれば、誤りは減った。"));
        }

        [Fact]
        public void CreditFindsThePersonAfterACreditCueAndASeparator()
        {
            var rule = PatternRule.Credit();
            Assert.Equal(new[] { "森下 達也 Person" }, Find(rule, "本文はここまで。\n翻訳: 森下 達也\n"));
            Assert.Equal(new[] { "Marta Kowalczyk Person" }, Find(rule, "写真/Marta Kowalczyk\n"));
            Assert.Empty(Find(rule, "翻訳は森下達也が担当した。"));
        }

        [Fact]
        public void ColonTitleFindsATitleWithItsSubtitleAndItsRendering()
        {
            var rule = new ColonTitleRule(NoNames);
            var text = "Small Robots at Sea: Sensing, Steering, and Saving Fuel\n(海の小さなロボット:感知と操舵)\n本文。";
            const string title = "Small Robots at Sea: Sensing, Steering, and Saving Fuel";
            var found = Run(rule, text);
            Assert.Equal(new[] { title + " Publication", title + " Publication" }, Describe(found));
            Assert.Equal("海の小さなロボット:感知と操舵", text.Substring(found[1].Start, found[1].End - found[1].Start));
            Assert.Empty(Find(rule, "Note: this draft will change before the meeting.\n"));
        }

        [Fact]
        public void ColonTitleLeavesALineAKnownPersonOpens()
        {
            var names = new KnownNames(("Dana Whitfield", EntityType.Person));
            Assert.Empty(Find(new ColonTitleRule(names), "Dana Whitfield: Robots Will Steer Ships Soon\n"));
        }

        [Fact]
        public void BracketTitleTakesTheBracketAfterATitleCueAndLeavesQuotes()
        {
            var rule = PatternRule.BracketTitle();
            Assert.Equal(new[] { "海上ロボットの安全な運用 Publication" }, Find(rule, "同社は報告書「海上ロボットの安全な運用」を公表した。"));
            Assert.Empty(Find(rule, "彼は「すぐに始めるつもりだ」と述べた。"));
        }

        [Fact]
        public void BookTitleTakesDoubleBrackets()
        {
            var rule = PatternRule.BookTitle();
            Assert.Equal(new[] { "静かな機械たち Publication" }, Find(rule, "昨年『静かな機械たち』を読んだ。"));
            Assert.Empty(Find(rule, "記号『A』は使わない。"));
        }

        [Fact]
        public void OrganizationAcronymNeedsAnOrganisationEndingBeforeACapitalAcronym()
        {
            var rule = new OrganizationAcronymRule();
            Assert.Equal(new[] { "海洋ロボット安全協会 Organization" }, Find(rule, "海洋ロボット安全協会(MRSA)が指針を出した。"));
            Assert.Empty(Find(rule, "海洋ロボット安全協会(2024年)が指針を出した。"));
            Assert.Empty(Find(rule, "海洋ロボットの安全(MRSA)を論じた。"));
        }

        [Fact]
        public void DescriptiveOrganizationTakesTheModifiersBeforeAHeadNoun()
        {
            var rule = new DescriptiveOrganizationRule();
            Assert.Equal(new[] { "自律型水中ロボットの安全運用に関する専門委員会 Organization" },
                Find(rule, "政府は自律型水中ロボットの安全運用に関する専門委員会を設けた。"));
            Assert.Empty(Find(rule, "政府はAIに関する委員会を設けた。"));
        }

        [Fact]
        public void CamelCaseFindsProductsTheDictionaryLacks()
        {
            Assert.Equal(new[] { "DeepHarbor Product" }, Find(new CamelCaseRule(NoNames), "The firm sells the DeepHarbor kit."));
            var names = new KnownNames(("DeepHarbor", EntityType.Product));
            Assert.Empty(Find(new CamelCaseRule(names), "The firm sells the DeepHarbor kit."));
        }

        [Fact]
        public void CamelCaseTriedOnlyWhereASmallLetterMeetsACapitalFindsWhatAWholeTextScanFinds()
        {
            // Runs of letters and digits in every case shape, next to the marks its look-behind refuses (- . @ /) and to
            // Japanese; the pattern scanned over the whole text is the reference.
            var whole = new Regex(CamelCaseRule.Pattern, RegexOptions.CultureInvariant);
            var pieces = new[] { "Deep", "Harbor", "i", "Phone", "ab", "CD", "x", "7", "Kit9", " ", "-", ".", "@", "/", "の", "OpenAI", "GPT", "Lazy", "fizz" };
            var rule = new CamelCaseRule(NoNames);
            Gen.OneOfConst(pieces).Array[0, 16].Select(parts => string.Concat(parts))
                .Sample(text =>
                {
                    var expected = new List<Candidate>();
                    RuleText.Run(whole, Of(text).Cased, m => RuleText.Named(Of(text), m.Groups["name"], EntityType.Product), expected);
                    return expected.Select(c => (c.Start, c.End, c.Name)).SequenceEqual(Run(rule, text).Select(c => (c.Start, c.End, c.Name)));
                }, iter: 5_000);
        }

        [Fact]
        public void OrganizationUnitExtendsAKnownOrganisationByItsUnit()
        {
            var rule = new OrganizationUnitRule();
            var zentrix = new[] { new Candidate(0, 7, "Zentrix", EntityType.Organization, known: true) };
            Assert.Equal(new[] { "Zentrix研究部門 Organization" }, Find(rule, "Zentrix研究部門が発表した。", zentrix));
            Assert.Empty(Find(rule, "Zentrixが発表した。", zentrix));
            Assert.Empty(Find(rule, "Zentrix研究部門が発表した。"));
        }

        [Fact]
        public void VersionedNameAddsANewVersionToAKnownModel()
        {
            var orca = new[] { new Candidate(0, 4, "Orca", EntityType.Model, known: true) };
            Assert.Equal(new[] { "Orca 7 Model" }, Find(new VersionedNameRule(NoNames), "Orca 7 is out now.", orca));
            Assert.Empty(Find(new VersionedNameRule(NoNames), "Orca 7年の計画。", orca));
            var names = new KnownNames(("Orca 7", EntityType.Model));
            Assert.Empty(Find(new VersionedNameRule(names), "Orca 7 is out now.", orca));
        }

        [Fact]
        public void RulePacksRunAsOneRule()
        {
            Assert.Contains("広島地方裁判所 Organization", Find(new RuleDiscovery(LanguagePacks.Shipped.Get("ja", "entities"), LanguagePacks.Shipped.Get("en", "entities"), PersonNameLexicon.Shipped), "訴えは広島地方裁判所が退けた。"));
            Assert.DoesNotContain(Find(new RuleDiscovery(LanguagePacks.Shipped.Get("ja", "entities"), LanguagePacks.Shipped.Get("en", "entities"), PersonNameLexicon.Shipped), "訴えは広い裁きの場で退けられた。"), d => d.EndsWith("Organization", StringComparison.Ordinal));
        }

        [Fact]
        public void AcronymMentionsFollowAnAcronymDefinedAfterAChosenMention()
        {
            var text = "Harbor Robotics Foundation (HRF) said HRF would grow; XHRF did not.";
            var chosen = new[] { new Candidate(0, 26, "Harbor Robotics Foundation", EntityType.Organization, known: false) };
            var found = new AcronymMentions(NoNames).Find(Of(text), chosen, Array.Empty<(int, int)>()).ToList();
            Assert.Equal(new[] { 28, 38 }, found.Select(c => c.Start));
            Assert.All(found, c => Assert.Equal("Harbor Robotics Foundation", c.Name));
        }

        [Fact]
        public void TheSequenceNamesEachRuleOnce()
        {
            var names = EntityDiscovery.ShapeRules(NoNames).Select(r => r.Name).ToList();
            Assert.Equal(15, names.Count);
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        private static NameText Of(string text) => NameText.Of(text);

        private static List<Candidate> Run(IDiscoveryRule rule, string text, IReadOnlyList<Candidate>? known = null)
        {
            var into = new List<Candidate>();
            rule.Find(Of(text), known ?? Array.Empty<Candidate>(), into);
            return into;
        }

        private static string[] Find(IDiscoveryRule rule, string text, IReadOnlyList<Candidate>? known = null) => Describe(Run(rule, text, known));

        private static string[] Describe(IEnumerable<Candidate> found) => found.Select(c => $"{c.Name} {c.Type}").ToArray();

        /// <summary>A dictionary of a few names, so a rule's use of the dictionary is seen apart from the shipped one.</summary>
        private sealed class KnownNames : IKnownNames
        {
            private readonly Dictionary<string, EntityDefinition> _byKey = new Dictionary<string, EntityDefinition>(StringComparer.Ordinal);

            public KnownNames(params (string Name, EntityType Type)[] names)
            {
                foreach (var (name, type) in names)
                {
                    _byKey[NameText.Key(name)] = new EntityDefinition(name, type);
                }
            }

            public bool IsKnownAlias(string key) => _byKey.ContainsKey(key);

            public EntityDefinition? ByKey(string key) => _byKey.TryGetValue(key, out var entity) ? entity : null;

            public EntityDefinition? Lookup(string surfaceForm) => ByKey(NameText.Key(surfaceForm));
        }
    }
}
