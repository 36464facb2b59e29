using System;
using System.Collections.Generic;
using System.Linq;

namespace AiDocTools.Claims
{
    /// <summary>The attribution words of Data/claim-cues.json: speech verbs, source markers, pronouns, honorifics.</summary>
    internal sealed class ClaimCues
    {
        private static readonly Lazy<ClaimCues> Shared = new Lazy<ClaimCues>(() => EmbeddedData.Load<ClaimCues>("claim-cues.json"));

        public static ClaimCues Default => Shared.Value;

        public JapaneseCues Japanese { get; set; } = new JapaneseCues();

        public EnglishCues English { get; set; } = new EnglishCues();

        internal sealed class JapaneseCues
        {
            public List<string> SpeechVerbs { get; set; } = new List<string>();

            public List<string> WrittenSourceVerbs { get; set; } = new List<string>();

            public List<string> PassiveEndings { get; set; } = new List<string>();

            public List<string> QuotativeMarkers { get; set; } = new List<string>();

            public List<string> AccordingTo { get; set; } = new List<string>();

            public List<string> Findings { get; set; } = new List<string>();

            public List<string> Introducers { get; set; } = new List<string>();

            public List<string> Honorifics { get; set; } = new List<string>();

            public List<string> PersonPronouns { get; set; } = new List<string>();

            public List<string> GroupPronouns { get; set; } = new List<string>();

            public List<string> FirstPersonSingular { get; set; } = new List<string>();

            public List<string> SourceNouns { get; set; } = new List<string>();

            public List<string> Demonstratives { get; set; } = new List<string>();
        }

        internal sealed class EnglishCues
        {
            public List<string> SpeechVerbs { get; set; } = new List<string>();

            public List<string> Honorifics { get; set; } = new List<string>();

            public List<string> PersonPronouns { get; set; } = new List<string>();

            public List<string> GroupPronouns { get; set; } = new List<string>();

            public List<string> FirstPersonSingular { get; set; } = new List<string>();
        }

        /// <summary>Longest first, so 明らかにし wins over a shorter stem at the same place.</summary>
        public static IReadOnlyList<string> LongestFirst(IEnumerable<string> words) =>
            words.Where(w => !string.IsNullOrEmpty(w)).Distinct().OrderByDescending(w => w.Length).ToList();
    }
}
