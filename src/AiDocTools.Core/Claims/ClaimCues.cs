using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Rules;

namespace AiDocTools.Claims
{
    /// <summary>
    /// The attribution word lists (speech verbs, source markers, pronouns, honorifics) as the engines use them, read from
    /// the parts of the shipped rule packs Data/ja/attribution.yaml and Data/en/attribution.yaml, their one home.
    /// </summary>
    internal sealed class ClaimCues
    {
        public ClaimCues(RulePack japanese, RulePack english)
        {
            Japanese = new JapaneseCues(japanese);
            English = new EnglishCues(english);
            Names = new SpeakerNames(this);
            _engines = new Lazy<(JapaneseAttribution, EnglishAttribution)>(() => (new JapaneseAttribution(this), new EnglishAttribution(this)));
        }

        // The attribution engines hold nothing but their compiled patterns: every extractor on these cues shares one pair.
        private readonly Lazy<(JapaneseAttribution Japanese, EnglishAttribution English)> _engines;

        public JapaneseAttribution JapaneseEngine => _engines.Value.Japanese;

        public EnglishAttribution EnglishEngine => _engines.Value.English;

        /// <summary>How a written speaker reads as a name, by these packs' honorifics and pronouns.</summary>
        public SpeakerNames Names { get; }

        public JapaneseCues Japanese { get; }

        public EnglishCues English { get; }

        internal sealed class JapaneseCues
        {
            public JapaneseCues(RulePack pack)
            {
                Pack = pack;
                SpeechVerbs = pack.Words("SpeechVerb");
                WrittenSourceVerbs = pack.Words("WrittenSourceVerb");
                PassiveEndings = pack.Words("PassiveEnding");
                QuotativeMarkers = pack.Words("QuotativeMarker");
                AccordingTo = pack.Words("AccordingTo");
                Findings = pack.Words("Finding");
                Introducers = pack.Words("Introducer");
                CommentHeadings = pack.Words("CommentHeading");
                Honorifics = pack.Words("Honorific");
                PersonPronouns = pack.Words("PersonPronoun");
                GroupPronouns = pack.Words("GroupPronoun");
                FirstPersonSingular = pack.Words("FirstPersonSingular");
                PublishedPieces = pack.Words("PublishedPiece");
                SourceNouns = pack.Words("SourceNoun");
                Demonstratives = pack.Words("Demonstrative");
                SpeechNouns = pack.Words("SpeechNoun");
            }

            public RulePack Pack { get; }

            public IReadOnlyList<string> SpeechVerbs { get; }

            public IReadOnlyList<string> WrittenSourceVerbs { get; }

            public IReadOnlyList<string> PassiveEndings { get; }

            public IReadOnlyList<string> QuotativeMarkers { get; }

            public IReadOnlyList<string> AccordingTo { get; }

            public IReadOnlyList<string> Findings { get; }

            public IReadOnlyList<string> Introducers { get; }

            public IReadOnlyList<string> CommentHeadings { get; }

            public IReadOnlyList<string> Honorifics { get; }

            public IReadOnlyList<string> PersonPronouns { get; }

            public IReadOnlyList<string> GroupPronouns { get; }

            public IReadOnlyList<string> FirstPersonSingular { get; }

            public IReadOnlyList<string> PublishedPieces { get; }

            public IReadOnlyList<string> SourceNouns { get; }

            public IReadOnlyList<string> Demonstratives { get; }

            public IReadOnlyList<string> SpeechNouns { get; }
        }

        internal sealed class EnglishCues
        {
            public EnglishCues(RulePack pack)
            {
                Pack = pack;
                Honorifics = pack.Words("Honorific");
                PersonPronouns = pack.Words("PersonPronoun");
                GroupPronouns = pack.Words("GroupPronoun");
                FirstPersonSingular = pack.Words("FirstPersonSingular");
                PublishedPieces = pack.Words("PublishedPiece");
                NotSpeakers = pack.Words("NotSpeaker");
                OrganisationWords = pack.Words("OrganisationWord");
            }

            public RulePack Pack { get; }

            public IReadOnlyList<string> Honorifics { get; }

            public IReadOnlyList<string> PersonPronouns { get; }

            public IReadOnlyList<string> GroupPronouns { get; }

            public IReadOnlyList<string> FirstPersonSingular { get; }

            public IReadOnlyList<string> PublishedPieces { get; }

            public IReadOnlyList<string> NotSpeakers { get; }

            public IReadOnlyList<string> OrganisationWords { get; }
        }

        /// <summary>Longest first, so 明らかにし wins over a shorter stem at the same place.</summary>
        public static IReadOnlyList<string> LongestFirst(IEnumerable<string> words) =>
            words.Where(w => !string.IsNullOrEmpty(w)).Distinct().OrderByDescending(w => w.Length).ToList();
    }
}
