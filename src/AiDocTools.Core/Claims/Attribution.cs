namespace AiDocTools.Claims
{
    /// <summary>Where a claim's speaker comes from when the sentence itself does not name one.</summary>
    internal enum SpeakerSource
    {
        /// <summary>The sentence names the speaker (or a pronoun standing for one).</summary>
        Written,

        /// <summary>Reported words with no speaker of their own: the nearest speaker before, but nothing as written.</summary>
        Implied,

        /// <summary>A quotation standing alone takes the nearest attribution before it, as written too.</summary>
        Continued,

        /// <summary>Nobody: the author's own statement, or a finding with no stated source.</summary>
        None,
    }

    /// <summary>What one sentence says about who is speaking: the kind of claim, the speaker as written, the cue and the words.</summary>
    internal sealed class Attribution
    {
        // Most sentences are the author's own and name no topic: they share one attribution rather than each making its own.
        // Shared, so never changed: the engines change only the attributions they have just made, and the claim extractor
        // only one that introduces a block, which this one does not.
        private static readonly Attribution PlainAssertion = new Attribution { Kind = ClaimKind.Assertion, Source = SpeakerSource.None };

        public static Attribution Assertion(string? topic = null) =>
            topic == null ? PlainAssertion : new Attribution { Kind = ClaimKind.Assertion, Source = SpeakerSource.None, Topic = topic };

        public ClaimKind Kind { get; set; }

        public SpeakerSource Source { get; set; }

        /// <summary>The speaker exactly as the sentence writes it, when <see cref="Source"/> is Written.</summary>
        public string? SpeakerAsWritten { get; set; }

        /// <summary>The name inside <see cref="SpeakerAsWritten"/> when that includes its description (東都大学の森教授 → 森教授), else null.</summary>
        public string? SpeakerName { get; set; }

        public string? Cue { get; set; }

        /// <summary>The quoted or reported words, without brackets.</summary>
        public string? Quote { get; set; }

        /// <summary>The sentence ends in a colon and hands its speaker on to the block that follows (彼らは次のように述べています:).</summary>
        public bool IntroducesBlock { get; set; }

        /// <summary>A name the sentence is about (Metaは…), remembered so 彼ら and 同氏 can refer back to it.</summary>
        public string? Topic { get; set; }
    }
}
