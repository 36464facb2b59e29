using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>How a claim is put: in someone's own words, reported, or the author's own statement.</summary>
    public enum ClaimKind
    {
        Assertion,
        ReportedSpeech,
        DirectQuote,
    }

    /// <summary>
    /// One content sentence of an article and who, if anyone, it is attributed to.
    /// <see cref="Start"/> and <see cref="Length"/> point into the article's Body: Text == Body.Substring(Start, Length).
    /// </summary>
    public sealed class Claim
    {
        public string ArticleId { get; set; } = string.Empty;

        /// <summary>Position of the claim among its article's claims, from 0.</summary>
        public int Index { get; set; }

        public ClaimKind Kind { get; set; }

        public string Text { get; set; } = string.Empty;

        /// <summary>The quoted or reported words alone, without brackets; null for assertions.</summary>
        public string? Quote { get; set; }

        /// <summary>The speaker's canonical name (Mark Zuckerberg), or null when the claim is the author's.</summary>
        public string? Speaker { get; set; }

        /// <summary>The attribution as the text writes it (ザッカーバーグ氏, 同氏, he).</summary>
        public string? SpeakerAsWritten { get; set; }

        /// <summary>The verb or marker that attributes the claim (と述べた, によると, said).</summary>
        public string? Cue { get; set; }

        /// <summary>Index of the paragraph in the article's Paragraphs, from 0.</summary>
        public int Paragraph { get; set; }

        public int Start { get; set; }

        public int Length { get; set; }

        /// <summary>Canonical names of the entities the claim mentions.</summary>
        public IReadOnlyList<string> Entities { get; set; } = new string[0];

        /// <summary>The dates the claim states.</summary>
        public IReadOnlyList<PartialDate> Dates { get; set; } = new PartialDate[0];

        /// <summary>The article's own date, carried so claims can be filtered by when they were published.</summary>
        public PartialDate? Published { get; set; }

        public override string ToString() => Text;
    }
}
