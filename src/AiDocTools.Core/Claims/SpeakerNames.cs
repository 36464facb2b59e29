using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Claims
{
    /// <summary>How a speaker written in a sentence reads as a name: honorifics off, descriptions trimmed, pronouns told apart.</summary>
    internal static class SpeakerNames
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

        // "Yann LeCun ニューヨーク大学" : a Latin name followed by its Japanese affiliation keeps the name.
        private static readonly Regex LatinNameThenJapanese = new Regex(
            @"^(?<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)+)\s*[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        private static readonly Regex LatinName = new Regex(@"^[A-Z][\w.'’&\-]*(?:\s+[A-Z0-9][\w.'’&\-]*)*$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        private static readonly Regex KatakanaName = new Regex(@"^[\p{IsKatakana}ー]+(?:[・=＝][\p{IsKatakana}ー]+)+$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // The cue lists as sets, built once: every candidate speaker of every sentence is checked against them.
        private static readonly Lazy<NameWords> Words = new Lazy<NameWords>(() => new NameWords(ClaimCues.Default));

        private sealed class NameWords
        {
            public NameWords(ClaimCues cues)
            {
                Honorifics = ClaimCues.LongestFirst(cues.Japanese.Honorifics.Concat(cues.English.Honorifics));
                PersonPronouns = new HashSet<string>(cues.Japanese.PersonPronouns, StringComparer.Ordinal);
                EnglishPersonPronouns = new HashSet<string>(cues.English.PersonPronouns, StringComparer.OrdinalIgnoreCase);
                GroupPronouns = new HashSet<string>(cues.Japanese.GroupPronouns, StringComparer.Ordinal);
                EnglishGroupPronouns = new HashSet<string>(cues.English.GroupPronouns, StringComparer.OrdinalIgnoreCase);
                FirstPersonSingular = new HashSet<string>(cues.Japanese.FirstPersonSingular.Concat(cues.English.FirstPersonSingular), StringComparer.Ordinal);
            }

            public IReadOnlyList<string> Honorifics { get; }

            public HashSet<string> PersonPronouns { get; }

            public HashSet<string> EnglishPersonPronouns { get; }

            public HashSet<string> GroupPronouns { get; }

            public HashSet<string> EnglishGroupPronouns { get; }

            public HashSet<string> FirstPersonSingular { get; }
        }

        /// <summary>
        /// The speaker phrase cut to its head: a description joined by である or であり is dropped
        /// (OpenAIの共同創設者であるIlya Sutskever氏 → Ilya Sutskever氏), and so are leading commas and spaces.
        /// </summary>
        public static string Head(string phrase)
        {
            var head = phrase;
            foreach (var joint in new[] { "である", "であり", "にして" })
            {
                var at = head.LastIndexOf(joint, StringComparison.Ordinal);
                if (at >= 0 && at + joint.Length < head.Length)
                {
                    head = head.Substring(at + joint.Length);
                }
            }

            return head.Trim(' ', '\u3000', '、', ',', '，', '\t');
        }

        /// <summary>A source without the title bracketed after it: Economist誌の最新記事「…」 → Economist誌の最新記事.</summary>
        public static string WithoutTitle(string phrase)
        {
            var quotes = AiDocTools.Text.QuotationMarks.FindQuotes(phrase);
            if (quotes.Count > 0 && quotes[quotes.Count - 1].After(phrase.Length) == phrase.Length && quotes[quotes.Count - 1].Open > 0)
            {
                return phrase.Substring(0, quotes[quotes.Count - 1].Open).TrimEnd();
            }

            return phrase;
        }

        /// <summary>The name without honorifics or titles: ザッカーバーグ氏 → ザッカーバーグ, Dr. Jane Doe → Jane Doe.</summary>
        public static string WithoutHonorifics(string asWritten)
        {
            var name = WithoutTitle(asWritten.Trim());
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var honorific in Words.Value.Honorifics)
                {
                    if (name.Length > honorific.Length && name.EndsWith(honorific, StringComparison.Ordinal))
                    {
                        name = name.Substring(0, name.Length - honorific.Length).TrimEnd(' ', '\u3000', ',');
                        changed = true;
                    }
                    else if (name.Length > honorific.Length + 1 && name.StartsWith(honorific + " ", StringComparison.Ordinal) && char.IsLetter(honorific[0]))
                    {
                        name = name.Substring(honorific.Length + 1).TrimStart();
                        changed = true;
                    }
                }
            }

            var latin = SafeRegex.Match(LatinNameThenJapanese, name);
            return latin.Success ? latin.Groups["name"].Value : name;
        }

        public static bool IsPersonPronoun(string s)
        {
            var word = s.Trim();
            return Words.Value.PersonPronouns.Contains(word) || Words.Value.EnglishPersonPronouns.Contains(word);
        }

        public static bool IsGroupPronoun(string s)
        {
            var word = s.Trim();
            return Words.Value.GroupPronouns.Contains(word) || Words.Value.EnglishGroupPronouns.Contains(word);
        }

        public static bool IsFirstPersonSingular(string s) => Words.Value.FirstPersonSingular.Contains(s.Trim());

        public static bool IsPronoun(string s) => IsPersonPronoun(s) || IsGroupPronoun(s);

        /// <summary>True for a phrase shaped like a proper name: Latin capitals, a katakana name with ・, or a person's honorific.</summary>
        public static bool LooksLikeName(string phrase)
        {
            var name = phrase.Trim();
            if (name.Length < 2 || name.Length > 40 || IsPronoun(name) || IsFirstPersonSingular(name))
            {
                return false;
            }

            return LooksLikePerson(name) || SafeRegex.IsMatch(LatinName, name) || SafeRegex.IsMatch(KatakanaName, name);
        }

        /// <summary>True for a phrase that names a person: it carries an honorific (氏, さん, 教授), or is a katakana full name.</summary>
        public static bool LooksLikePerson(string phrase)
        {
            var name = phrase.Trim();
            if (IsPronoun(name))
            {
                return false;
            }

            return ClaimCues.Default.Japanese.Honorifics.Any(h => name.Length > h.Length && name.EndsWith(h, StringComparison.Ordinal))
                || SafeRegex.IsMatch(KatakanaName, name);
        }
    }
}
