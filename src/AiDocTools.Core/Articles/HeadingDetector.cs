using System;
using System.Collections.Generic;
using System.Linq;

namespace AiDocTools.Articles
{
    /// <summary>
    /// Finds the section headings of a plain-text article, where nothing marks them: a short line, not a sentence,
    /// standing alone and followed by running text. Markdown and HTML headings are taken as declared.
    /// </summary>
    internal static class HeadingDetector
    {
        // Section headings in Japanese and English web articles are a phrase, rarely over this.
        private const int MaxHeadingLength = 60;

        private static readonly string[] ListBullets = { "-", "*", "•", "・", "●", "◦", "○", "‣", "→" };

        public static IReadOnlyList<ArticleLine> Find(IReadOnlyList<ArticleLine> lines)
        {
            var content = lines.Where(l => l.IsContent).ToList();

            // Only a line that may be a heading asks how often its text comes back, so only the texts of those lines are
            // counted, and a line of a length none of them has (running text, mostly) is passed over without hashing it.
            // Counted in place: grouping kept a list of the lines of every distinct text only to count them.
            var candidates = content.Where(l => l.Kind == BlockKind.Line && IsHeadingShaped(l)).ToList();
            var lengths = new HashSet<int>(candidates.Select(l => l.Norm.Length));
            var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in candidates)
            {
                repeats[line.Norm] = 0;
            }

            foreach (var line in content)
            {
                if (lengths.Contains(line.Norm.Length) && repeats.TryGetValue(line.Norm, out var count))
                {
                    repeats[line.Norm] = count + 1;
                }
            }

            var headings = new List<ArticleLine>();
            for (var n = 0; n < content.Count; n++)
            {
                var line = content[n];
                if (line.Kind == BlockKind.Heading)
                {
                    headings.Add(line);
                    continue;
                }

                // Heading-shaped is a property of the text alone, so a line whose text was counted is one.
                if (line.Kind != BlockKind.Line || !repeats.TryGetValue(line.Norm, out var seen) || seen > 1)
                {
                    // A short line that comes back (田中専務, Q:) labels turns of a dialogue; it heads no section.
                    continue;
                }

                var next = NextNonBlank(lines, line.Index);
                if (next == null || !next.IsContent || !LineShape.IsBodyText(next))
                {
                    continue;
                }

                var previous = PreviousNonBlank(lines, line.Index);
                if (previous != null && previous.IsContent && previous.Norm.EndsWith(":", StringComparison.Ordinal))
                {
                    // After 「…の3点です:」 short lines are the points listed, not sections.
                    continue;
                }

                if (InListRun(lines, line))
                {
                    continue;
                }

                headings.Add(line);
            }

            return headings;
        }

        private static bool IsHeadingShaped(ArticleLine line)
        {
            var length = LineShape.Length(line);
            var norm = line.Norm;
            return length >= 2 && length <= MaxHeadingLength && !LineShape.IsMarker(line)
                && norm.IndexOf('。') < 0 && "、,:;".IndexOf(norm[norm.Length - 1]) < 0
                && !LineShape.HasUrl(line) && !LineShape.IsParenthesised(line)
                && !(norm.StartsWith("[", StringComparison.Ordinal) && norm.EndsWith("]", StringComparison.Ordinal))
                && !(norm.StartsWith("「", StringComparison.Ordinal) && norm.EndsWith("」", StringComparison.Ordinal))
                && !ListBullets.Any(b => norm.StartsWith(b, StringComparison.Ordinal));
        }

        // Short lines stacked without a blank between them (✅ points, Accessibility / Transparency / Risk) are a list.
        private static bool InListRun(IReadOnlyList<ArticleLine> lines, ArticleLine line)
        {
            return IsListNeighbour(line, Adjacent(lines, line.Index, -1)) || IsListNeighbour(line, Adjacent(lines, line.Index, +1));
        }

        // A neighbour ending in ! ? or : is a sentence or the lead-in to a list, unless the line ends the same way
        // (a stack of questions is a list of questions).
        private static bool IsListNeighbour(ArticleLine line, ArticleLine? neighbour)
        {
            if (neighbour == null || !neighbour.IsContent || LineShape.IsMarker(neighbour) || LineShape.IsProse(neighbour) || LineShape.Length(neighbour) > 80)
            {
                return false;
            }

            var end = neighbour.Norm[neighbour.Norm.Length - 1];
            return "!?:".IndexOf(end) < 0 || end == line.Norm[line.Norm.Length - 1];
        }

        // The line directly above or below, when no blank line separates them.
        private static ArticleLine? Adjacent(IReadOnlyList<ArticleLine> lines, int index, int step)
        {
            var i = index + step;
            return i >= 0 && i < lines.Count && !lines[i].IsBlank ? lines[i] : null;
        }

        private static ArticleLine? NextNonBlank(IReadOnlyList<ArticleLine> lines, int index)
        {
            for (var i = index + 1; i < lines.Count; i++)
            {
                if (!lines[i].IsBlank)
                {
                    return lines[i];
                }
            }

            return null;
        }

        private static ArticleLine? PreviousNonBlank(IReadOnlyList<ArticleLine> lines, int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (!lines[i].IsBlank)
                {
                    return lines[i];
                }
            }

            return null;
        }
    }
}
