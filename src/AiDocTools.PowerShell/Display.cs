using System.Text;

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
        public static string Middle(string? text, int cells)
        {
            text ??= string.Empty;
            if (Width(text) <= cells || cells < 3)
            {
                return text;
            }

            var room = cells - 1;
            var head = Take(text, (room + 1) / 2, fromEnd: false);
            var tail = Take(text, room - Width(head), fromEnd: true);
            return head + "…" + tail;
        }

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

        public static int Width(string text)
        {
            var width = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
                {
                    i++;
                    width += 2;
                    continue;
                }

                width += IsWide(text[i]) ? 2 : 1;
            }

            return width;
        }

        // The East Asian Wide and Fullwidth blocks that Japanese and Korean text uses.
        private static bool IsWide(char c) =>
            (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
            || (c >= '\uFFE0' && c <= '\uFFE6');

        private static string Take(string text, int cells, bool fromEnd)
        {
            var taken = new StringBuilder();
            var width = 0;
            for (var k = 0; k < text.Length; k++)
            {
                var c = fromEnd ? text[text.Length - 1 - k] : text[k];
                var w = char.IsSurrogate(c) ? 1 : IsWide(c) ? 2 : 1;
                if (width + w > cells)
                {
                    break;
                }

                width += w;
                if (fromEnd)
                {
                    taken.Insert(0, c);
                }
                else
                {
                    taken.Append(c);
                }
            }

            return taken.ToString();
        }
    }
}
