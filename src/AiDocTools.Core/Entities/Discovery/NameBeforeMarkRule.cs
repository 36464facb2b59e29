using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A name written before 社 (an organisation), 誌 or 紙 (a publication): OpenAI社, PlayBoy誌, タイムズ紙. Two rules of this
    /// shape run: Latin names before any of the three marks, katakana names before 誌 or 紙.
    /// </summary>
    internal sealed class NameBeforeMarkRule : IDiscoveryRule
    {
        private readonly Regex _anchored;
        private readonly char[] _marks;
        private readonly Func<char, bool> _inName;
        private readonly Func<string, int, bool> _mayStart;

        private NameBeforeMarkRule(string name, Regex anchored, char[] marks, Func<char, bool> inName, Func<string, int, bool> mayStart)
        {
            Name = name;
            _anchored = anchored;
            _marks = marks;
            _inName = inName;
            _mayStart = mayStart;
        }

        public string Name { get; }

        /// <summary>A Latin name before 社, 誌 or 紙 (OpenAI社), but not before 社長, 社内, 紙面….</summary>
        public static NameBeforeMarkRule Latin() => new NameBeforeMarkRule(
            "Latin name before 社, 誌 or 紙",
            Create(@"\G(?:(?<![A-Za-z0-9])(?<name>[A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9](?:[ ][A-Z][A-Za-z0-9&.\-]*)*)(?<suffix>社|誌|紙)(?![長会内員外製面]))"),
            CompanyAndPublicationMarks, IsLatinNameChar, IsLatinNameStart);

        /// <summary>A katakana name before 誌 or 紙 (タイムズ紙), but not before 紙面.</summary>
        public static NameBeforeMarkRule Katakana() => new NameBeforeMarkRule(
            "katakana name before 誌 or 紙",
            Create($@"\G(?:(?<![{RuleText.Katakana}])(?<name>[{RuleText.Katakana}]{{2,}})(?<suffix>誌|紙)(?![面]))"),
            PublicationSuffixMarks, Script.IsKatakana, IsKatakanaRunStart);

        // The rule needs a character most bodies lack (社, 誌 or 紙); one search over the text is cheaper than the regex
        // engine trying every katakana run or capital.
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            RunBeforeMarks(_anchored, text.Cased, _marks, _inName, _mayStart, m => NameWithSuffix(text, m), into);
        }

        private static readonly char[] PublicationSuffixMarks = { '誌', '紙' };
        private static readonly char[] CompanyAndPublicationMarks = { '社', '誌', '紙' };

        /// <summary>
        /// A rule for a name written before a mark (OpenAI社, PlayBoy誌, タイムズ紙) matches only inside the run of name
        /// characters just before a mark. The marks are few, so the rule is tried, anchored (\G), only at the places of
        /// those runs where a name may start, left to right, text a match has read never tried again: the matches the
        /// full search finds, without the regex engine trying every Latin word or katakana run of the body.
        /// </summary>
        private static void RunBeforeMarks(Regex anchored, string text, char[] marks, Func<char, bool> inName, Func<string, int, bool> mayStart, Func<Match, Candidate?> make, List<Candidate> into)
        {
            var matchedTo = 0;
            try
            {
                for (var mark = text.IndexOfAny(marks); mark >= 0; mark = mark + 1 < text.Length ? text.IndexOfAny(marks, mark + 1) : -1)
                {
                    var runStart = mark;
                    while (runStart > matchedTo && inName(text[runStart - 1]))
                    {
                        runStart--;
                    }

                    for (var start = runStart; start < mark; start++)
                    {
                        if (mayStart(text, start))
                        {
                            var before = matchedTo;
                            matchedTo = MatchAt(anchored, text, start, make, into, matchedTo);
                            if (matchedTo != before)
                            {
                                break;
                            }
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        private static bool IsLatinNameChar(char c) => IsAsciiLetterOrDigit(c) || c == '&' || c == '.' || c == '-' || c == ' ';

        private static bool IsLatinNameStart(string text, int i) =>
            ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z')) && (i == 0 || !IsAsciiLetterOrDigit(text[i - 1]));

        private static bool IsKatakanaRunStart(string text, int i) => i == 0 || !Script.IsKatakana(text[i - 1]);
        private static Candidate? NameWithSuffix(NameText text, Match m)
        {
            var name = m.Groups["name"];
            if (name.Length < 2 || DiscoveryWords.Shipped.NotNameWords.Contains(name.Value) || DiscoveryWords.Shipped.CalendarWords.Contains(name.Value) || (name.Value.All(char.IsUpper) && name.Length <= 2))
            {
                return null;
            }

            var type = m.Groups["suffix"].Value == "社" ? EntityType.Organization : EntityType.Publication;
            var (start, length) = text.ToSource(name.Index, name.Index + name.Length);
            return new Candidate(name.Index, m.Index + m.Length, text.Source.Substring(start, length), type, known: false, nameEnd: name.Index + name.Length);
        }
    }
}
