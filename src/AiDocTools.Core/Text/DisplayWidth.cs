using System.Collections.Generic;
using System.Text;

namespace AiDocTools.Text
{
    /// <summary>
    /// Text measured in screen cells as a terminal or a fixed-width box draws it: a CJK character or a full-width form
    /// takes two cells, so a Japanese line is cut or wrapped where it actually ends. Shared by the table views and the
    /// exporters that wrap text into boxes.
    /// </summary>
    public static class DisplayWidth
    {
        public static int Of(string text)
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

        /// <summary>
        /// The text cut to <paramref name="cells"/> cells with the cut in the middle: clipped file names and ids share their
        /// start (a date, a site) or their end (a hash), so keeping both ends is what tells two of them apart.
        /// </summary>
        public static string Middle(string text, int cells)
        {
            if (Of(text) <= cells || cells < 3)
            {
                return text;
            }

            var room = cells - 1;
            var head = Take(text, (room + 1) / 2);
            var tail = Take(text, room - Of(head), fromEnd: true);
            return head + "…" + tail;
        }

        /// <summary>The East Asian Wide and Fullwidth blocks that Japanese and Korean text uses.</summary>
        public static bool IsWide(char c) =>
            (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
            || (c >= '\uFFE0' && c <= '\uFFE6');

        /// <summary>
        /// The text in lines of at most <paramref name="cells"/> cells. A line breaks after a space where Latin words
        /// run, and anywhere between two wide characters, which is how Japanese lines break; a word longer than a line
        /// is cut. A surrogate pair, or a character and the punctuation after it (。、」), stay together.
        /// </summary>
        public static IReadOnlyList<string> Wrap(string text, int cells)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            var lineWidth = 0;
            var i = 0;
            while (i < text.Length)
            {
                // The next unit a line may not break inside: a run of narrow non-space characters (a word), or one
                // wide character with the closing punctuation that must not start a line.
                var end = i;
                if (text[i] == ' ')
                {
                    end = i + 1;
                }
                else if (IsWide(text[i]) || char.IsSurrogate(text[i]))
                {
                    end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1);
                    while (end < text.Length && IsClosing(text[end]))
                    {
                        end++;
                    }
                }
                else
                {
                    while (end < text.Length && text[end] != ' ' && !IsWide(text[end]) && !char.IsSurrogate(text[end]))
                    {
                        end++;
                    }

                    while (end < text.Length && IsClosing(text[end]))
                    {
                        end++;
                    }
                }

                var unit = text.Substring(i, end - i);
                var unitWidth = Of(unit);
                if (lineWidth + unitWidth > cells && lineWidth > 0)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                    lineWidth = 0;
                    if (unit == " ")
                    {
                        i = end;
                        continue;
                    }
                }

                // A word wider than a whole line is cut at the line's width.
                while (unitWidth > cells)
                {
                    var head = Take(unit, cells);
                    if (head.Length == 0 || char.IsHighSurrogate(head[head.Length - 1]))
                    {
                        head = unit.Substring(0, char.IsHighSurrogate(unit[0]) && unit.Length > 1 ? 2 : 1);
                    }

                    lines.Add(head);
                    unit = unit.Substring(head.Length);
                    unitWidth = Of(unit);
                }

                line.Append(unit);
                lineWidth += unitWidth;
                i = end;
            }

            if (line.ToString().Trim().Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
            }

            return lines;
        }

        /// <summary>
        /// The longest start (or, <paramref name="fromEnd"/>, end) of <paramref name="text"/> that fits in
        /// <paramref name="cells"/> cells; a surrogate pair counts as the two cells it takes.
        /// </summary>
        public static string Take(string text, int cells, bool fromEnd = false)
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

        // Punctuation that closes what comes before it and so never starts a line (Japanese kinsoku, and its Latin kin).
        private static bool IsClosing(char c) => "、。，．・：；？！）」』】〉》〕｝ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.;:!?)]}'\"".IndexOf(c) >= 0;
    }
}
