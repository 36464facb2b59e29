using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A paper's or book's "Title: Subtitle" in title case, with its bracketed Japanese rendering as an alias.
    /// </summary>
    internal sealed class ColonTitleRule : IDiscoveryRule
    {
        private readonly IKnownNames _names;

        public ColonTitleRule(IKnownNames names)
        {
            _names = names;
        }

        public string Name => "title with a subtitle after a colon";

        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            if (text.Cased.IndexOf(':') >= 0)
            {
                ColonTitles(text, into);
            }
        }

        // Papers and books are titled "Title: Subtitle" in title case (Pretrained AI Models: Performativity, Mobility, and
        // Change), often as a headline line of their own with a Japanese rendering in brackets after it. The capitalised-
        // sequence rule would break such a title at its colon and commas; here it is one publication, and the rendering is
        // its alias. Sentences with a colon (Note: this is…, Zuckerberg: we will…) are not in title case or have a label
        // or a known person before the colon, and are left alone.
        private void ColonTitles(NameText text, List<Candidate> found)
        {
            var cased = text.Cased;
            for (var colon = cased.IndexOf(':'); colon >= 0; colon = cased.IndexOf(':', colon + 1))
            {
                var lineStart = cased.LastIndexOf('\n', Math.Max(colon - 1, 0)) + 1;
                var lineEnd = cased.IndexOf('\n', colon);
                lineEnd = lineEnd < 0 ? cased.Length : lineEnd;

                var head = TitleWordsBefore(cased, colon, lineStart);
                var subtitleStart = colon + 1 < lineEnd && cased[colon + 1] == ' ' ? colon + 2 : colon + 1;
                var subtitle = TitleWordsAfter(cased, subtitleStart, lineEnd, out var end);
                if (head.Count == 0 || subtitle.Count == 0 || !OpensTitle(cased, head[0].Start, lineStart) || !ClosesTitle(cased, end, lineEnd)
                    || !IsTitle(cased, head, subtitle))
                {
                    continue;
                }

                var title = Named(text, head[0].Start, end, EntityType.Publication, strong: true);
                if (title == null)
                {
                    continue;
                }

                found.Add(title);
                var rendering = RenderingAfter(text, end);
                if (rendering != null)
                {
                    found.Add(new Candidate(rendering.Value.Start, rendering.Value.End, title.Name, EntityType.Publication, known: false, strong: true));
                }
            }
        }

        private static bool IsTitleWordChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '’' || c == '&' || c == '.' || c == '-';

        // The words of the title before its colon, single spaces between them, back to the first character that is not one.
        private static List<(int Start, int End)> TitleWordsBefore(string text, int colon, int lineStart)
        {
            var words = new List<(int Start, int End)>();
            var i = colon > lineStart && text[colon - 1] == ' ' ? colon - 1 : colon;
            while (i > lineStart)
            {
                var end = i;
                while (i > lineStart && IsTitleWordChar(text[i - 1]))
                {
                    i--;
                }

                if (i == end || words.Count > 16)
                {
                    break;
                }

                words.Insert(0, (i, end));
                if (i - 1 > lineStart && text[i - 1] == ' ' && IsTitleWordChar(text[i - 2]))
                {
                    i--;
                }
                else
                {
                    break;
                }
            }

            return words;
        }

        // The words after the colon, separated by a space or a comma and a space; a closing ? or ! belongs to the title.
        private static List<(int Start, int End)> TitleWordsAfter(string text, int start, int lineEnd, out int end)
        {
            var words = new List<(int Start, int End)>();
            var i = start;
            end = start;
            while (i < lineEnd && words.Count <= 24)
            {
                var wordStart = i;
                while (i < lineEnd && IsTitleWordChar(text[i]))
                {
                    i++;
                }

                if (i == wordStart)
                {
                    break;
                }

                var wordEnd = i;
                words.Add((wordStart, wordEnd));
                end = wordEnd;
                if (i < lineEnd && text[i] == ',' && i + 1 < lineEnd && text[i + 1] == ' ')
                {
                    i += 2;
                }
                else if (i < lineEnd && text[i] == ' ' && i + 1 < lineEnd && IsTitleWordChar(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (words.Count > 0)
            {
                // A full stop closing the line is the sentence's, not the title's (but A.I. keeps its own).
                var last = words[words.Count - 1];
                if (text[last.End - 1] == '.' && text.IndexOf('.', last.Start, last.End - last.Start - 1) < 0 && last.End - last.Start > 1)
                {
                    words[words.Count - 1] = (last.Start, last.End - 1);
                    end = last.End - 1;
                }
                else if (end < lineEnd && (text[end] == '?' || text[end] == '!'))
                {
                    end++;
                }
            }

            return words;
        }

        // A title stands at the start of its line or after Japanese text or an opening bracket or quote; after English words
        // or a comma it is part of a sentence.
        private static bool OpensTitle(string text, int start, int lineStart)
        {
            var before = start > lineStart && text[start - 1] == ' ' ? start - 1 : start;
            if (before == lineStart)
            {
                return true;
            }

            var c = text[before - 1];
            return c >= '\u0080' ? c != '’' && c != '”' : "(\"'[".IndexOf(c) >= 0;
        }

        private static bool ClosesTitle(string text, int end, int lineEnd)
        {
            var after = end;
            while (after < lineEnd && text[after] == ' ')
            {
                after++;
            }

            return after == lineEnd || (text[after] >= '\u0080' && text[after] != '：') || ")(\"'[]".IndexOf(text[after]) >= 0;
        }

        private bool IsTitle(string text, List<(int Start, int End)> head, List<(int Start, int End)> subtitle)
        {
            var w = DiscoveryWords.Shipped;
            var headWords = head.Select(x => text.Substring(x.Start, x.End - x.Start)).ToArray();
            var subtitleWords = subtitle.Select(x => text.Substring(x.Start, x.End - x.Start)).ToArray();
            var all = headWords.Concat(subtitleWords).ToArray();
            if (all.Length < 4 || all.Sum(x => x.Length + 1) < 16 || !IsCapitalised(headWords[0]) || !IsCapitalised(subtitleWords[0]))
            {
                return false;
            }

            // Every word is capitalised but the short function words titles keep in lower case; most start with a letter.
            if (!all.All(x => IsCapitalised(x) || w.TitleMinorWords.Contains(x)) || all.Count(x => char.IsUpper(x[0])) < 3)
            {
                return false;
            }

            // Update:, Editor's Note:, Chapter 3: label what follows; Q&A: and AI: are no title's head.
            if (w.TitleLabels.Contains(headWords[0].TrimEnd('.')) || w.TitleLabels.Contains(headWords[headWords.Length - 1].TrimEnd('.'))
                || (headWords.Length == 1 && (w.NotNameWords.Contains(headWords[0]) || w.CalendarWords.Contains(headWords[0]))))
            {
                return false;
            }

            // A speaker's name before the colon opens a dialogue turn; a single plain word (Zuckerberg:) is taken for one
            // unless the dictionary knows it as a model or product (Gemini: A Family of…); LLaMA: or GPT-4: are names by shape,
            // while a company's name (OpenAI: …) heads its own statement.
            var headText = string.Join(" ", headWords);
            var known = _names.Lookup(headText);
            if (known?.Type == EntityType.Person)
            {
                return false;
            }

            if (headWords.Length == 1 && (known != null
                ? known.Type != EntityType.Model && known.Type != EntityType.Product
                : !headWords[0].Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c))))
            {
                return false;
            }

            // 10:30 is a time.
            return !(headWords[headWords.Length - 1].All(char.IsDigit) && subtitleWords[0].All(char.IsDigit));
        }

        private static bool IsCapitalised(string word) => char.IsUpper(word[0]) || char.IsDigit(word[0]);

        private static readonly string Openers = "(「『";
        private static readonly string Closers = ")」』";

        // (事前学習済みAIモデル:…) on the same line as the title or alone on the next line: a Japanese rendering of it.
        private static (int Start, int End)? RenderingAfter(NameText text, int end)
        {
            var cased = text.Cased;
            var i = end;
            var lineBreaks = 0;
            while (i < cased.Length && (cased[i] == ' ' || cased[i] == '\n' || cased[i] == '\r'))
            {
                lineBreaks += cased[i] == '\n' ? 1 : 0;
                i++;
            }

            if (i >= cased.Length || lineBreaks > 2 || Openers.IndexOf(cased[i]) < 0)
            {
                return null;
            }

            var close = cased.IndexOf(Closers[Openers.IndexOf(cased[i])], i + 1);
            var lineEnd = cased.IndexOf('\n', i);
            lineEnd = lineEnd < 0 ? cased.Length : lineEnd;
            if (close < 0 || close > lineEnd || close - i - 1 < 2 || close - i - 1 > 200 || cased.IndexOf('\n', i, close - i) >= 0)
            {
                return null;
            }

            var inner = cased.Substring(i + 1, close - i - 1);
            if (!inner.Any(Script.IsJapaneseTypeset) || inner.IndexOf(Openers[Openers.IndexOf(cased[i])]) >= 0)
            {
                return null;
            }

            // On a line of its own the bracket is the whole line; after the title on one line nothing else need follow.
            if (lineBreaks > 0 && cased.Substring(close + 1, lineEnd - close - 1).Trim().Length > 0)
            {
                return null;
            }

            return (i + 1, close);
        }
    }
}
