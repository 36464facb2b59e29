using System.Collections.Generic;

namespace AiDocTools
{
    /// <summary>How a date is given in the text.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum TemporalKind
    {
        /// <summary>Written out: 2000年1月10日, May 20, 2023, 2024年4月.</summary>
        Absolute,

        /// <summary>Deictic or anaphoric, resolved against the article's date or an antecedent: 先週, 昨年, 2月, 当時.</summary>
        Relative,

        /// <summary>A stated part of a stated period: 1999年後半, early 2023, 2024年春.</summary>
        Fuzzy,

        /// <summary>A length of time, not a date: 過去20年間, 12日間, for 20 years.</summary>
        Duration,
    }

    /// <summary>One dated statement in an article: the date, the words that give it, and the sentence that is evidence for it.</summary>
    public sealed class TimelineEvent
    {
        private IReadOnlyList<string> _entities = ItemList.Of<string>(null);

        /// <summary>The date; null when a relative expression has nothing to resolve against, and for durations.</summary>
        // Internal, with Date its public text: ConvertTo-Json writes every public getter of a class as a nested object and
        // has no hook for a type's own form, so a public PartialDate would reach JSON as {Start, End, Precision, Year}.
        // PowerShell users still get the PartialDate under Date (the module's types.ps1xml), so dates compare there.
        // The index stores claims whole (ClaimJson) under the public names, so a stored claim keeps its typed date.
        [System.Text.Json.Serialization.JsonInclude]
        [System.Text.Json.Serialization.JsonPropertyName("Date")]
        internal PartialDate? DateValue { get; set; }

        /// <summary>The date in its ISO form (2023-05-20, 2023-W19, 1995/1999), as exports write it; PowerShell shows the PartialDate.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string? Date => DateValue?.ToString();

        public DatePrecision? Precision => DateValue?.Precision;

        /// <summary>The temporal expression verbatim.</summary>
        public string Expression { get; set; } = string.Empty;

        public TemporalKind Kind { get; set; }

        /// <summary>For durations, the ISO-8601 length (P20Y, P12D, PXW when the count is unstated).</summary>
        public string? Duration { get; set; }

        /// <summary>What a relative date was resolved against (the article's date, or the earlier date it refers back to).</summary>
        public string? Anchor { get; set; }

        /// <summary>False when a relative date could not be resolved (the article has no date); never guessed.</summary>
        public bool Resolved { get; set; }

        /// <summary>The sentence that states the date: the evidence.</summary>
        public string Sentence { get; set; } = string.Empty;

        /// <summary>The clause that says what happened.</summary>
        public string Summary { get; set; } = string.Empty;

        public string ArticleId { get; set; } = string.Empty;

        /// <summary>The article's file, so an event piped to Get-AiArticle reads its article again.</summary>
        public string? ArticlePath { get; set; }

        /// <summary>Offset of <see cref="Expression"/> in the article's Body.</summary>
        public int Start { get; set; }

        public int Length { get; set; }

        /// <summary>Canonical names of the entities the sentence mentions.</summary>
        public IReadOnlyList<string> Entities
        {
            get => _entities;
            set => _entities = ItemList.Of(value);
        }

        public override string ToString() => $"{Date ?? "?"} {Summary}";
    }
}
