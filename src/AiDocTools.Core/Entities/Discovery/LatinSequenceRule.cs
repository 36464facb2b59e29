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
        // Every capitalised run of an English body comes here, and most are dropped: the words are read once, their
        // trailing commas cut once (a TrimEnd(',') made an array per call), and the tests are loops rather than LINQ
        // over a copied array with a closure per question.
        private Candidate? LatinSequence(NameText text, Match m)
        {
            var w = DiscoveryWords.Shipped;
            var name = m.Groups["name"];
            var words = name.Value.Split(' ');
            var bare = new string[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                bare[k] = words[k].TrimEnd(Comma);
            }

            var start = name.Index;
            var japaneseContext = start > 0 && Script.IsJapaneseTypeset(PreviousNonSpace(text.Cased, start));

            // In English prose a capital may only mean the start of a sentence: drop leading function words there.
            var skip = 0;
            while (!japaneseContext && skip < words.Length - 1 && w.LeadingFunctionWords.Contains(bare[skip]))
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

            // The words kept are words[skip..].
            var kept = words.Length - skip;
            if (kept < 2 || AllNotNames(w, bare, skip))
            {
                return null;
            }

            if (IsDateRun(words, bare, skip) || StartsWithAny(text.Cased, start, w.Holidays))
            {
                return null;
            }

            // A title ends with its question or exclamation mark (Are Open AI Models Safe?).
            var end = m.Groups["tail"].Success && kept >= 3 ? m.Index + m.Length : name.Index + name.Length;
            var value = text.Cased.Substring(start, end - start);
            foreach (var place in w.Places)
            {
                if (string.Equals(place, value, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            var type = EntityType.Product;
            var last = bare[words.Length - 1];
            var isPerson = kept <= 3 && AllNameParts(words, skip) && !AnyIn(w.LabelWords, bare, skip) && end == name.Index + name.Length && !w.OrganizationWords.Contains(last);

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
                return person == null || HasLower(person.Name) ? person
                    : new Candidate(person.Start, person.End, TitleCase(person.Name), EntityType.Person, known: false);
            }
            else if (kept >= 3)
            {
                type = EntityType.Publication;
            }

            return Named(text, start, end, type);
        }

        private static readonly char[] Comma = { ',' };

        // Every kept word (commas cut) a word that names nothing, a calendar word or a leading function word.
        private static bool AllNotNames(DiscoveryWords w, string[] bare, int skip)
        {
            for (var k = skip; k < bare.Length; k++)
            {
                if (!(w.NotNameWords.Contains(bare[k]) || w.CalendarWords.Contains(bare[k]) || w.LeadingFunctionWords.Contains(bare[k])))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllNameParts(string[] words, int skip)
        {
            for (var k = skip; k < words.Length; k++)
            {
                if (!LooksLikeNamePart(words[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AnyIn(HashSet<string> set, string[] bare, int skip)
        {
            for (var k = skip; k < bare.Length; k++)
            {
                if (set.Contains(bare[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithAny(string text, int start, List<string> prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasLower(string name)
        {
            foreach (var c in name)
            {
                if (char.IsLower(c))
                {
                    return true;
                }
            }

            return false;
        }

        // Datelines and dates read as capitalised runs (Tuesday of May, October to December, SAN FRANCISCO, May): a run
        // that opens with a weekday or month, holds a weekday, or ends in a month after a comma. Theresa May stays a name.
        // The kept words are words[skip..], bare their forms without a trailing comma.
        private static bool IsDateRun(string[] words, string[] bare, int skip)
        {
            var calendar = DiscoveryWords.Shipped.CalendarWords;
            for (var k = skip; k < bare.Length; k++)
            {
                if (calendar.Contains(bare[k]) && bare[k].EndsWith("day", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return calendar.Contains(bare[skip])
                || (words.Length - skip >= 2 && calendar.Contains(words[words.Length - 1]) && words[words.Length - 2].EndsWith(",", StringComparison.Ordinal));
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
        // Read part by part in place: every word of every run asks, and a split, an iterator and closures per word added up.
        private static bool LooksLikeNamePart(string word)
        {
            if (word.Length < 2)
            {
                return false;
            }

            for (var partStart = 0; partStart <= word.Length; )
            {
                var partEnd = word.IndexOf('-', partStart);
                partEnd = partEnd < 0 ? word.Length : partEnd;
                if (partEnd == partStart || !char.IsUpper(word[partStart]) || !(RestIsLower(word, partStart + 1, partEnd) || AllUpper(word, partStart, partEnd)))
                {
                    return false;
                }

                partStart = partEnd + 1;
            }

            return true;
        }

        private static bool RestIsLower(string word, int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (!(char.IsLower(word[i]) || word[i] == '\''))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllUpper(string word, int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (!char.IsUpper(word[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
