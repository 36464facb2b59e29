using System.Collections.Generic;
using System.Linq;

namespace AiDocTools
{
    /// <summary>How a claim is put: in someone's own words, reported, or the author's own statement.</summary>
    // By name in ConvertTo-Json (see AiDocTools.Core.csproj): "Kind": "DirectQuote", not 2.
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
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
        // Most claims name no entity, date, event or alias: they share one empty list of each kind (read-only, so
        // sharing is safe) rather than a list and an array apiece, four or more per sentence of every article.
        private static readonly ItemList<string> NoStrings = ItemList.Of<string>(null);
        private static readonly ItemList<PartialDate> NoDates = ItemList.Of<PartialDate>(null);
        private static readonly ItemList<TimelineEvent> NoEvents = ItemList.Of<TimelineEvent>(null);

        private IReadOnlyList<string> _entities = NoStrings;
        private IReadOnlyList<PartialDate> _dates = NoDates;

        private IReadOnlyList<TimelineEvent> _events = NoEvents;
        private IReadOnlyList<string> _speakerAliases = NoStrings;

        public string ArticleId { get; set; } = string.Empty;

        /// <summary>The article's file, so a claim piped to Get-AiArticle reads its article again.</summary>
        public string? ArticlePath { get; set; }

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

        /// <summary>
        /// Other names the speaker goes by in the article: the Japanese the text wrote (高橋 悠真) when <see cref="Speaker"/>
        /// is its Latin form (Yuma Takahashi), so a search by either script finds the claim.
        /// </summary>
        public IReadOnlyList<string> SpeakerAliases
        {
            get => _speakerAliases;
            set => _speakerAliases = ListOf(value, NoStrings);
        }

        /// <summary>The verb or marker that attributes the claim (と述べた, によると, said).</summary>
        public string? Cue { get; set; }

        /// <summary>Index of the paragraph in the article's Paragraphs, from 0.</summary>
        public int Paragraph { get; set; }

        public int Start { get; set; }

        public int Length { get; set; }

        /// <summary>Canonical names of the entities the claim mentions.</summary>
        public IReadOnlyList<string> Entities
        {
            get => _entities;
            set => _entities = ListOf(value, NoStrings);
        }

        /// <summary>The dates the claim states.</summary>
        // Internal for the reason TimelineEvent.DateValue is: ConvertTo-Json would write each date as a nested object.
        [System.Text.Json.Serialization.JsonInclude]
        [System.Text.Json.Serialization.JsonPropertyName("Dates")]
        internal IReadOnlyList<PartialDate> DateValues
        {
            get => _dates;
            set => _dates = ListOf(value, NoDates);
        }

        /// <summary>The dates the claim states, in their ISO form; PowerShell shows the PartialDates.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public IReadOnlyList<string> Dates => ItemList.Of(_dates.Select(date => date.ToString()));

        /// <summary>The dated events the claim states, what Export-AiTimeline puts on a timeline when claims are piped to it.</summary>
        public IReadOnlyList<TimelineEvent> Events
        {
            get => _events;
            set => _events = ListOf(value, NoEvents);
        }

        /// <summary>The article's own date, carried so claims can be filtered by when they were published.</summary>
        [System.Text.Json.Serialization.JsonInclude]
        [System.Text.Json.Serialization.JsonPropertyName("Published")]
        internal PartialDate? PublishedValue { get; set; }

        /// <summary>The article's own date in its ISO form; PowerShell shows the PartialDate.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string? Published => PublishedValue?.ToString();

        /// <summary>
        /// True when some name of the speaker passes <paramref name="name"/>: the canonical one, the one as written, or an
        /// alias; false for the author's own claims. The one test behind every -Speaker filter.
        /// </summary>
        public bool IsSpokenBy(System.Func<string, bool> name)
        {
            if (Speaker == null)
            {
                return false;
            }

            if (name(Speaker) || (SpeakerAsWritten != null && name(SpeakerAsWritten)))
            {
                return true;
            }

            foreach (var alias in SpeakerAliases)
            {
                if (name(alias))
                {
                    return true;
                }
            }

            return false;
        }

        public override string ToString() => Text;

        private static IReadOnlyList<T> ListOf<T>(IReadOnlyList<T>? items, ItemList<T> empty) =>
            items == null || items.Count == 0 ? empty : ItemList.Of(items);
    }
}
