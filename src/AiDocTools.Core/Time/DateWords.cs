using System.Collections.Generic;

namespace AiDocTools.Time
{
    /// <summary>A shift of whole units from an anchor: 先週 is one week back, 翌年 one year on.</summary>
    internal sealed class UnitShift
    {
        /// <summary>year, month, week, day, weekend, or same (the antecedent as it is).</summary>
        public string Unit { get; set; } = "same";

        public int Offset { get; set; }
    }

    /// <summary>The word lists of Data/date-words.json: the vocabulary of dates, kept out of the code.</summary>
    internal sealed class DateWords
    {
        public Dictionary<string, int> Eras { get; set; } = new Dictionary<string, int>();

        public Dictionary<string, int> EnglishNumbers { get; set; } = new Dictionary<string, int>();

        public List<string> VagueCounts { get; set; } = new List<string>();

        public Dictionary<string, string> Units { get; set; } = new Dictionary<string, string>();

        public Dictionary<string, UnitShift> Deictic { get; set; } = new Dictionary<string, UnitShift>();

        public Dictionary<string, int> DeicticDay { get; set; } = new Dictionary<string, int>();

        public List<string> FigurativeAfterDay { get; set; } = new List<string>();

        public Dictionary<string, UnitShift> Anaphoric { get; set; } = new Dictionary<string, UnitShift>();

        public Dictionary<string, string> YearParts { get; set; } = new Dictionary<string, string>();

        public Dictionary<string, string> EnglishYearParts { get; set; } = new Dictionary<string, string>();

        public List<string> MonthParts { get; set; } = new List<string>();

        public List<string> EnglishMonthParts { get; set; } = new List<string>();

        public Dictionary<string, int[]> DecadeParts { get; set; } = new Dictionary<string, int[]>();

        public List<string> ForwardPeriodLeads { get; set; } = new List<string>();

        public List<string> DurationLeads { get; set; } = new List<string>();

        public List<string> DatelineCues { get; set; } = new List<string>();

        public static DateWords Load() => EmbeddedData.Load<DateWords>("date-words.json");
    }
}
