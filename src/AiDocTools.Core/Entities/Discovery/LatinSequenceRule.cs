using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;
using static AiDocTools.Entities.Discovery.RuleText;

namespace AiDocTools.Entities.Discovery
{
    /// <summary>
    /// A run of capitalised Latin words (Nazneen Rajani, Linux Foundation, Open Source Initiative): a person when it reads
    /// as two or three name parts, an organisation when it ends in an organisation word, a publication when longer.
    /// </summary>
    internal sealed class LatinSequenceRule : IDiscoveryRule
    {
        private readonly Regex _latinSequenceAt;

        public LatinSequenceRule()
        {
            var word = @"(?:[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]\.)";
            _latinSequenceAt = Create($@"\G(?:(?<![A-Za-z0-9\-.])(?<name>{word}(?:,?[ ](?:(?:{string.Join("|", Joiners)})[ ])*{word})+)(?<tail>[?!])?(?![A-Za-z0-9]))");
        }

        // The small words a run of capitalised words may hold between two of them (Bank of America, Ludwig van Beethoven).
        private static readonly string[] Joiners = { "of", "the", "and", "for", "de", "von", "van", "der", "du", "la", "to", "on", "in", "a", "an", "its", "over" };

        // The letters they start with: a word after the first that starts with neither these nor a capital ends the run.
        private static readonly string JoinerStarts = new string(Joiners.Select(j => j[0]).Distinct().ToArray());

        public string Name => "capitalised Latin run";

        /// <summary>
        /// A sequence of capitalised words starts at a capital that follows no Latin letter, digit, hyphen or dot, and its
        /// first word (letters, dots, hyphens) is followed by a space or ", ": most capitals of a Japanese body (OpenAIは)
        /// are not, and the rule is tried, anchored, only where they are.
        /// </summary>
        public void Find(NameText text, IReadOnlyList<Candidate> known, List<Candidate> into)
        {
            var cased = text.Cased;
            var matchedTo = 0;
            try
            {
                for (var start = 0; start < cased.Length; start++)
                {
                    var c = cased[start];
                    if (c < 'A' || c > 'Z' || start < matchedTo)
                    {
                        continue;
                    }

                    if (start > 0 && (IsAsciiLetterOrDigit(cased[start - 1]) || cased[start - 1] == '-' || cased[start - 1] == '.'))
                    {
                        continue;
                    }

                    var end = start + 1;
                    while (end < cased.Length && (Script.IsAsciiLetter(cased[end]) || IsAccentedLower(cased[end]) || cased[end] == '.' || cased[end] == '-'))
                    {
                        end++;
                    }

                    // ...and the next word opens with a capital or is one of the joiners (of, the, van, la…).
                    var next = end < cased.Length && cased[end] == ' ' ? end + 1
                        : end + 1 < cased.Length && cased[end] == ',' && cased[end + 1] == ' ' ? end + 2 : -1;
                    if (next > 0 && next < cased.Length && ((cased[next] >= 'A' && cased[next] <= 'Z') || JoinerStarts.IndexOf(cased[next]) >= 0))
                    {
                        matchedTo = MatchAt(_latinSequenceAt, cased, start, m => LatinSequence(text, m), into, matchedTo);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        // The accented small letters of Latin-1 that European names carry (Sørby, Lucía, Fernández), as the sequence rule's
        // word pattern allows them; × and ÷ are not letters.
        private static bool IsAccentedLower(char c) => (c >= 'à' && c <= 'ö') || (c >= 'ø' && c <= 'ÿ');
        private Candidate? LatinSequence(NameText text, Match m)
        {
            var w = DiscoveryWords.Shipped;
            var name = m.Groups["name"];
            var words = name.Value.Split(' ');
            var start = name.Index;
            var japaneseContext = start > 0 && Script.IsJapaneseTypeset(PreviousNonSpace(text.Cased, start));

            // In English prose a capital may only mean the start of a sentence: drop leading function words there.
            var skip = 0;
            while (!japaneseContext && skip < words.Length - 1 && w.LeadingFunctionWords.Contains(words[skip].TrimEnd(',')))
            {
                start += words[skip].Length + 1;
                skip++;
            }

            // ...and the lower-case joiners a dropped word leaves in front (According to Hanne Sørby → Hanne Sørby).
            while (!japaneseContext && skip < words.Length - 1 && words[skip].Length > 0 && char.IsLower(words[skip][0]))
            {
                start += words[skip].Length + 1;
                skip++;
            }

            var kept = words.Skip(skip).ToArray();
            if (kept.Length < 2 || kept.All(k => w.NotNameWords.Contains(k.TrimEnd(',')) || w.CalendarWords.Contains(k.TrimEnd(',')) || w.LeadingFunctionWords.Contains(k.TrimEnd(','))))
            {
                return null;
            }

            if (IsDateRun(kept) || w.Holidays.Any(h => string.CompareOrdinal(text.Cased, start, h, 0, h.Length) == 0))
            {
                return null;
            }

            // A title ends with its question or exclamation mark (Are Open AI Models Safe?).
            var end = m.Groups["tail"].Success && kept.Length >= 3 ? m.Index + m.Length : name.Index + name.Length;
            var value = text.Cased.Substring(start, end - start);
            if (w.Places.Any(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var type = EntityType.Product;
            var last = kept[kept.Length - 1].TrimEnd(',');
            var isPerson = kept.Length <= 3 && kept.All(LooksLikeNamePart) && !kept.Any(k => w.LabelWords.Contains(k.TrimEnd(','))) && end == name.Index + name.Length && !w.OrganizationWords.Contains(last);

            // 事前学習済みモデル(Pretrained Models): English in brackets after Japanese glosses a term; it names nothing. A name
            // glossed that way (サム・アルトマン氏(Sam Altman), 孫正義(Masayoshi Son)) follows its transliteration.
            if (start > 1 && text.Cased[start - 1] == '(' && Script.IsJapaneseTypeset(PreviousNonSpace(text.Cased, start - 1))
                && !(isPerson && TransliteratedBefore(text.Cased, start - 1, value)))
            {
                return null;
            }

            if (w.OrganizationWords.Contains(last))
            {
                type = EntityType.Organization;
            }
            else if (isPerson)
            {
                // A byline in capitals (IRVING WLADAWSKY-BERGER) is listed as the name is spelt: Irving Wladawsky-Berger.
                var person = Named(text, start, end, EntityType.Person);
                return person == null || person.Name.Any(char.IsLower) ? person
                    : new Candidate(person.Start, person.End, TitleCase(person.Name), EntityType.Person, known: false);
            }
            else if (kept.Length >= 3)
            {
                type = EntityType.Publication;
            }

            return Named(text, start, end, type);
        }

        // Datelines and dates read as capitalised runs (Tuesday of May, October to December, SAN FRANCISCO, May): a run
        // that opens with a weekday or month, holds a weekday, or ends in a month after a comma. Theresa May stays a name.
        private static bool IsDateRun(string[] kept)
        {
            var calendar = DiscoveryWords.Shipped.CalendarWords;
            var weekdays = kept.Any(k => calendar.Contains(k.TrimEnd(',')) && k.TrimEnd(',').EndsWith("day", StringComparison.Ordinal));
            return weekdays || calendar.Contains(kept[0].TrimEnd(','))
                || (kept.Length >= 2 && calendar.Contains(kept[kept.Length - 1]) && kept[kept.Length - 2].EndsWith(",", StringComparison.Ordinal));
        }

        // The Japanese just before a bracketed Latin name spells that name: a katakana run (a courtesy title after it allowed)
        // about as long as the name's letters, or a kanji name of two to four characters. モデル before (Pretrained Models)
        // spells only the last word.
        private static bool TransliteratedBefore(string text, int bracket, string name)
        {
            var end = bracket;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var suffix = DiscoveryWords.Shipped.PersonSuffixes.OrderByDescending(x => x.Length)
                .FirstOrDefault(x => end >= x.Length && string.CompareOrdinal(text, end - x.Length, x, 0, x.Length) == 0);
            end -= suffix?.Length ?? 0;
            var katakana = 0;
            var i = end;
            while (i > 0 && (Script.IsKatakana(text[i - 1]) || text[i - 1] == '・'))
            {
                katakana += text[i - 1] == '・' ? 0 : 1;
                i--;
            }

            if (katakana > 0)
            {
                return katakana * 10 >= name.Count(char.IsLetter) * 4;
            }

            var kanji = 0;
            while (i > 0 && Script.IsKanji(text[i - 1]))
            {
                kanji++;
                i--;
            }

            return kanji >= 2 && kanji <= 4;
        }

        private static string TitleCase(string name) =>
            System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

        // Each part of a double name is capitalised (Fernández-Ortiz, El-Amin).
        private static bool LooksLikeNamePart(string word) =>
            word.Length >= 2 && word.Split('-').All(part => part.Length > 0 && char.IsUpper(part[0]) && (part.Skip(1).All(c => char.IsLower(c) || c == '\'') || part.All(char.IsUpper)));
    }
}
