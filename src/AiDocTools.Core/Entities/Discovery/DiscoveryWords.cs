using System;
using System.Collections.Generic;
using System.Linq;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// The word lists of Data/entity-discovery.json, which the discovery rules and the recognizer share. They stay one
    /// static set rather than part of an analysis pipeline's packs: they are plain lists read by the shape rules in C#,
    /// not rules of a language pack, so a pipeline of other packs has nothing here to replace.
    /// </summary>
    internal sealed class DiscoveryWords
    {
        private static readonly Lazy<DiscoveryWords> Loaded = new Lazy<DiscoveryWords>(() => EmbeddedData.Load<DiscoveryWords>("entity-discovery.json"));

        /// <summary>The shipped lists, loaded once.</summary>
        public static DiscoveryWords Shipped => Loaded.Value;

        /// <summary>Every suffix a mention may carry, longest first, for looking up a surface form.</summary>
        public static IReadOnlyList<string> AllSuffixes => Suffixes.Value;

        private static readonly Lazy<string[]> Suffixes = new Lazy<string[]>(() =>
            Shipped.PersonSuffixes.Concat(new[] { "社", "誌", "紙" }).Distinct().OrderByDescending(s => s.Length).ToArray());

        /// <summary>A dialogue's speaker label that names a role (記者, 司会, Q) rather than a person or persona.</summary>
        public static bool IsRoleLabel(string label) => Shipped.DialogueRoles.Contains(label.Trim());

        public List<string> PersonSuffixes { get; set; } = new List<string>();

        public HashSet<string> Honorifics { get; set; } = new HashSet<string>();

        public List<string> KanjiRoles { get; set; } = new List<string>();

        public List<string> KatakanaNotNames { get; set; } = new List<string>();

        public HashSet<string> DialogueRoles { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public List<string> KanjiNotNameStarts { get; set; } = new List<string>();

        public List<string> KanjiNotNameEnds { get; set; } = new List<string>();

        public List<string> CreditCues { get; set; } = new List<string>();

        public List<string> TitleCues { get; set; } = new List<string>();

        public List<string> OrganizationEndings { get; set; } = new List<string>();

        public List<string> OrganizationUnits { get; set; } = new List<string>();

        public HashSet<string> OrganizationWords { get; set; } = new HashSet<string>();

        public HashSet<string> LeadingFunctionWords { get; set; } = new HashSet<string>();

        public HashSet<string> NotNameWords { get; set; } = new HashSet<string>();

        public HashSet<string> CalendarWords { get; set; } = new HashSet<string>();

        public List<string> Places { get; set; } = new List<string>();

        public List<string> Holidays { get; set; } = new List<string>();

        public HashSet<string> LabelWords { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public List<string> NumberedModelContexts { get; set; } = new List<string>();

        public HashSet<string> NotModelNames { get; set; } = new HashSet<string>();

        public List<string> DescriptiveOrganizationHeads { get; set; } = new List<string>();

        public List<string> DescriptiveConnectors { get; set; } = new List<string>();

        public int DescriptiveMinimumContent { get; set; } = 6;

        public HashSet<string> TitleMinorWords { get; set; } = new HashSet<string>(StringComparer.Ordinal);

        public HashSet<string> TitleLabels { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }
}
