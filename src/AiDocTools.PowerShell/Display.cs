using AiDocTools.Text;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Helpers the format file's views call, measured in screen cells as a terminal draws them: a CJK character or a
    /// full-width form takes two cells, so Japanese titles and ids are cut where an 80-column table actually ends.
    /// </summary>
    public static class Display
    {
        /// <summary>
        /// The text cut to <paramref name="cells"/> cells with the cut in the middle: clipped file names share their
        /// start (a date, a site) or their end (an id), so keeping both ends is what tells two rows apart.
        /// </summary>
        public static string Middle(string? text, int cells) => DisplayWidth.Middle(text ?? string.Empty, cells);

        /// <summary>The claim kind in six cells: whose words these are.</summary>
        public static string Kind(object? kind)
        {
            switch (kind?.ToString())
            {
                case "DirectQuote":
                    return "Quote";
                case "ReportedSpeech":
                    return "Report";
                case "Assertion":
                    return "Author";
                default:
                    return kind?.ToString() ?? string.Empty;
            }
        }

        public static int Width(string text) => DisplayWidth.Of(text);
    }
}
