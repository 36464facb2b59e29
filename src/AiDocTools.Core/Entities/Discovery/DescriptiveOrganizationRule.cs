using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A committee or panel named by its subject: …ソフトウェアに関するパネル, AI倫理に関する専門委員会.
    /// </summary>
    internal sealed class DescriptiveOrganizationRule : IDiscoveryRule
    {
        public string Name => "organisation named by its subject";

        // Committees and panels are often named by what they are about, and translations write that name out in Japanese:
        // ハイエンド コンピューティングのためのオープンソース ソフトウェアに関するパネル, AI倫理に関する専門委員会. Such a name is
        // an organisational head noun (パネル, 委員会, 作業部会) after modifiers joined by に関する/のための (at least one such
        // link) or の. It begins where the modifiers stop: after a particle or a verb (…の専門家を集めた), never inside
        // a word. An owner in front (PITACの, 同社の) is its own entity and is left out; a bare head (委員会, この委員会) or
        // a short modifier (AIに関する委員会) names nothing in particular.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var w = DiscoveryWords.Shipped;
            var cased = text.Cased;
            if (!w.DescriptiveConnectors.Any(c => cased.IndexOf(c, StringComparison.Ordinal) >= 0))
            {
                return;
            }

            var ends = new HashSet<int>();
            foreach (var head in DescriptiveHeads.Value)
            {
                for (var at = cased.IndexOf(head, StringComparison.Ordinal); at >= 0; at = cased.IndexOf(head, at + 1, StringComparison.Ordinal))
                {
                    var end = at + head.Length;
                    if (ends.Contains(end) || !IsWholeHead(cased, at, end))
                    {
                        continue;
                    }

                    ends.Add(end);
                    var start = DescriptiveNameStart(cased, at, known);
                    if (start >= 0)
                    {
                        var candidate = Named(text, start, end, EntityType.Organization);
                        if (candidate != null)
                        {
                            into.Add(candidate);
                        }
                    }
                }
            }
        }

        private static readonly Lazy<string[]> DescriptiveHeads = new Lazy<string[]>(() =>
            DiscoveryWords.Shipped.DescriptiveOrganizationHeads.Select(h => NameText.Of(h).Cased).Distinct().OrderByDescending(h => h.Length).ToArray());

        // パネル of …に関するパネル, not of ソーラーパネル or パネルディスカッション; 委員会 not of 委員会報告書.
        private static bool IsWholeHead(string text, int start, int end)
        {
            var first = text[start];
            var last = text[end - 1];
            if (end < text.Length && (Script.IsKatakana(last) ? Script.IsKatakana(text[end]) : Script.IsKanji(last) && Script.IsKanji(text[end])))
            {
                return false;
            }

            return !(Script.IsKatakana(first) && start > 0 && Script.IsKatakana(text[start - 1]));
        }

        // Where the descriptive name ending in the head at headStart begins, or -1 when its modifiers do not make it a name.
        private int DescriptiveNameStart(string text, int headStart, IReadOnlyList<Candidate> known)
        {
            var w = DiscoveryWords.Shipped;
            var segments = new List<(int Start, int End, string Link)>();
            var position = ContentRunStart(text, headStart);
            if (position < headStart)
            {
                segments.Add((position, headStart, string.Empty));
            }

            while (segments.Count < 8)
            {
                var link = w.DescriptiveConnectors.Concat(new[] { "の" }).FirstOrDefault(c =>
                    position >= c.Length && string.CompareOrdinal(text, position - c.Length, c, 0, c.Length) == 0);
                if (link == null)
                {
                    break;
                }

                var runEnd = position - link.Length;
                var runStart = ContentRunStart(text, runEnd);
                if (runStart == runEnd)
                {
                    break;
                }

                segments.Add((runStart, runEnd, link));
                position = runStart;
            }

            // The owner before の (PITACの, 同社の, 日本の, …協会の) is not part of the name.
            while (segments.Count > 0 && segments[segments.Count - 1].Link == "の")
            {
                var owner = segments[segments.Count - 1];
                var isOwner = known.Any(k => k.Start == owner.Start && k.End == owner.End)
                    || (owner.End - owner.Start <= 2 && w.KanjiNotNameStarts.Any(s => string.CompareOrdinal(text, owner.Start, s, 0, s.Length) == 0))
                    || w.OrganizationEndings.Concat(DescriptiveHeads.Value).Any(e => owner.End - owner.Start > e.Length
                        && string.CompareOrdinal(text, owner.End - e.Length, e, 0, e.Length) == 0);
                if (!isOwner)
                {
                    break;
                }

                segments.RemoveAt(segments.Count - 1);
            }

            if (!segments.Any(s => s.Link.Length > 0 && s.Link != "の"))
            {
                return -1;
            }

            var start = segments[segments.Count - 1].Start;
            var content = segments.Sum(s => text.Substring(s.Start, s.End - s.Start).Count(c => c != ' '));
            // A single kanji after kana is the tail of a word (使い方に関する…), not where a name starts.
            var firstRun = segments[segments.Count - 1];
            var brokenWord = firstRun.End - firstRun.Start == 1 && start > 0 && text[start - 1] >= '\u3040' && text[start - 1] <= '\u309F';
            return content >= w.DescriptiveMinimumContent && headStart - start <= 80 && !brokenWord ? start : -1;
        }

        // The run of kanji, katakana and Latin words (single spaces between them) that ends at end; no name's run is longer
        // than a line, and the bound keeps a text of nothing but kanji linear.
        private static int ContentRunStart(string text, int end)
        {
            var i = end;
            while (i > 0 && end - i < 80)
            {
                var c = text[i - 1];
                if (IsNameContent(c))
                {
                    i--;
                }
                else if (c == ' ' && i < end && i >= 2 && IsNameContent(text[i - 2]) && IsNameContent(text[i]))
                {
                    i--;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        private static bool IsNameContent(char c) => IsKanjiOrKatakana(c) || IsAsciiLetterOrDigit(c);
    }
}
