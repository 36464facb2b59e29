namespace AiDocTools.Time
{
    /// <summary>How a temporal expression has to be read before it becomes a date.</summary>
    internal enum MentionForm
    {
        /// <summary>The date is written out (2000年1月10日, May 20, 2023).</summary>
        Absolute,

        /// <summary>A stated part of a stated period (1999年後半, early 2023).</summary>
        Fuzzy,

        /// <summary>Counted from the article's date (先週, 昨年, last week).</summary>
        Deictic,

        /// <summary>Refers back to the date before it (当時, 同じ頃, その年).</summary>
        Anaphoric,

        /// <summary>A count of units before or after an anchor (4年前, 3 days ago, 2年後).</summary>
        Counted,

        /// <summary>A month, or month and day, with no year (2月, in February).</summary>
        BareMonth,

        /// <summary>The coming period counted from the article's date (今後4年間, the next four years).</summary>
        ForwardPeriod,

        /// <summary>A length of time (過去20年間, 数週間, for 20 years).</summary>
        Duration,

        /// <summary>
        /// Calendar parts a rule of Data/&lt;language&gt;/dates.yaml read that need an anchor (水曜日, 8日(月), 11月の第2月曜日,
        /// クリスマス, 今月の10日から20日の間): <see cref="TemporalMention.Calendar"/> holds them.
        /// </summary>
        Calendar,
    }

    /// <summary>One temporal expression found in a text, before it is resolved against anything.</summary>
    internal sealed class TemporalMention
    {
        public int Start { get; set; }

        public int Length { get; set; }

        public int End => Start + Length;

        public MentionForm Form { get; set; }

        /// <summary>The date for absolute and fuzzy expressions.</summary>
        public PartialDate? Date { get; set; }

        /// <summary>year, month, week, day, weekend or same: the unit a shift or count is in.</summary>
        public string Unit { get; set; } = string.Empty;

        /// <summary>Units to shift by: negative into the past. For a forward period, the count.</summary>
        public int Offset { get; set; }

        /// <summary>
        /// The years and months a compound count adds before <see cref="Offset"/> (2年1か月21日前 is -2 years, -1 month,
        /// then -21 days); 0 for a plain count.
        /// </summary>
        public int LeadYears { get; set; }

        public int LeadMonths { get; set; }

        /// <summary>The count is unstated (数日前, a few weeks ago): the date cannot be resolved.</summary>
        public bool VagueCount { get; set; }

        /// <summary>A count that runs from the event before it (2年後, three years later) rather than from the article's date.</summary>
        public bool CountsFromAntecedent { get; set; }

        /// <summary>A part of a year or month written with a relative expression (昨年末, その年の終わり, 3月末).</summary>
        public string? Part { get; set; }

        /// <summary>The month of a bare month, or of a relative year (昨年12月); 0 when none is written.</summary>
        public int Month { get; set; }

        /// <summary>The day of a bare month, 0 when only the month is written.</summary>
        public int Day { get; set; }

        /// <summary>The ISO-8601 length for durations and forward periods (P20Y, PXW).</summary>
        public string? Duration { get; set; }

        /// <summary>For a calendar mention, the date's parts; for a range, its start.</summary>
        public CalendarDate? Calendar { get; set; }

        /// <summary>For a range (5月8日から15日まで, from May 8 to May 15), its end; the range is one mention with an interval value.</summary>
        public CalendarDate? CalendarEnd { get; set; }

        /// <summary>Which rule found it; breaks ties between equally long overlapping finds.</summary>
        public int Priority { get; set; }
    }
}
