using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// How a speaker written in a sentence reads as a name: honorifics off, descriptions trimmed, pronouns told apart,
    /// by the honorifics and pronouns of the attribution packs it is built from (<see cref="ClaimCues.Names"/>).
    /// </summary>
    internal sealed class SpeakerNames
    {
        private static readonly TimeSpan Timeout = SafeRegex.MatchTimeout;

        // "Yann LeCun ニューヨーク大学" : a Latin name followed by its Japanese affiliation keeps the name.
        private static readonly Regex LatinNameThenJapanese = new Regex(
            @"^(?<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)+)\s*[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        private static readonly Regex KatakanaName = new Regex(@"^[\p{IsKatakana}ー]+(?:[・=＝][\p{IsKatakana}ー]+)+$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // The cue lists as sets, built once per set of packs: every candidate speaker of every sentence is checked against them.
        private readonly NameWords _words;

        public SpeakerNames(ClaimCues cues)
        {
            _words = new NameWords(cues);
        }

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
                PublishedPieces = new HashSet<string>(cues.Japanese.PublishedPieces.Concat(cues.English.PublishedPieces), StringComparer.OrdinalIgnoreCase);
                JapaneseHonorifics = cues.Japanese.Honorifics.Where(h => h.Length > 0).ToArray();
                JapaneseHonorificLastChars = new HashSet<char>(JapaneseHonorifics.Select(h => h[h.Length - 1]));
                OrganisationWords = new HashSet<string>(cues.English.OrganisationWords, StringComparer.Ordinal);
                for (var i = 0; i < Honorifics.Count; i++)
                {
                    var h = Honorifics[i];
                    Add(_byLastChar, h[h.Length - 1], i);
                    if (char.IsLetter(h[0]))
                    {
                        Add(_byFirstChar, h[0], i);
                    }
                }
            }

            // Indexes into Honorifics, ascending, by the last character (a title after the name) and by the first
            // character of those that start with a letter (a title before a Latin name: Dr Jane Roe).
            private readonly Dictionary<char, List<int>> _byLastChar = new Dictionary<char, List<int>>();
            private readonly Dictionary<char, List<int>> _byFirstChar = new Dictionary<char, List<int>>();

            private static void Add(Dictionary<char, List<int>> index, char key, int i)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = new List<int>();
                }

                list.Add(i);
            }

            /// <summary>
            /// The first honorific at or after <paramref name="from"/> in list order that comes off <paramref name="name"/>:
            /// as a title after it, or (<paramref name="before"/>) as a title and a space before it; -1 when none does.
            /// </summary>
            public int NextHonorific(string name, int from, out bool before)
            {
                before = false;
                if (name.Length == 0)
                {
                    return -1;
                }

                var best = -1;
                if (_byLastChar.TryGetValue(name[name.Length - 1], out var after))
                {
                    foreach (var i in after)
                    {
                        var h = Honorifics[i];
                        if (i >= from && name.Length > h.Length && name.EndsWith(h, StringComparison.Ordinal))
                        {
                            best = i;
                            break;
                        }
                    }
                }

                if (_byFirstChar.TryGetValue(name[0], out var ahead))
                {
                    // At the same index the title after the name is tried first, as the walk of the whole list does.
                    foreach (var i in ahead)
                    {
                        if (best >= 0 && i >= best)
                        {
                            break;
                        }

                        var h = Honorifics[i];
                        if (i >= from && name.Length > h.Length + 1 && name[h.Length] == ' ' && string.CompareOrdinal(name, 0, h, 0, h.Length) == 0)
                        {
                            before = true;
                            return i;
                        }
                    }
                }

                return best;
            }

            public HashSet<string> OrganisationWords { get; }

            public string[] JapaneseHonorifics { get; }

            /// <summary>What a phrase must end with to carry a Japanese honorific: most candidate phrases are ruled out by it alone.</summary>
            public HashSet<char> JapaneseHonorificLastChars { get; }

            public IReadOnlyList<string> Honorifics { get; }

            public HashSet<string> PersonPronouns { get; }

            public HashSet<string> EnglishPersonPronouns { get; }

            public HashSet<string> GroupPronouns { get; }

            public HashSet<string> EnglishGroupPronouns { get; }

            public HashSet<string> FirstPersonSingular { get; }

            public HashSet<string> PublishedPieces { get; }
        }

        /// <summary>
        /// The speaker phrase cut to its head: a description joined by である or であり is dropped
        /// (OpenAIの共同創設者であるIlya Sutskever氏 → Ilya Sutskever氏), and so are leading commas and spaces.
        /// </summary>
        private static readonly string[] DescriptionJoints = { "である", "であり", "にして" };
        private static readonly char[] KatakanaNameSeparators = { '・', '=', '＝' };

        // The trim sets as fields: a params list written at the call would be a new array for every candidate phrase.
        private static readonly char[] HeadPadding = { ' ', '\u3000', '、', ',', '，', '\t' };
        private static readonly char[] HonorificPadding = { ' ', '\u3000', ',' };

        public string Head(string phrase)
        {
            var head = phrase;
            foreach (var joint in DescriptionJoints)
            {
                var at = head.LastIndexOf(joint, StringComparison.Ordinal);
                if (at >= 0 && at + joint.Length < head.Length)
                {
                    head = head.Substring(at + joint.Length);
                }
            }

            // 【ワシントン共同】米商務省は…: a wire dateline in lenticular brackets opens the sentence, not the name.
            if (head.StartsWith("【", StringComparison.Ordinal) && head.IndexOf('】') > 0 && head.IndexOf('】') < head.Length - 1)
            {
                head = head.Substring(head.IndexOf('】') + 1);
            }

            return head.Trim(HeadPadding);
        }

        /// <summary>A source without the title bracketed after it: Economist誌の最新記事「…」 → Economist誌の最新記事.</summary>
        public string WithoutTitle(string phrase)
        {
            var quotes = AiDocTools.Text.QuotationMarks.FindQuotes(phrase);
            if (quotes.Count > 0 && quotes[quotes.Count - 1].After(phrase.Length) == phrase.Length && quotes[quotes.Count - 1].Open > 0)
            {
                return phrase.Substring(0, quotes[quotes.Count - 1].Open).TrimEnd();
            }

            return phrase;
        }

        /// <summary>The name without honorifics or titles: ザッカーバーグ氏 → ザッカーバーグ, Dr. Jane Doe → Jane Doe.</summary>
        public string WithoutHonorifics(string asWritten)
        {
            var name = WithoutTitle(asWritten.Trim());

            // 長谷部教授（知的財産法）, マーク氏(メタCEO): a field or affiliation in brackets after the title is no part of the name.
            if (name.Length > 2 && (name[name.Length - 1] == '）' || name[name.Length - 1] == ')'))
            {
                var open = Math.Max(name.LastIndexOf('（'), name.LastIndexOf('('));
                if (open > 0)
                {
                    name = name.Substring(0, open).TrimEnd();
                }
            }
            // The honorifics in list order, pass after pass until none comes off, as a plain walk of the whole list would:
            // but only those whose last (or, for a title before a Latin name, first) character the name has are checked.
            var words = _words;
            var changed = false;
            for (var from = 0; ;)
            {
                var next = words.NextHonorific(name, from, out var before);
                if (next < 0)
                {
                    if (!changed)
                    {
                        break;
                    }

                    changed = false;
                    from = 0;
                    continue;
                }

                var honorific = words.Honorifics[next];
                name = before
                    ? name.Substring(honorific.Length + 1).TrimStart()
                    : name.Substring(0, name.Length - honorific.Length).TrimEnd(HonorificPadding);
                changed = true;
                from = next + 1;
            }

            // Every speaker of every sentence comes through here: the regex only once the first character allows it,
            // and only when a kana or kanji follows somewhere (its Japanese class holds no other character).
            // Its second word opens with a capital after white space: a phrase with none (OpenAIのCEO) is not tried.
            if (name.Length == 0 || name[0] < 'A' || name[0] > 'Z' || !Script.HasJapanese(name) || !HasSpaceThen(name, 'A', 'Z'))
            {
                return name;
            }

            var latin = SafeRegex.Match(LatinNameThenJapanese, name);
            return latin.Success ? latin.Groups["name"].Value : name;
        }

        public bool IsPersonPronoun(string s)
        {
            var word = s.Trim();
            return _words.PersonPronouns.Contains(word) || _words.EnglishPersonPronouns.Contains(word);
        }

        public bool IsGroupPronoun(string s)
        {
            var word = s.Trim();
            return _words.GroupPronouns.Contains(word) || _words.EnglishGroupPronouns.Contains(word);
        }

        public bool IsFirstPersonSingular(string s) => _words.FirstPersonSingular.Contains(s.Trim());

        /// <summary>True for a piece of a publication standing alone as the source (記事, 同紙の社説 is not: it names its paper).</summary>
        public bool IsPublishedPiece(string s) => _words.PublishedPieces.Contains(s.Trim());

        public bool IsPronoun(string s) => IsPersonPronoun(s) || IsGroupPronoun(s);

        /// <summary>
        /// False for a character no phrase <see cref="LooksLikeName"/> accepts can start with (a name starts with a Latin
        /// capital or katakana, or else ends with an honorific): a stretch of text holding none of them names nobody
        /// unless it ends with a character <see cref="CanEndName"/> allows.
        /// </summary>
        public bool CanStartName(char c) => (c >= 'A' && c <= 'Z') || (c >= '\u30A0' && c <= '\u30FF');

        /// <summary>True for a character a Japanese honorific ends with (氏, 長, ん): what a name not started by <see cref="CanStartName"/> must end with.</summary>
        public bool CanEndName(char c) => _words.JapaneseHonorificLastChars.Contains(c);

        /// <summary>True for a phrase shaped like a proper name: Latin capitals, a katakana name with ・, or a person's honorific.</summary>
        public bool LooksLikeName(string phrase)
        {
            // The shape first, the word lists after: every は and が of a sentence offers a phrase, few of them names.
            var name = phrase.Trim();
            if (name.Length < 2 || name.Length > 40)
            {
                return false;
            }

            return (HasJapaneseHonorific(name) || IsLatinName(name) || IsKatakanaName(name)) && !IsPronoun(name) && !IsFirstPersonSingular(name);
        }

        /// <summary>
        /// True for a phrase that names a person: it carries an honorific (氏, さん, 教授), is a katakana full name, or
        /// is two to four capitalised Latin words (Jane Q. Roe) that do not end like an organisation (Example Labs).
        /// </summary>
        public bool LooksLikePerson(string phrase)
        {
            var name = phrase.Trim();
            // WithoutHonorifics only cuts the phrase, so a phrase without a Latin capital cannot leave a Latin name:
            // most speakers are Japanese, and they skip the honorific walk and the title search it makes.
            return (HasJapaneseHonorific(name) || IsKatakanaName(name) || (HasCharBetween(name, 'A', 'Z') && IsLatinPersonName(WithoutHonorifics(name)))) && !IsPronoun(name);
        }

        // A white-space character (what \s matches) followed straight by a character in [first, last]: what a pattern
        // holding \s[a-z] or \s+[A-Z] needs somewhere in the text to match.
        private static bool HasSpaceThen(string s, char first, char last)
        {
            for (var i = 0; i + 1 < s.Length; i++)
            {
                if (s[i + 1] >= first && s[i + 1] <= last && char.IsWhiteSpace(s[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasCharBetween(string s, char first, char last)
        {
            foreach (var c in s)
            {
                if (c >= first && c <= last)
                {
                    return true;
                }
            }

            return false;
        }

        // Two to four words (as a split on ' ' counts them), the last no organisation word. Every speaker phrase with a
        // capital asks: the words are counted in place and only the last is cut out, where a split cut every one.
        private bool IsLatinPersonName(string name)
        {
            var spaces = 0;
            foreach (var c in name)
            {
                if (c == ' ')
                {
                    spaces++;
                }
            }

            return spaces >= 1 && spaces <= 3 && IsLatinName(name) && !_words.OrganisationWords.Contains(name.Substring(name.LastIndexOf(' ') + 1));
        }

        // Contoso's co-founder and chief executive Jane Q. Roe: the name is the capitalised run the description ends with.
        private static readonly Regex DescribedLatinName = new Regex(
            @"^(?=.*\s[a-z]).*?\s(?<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*\.?){1,3})$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        /// <summary>The person's name at the end of an English description (the firm's chief executive Jane Roe → Jane Roe), or null.</summary>
        public string? NameAfterDescription(string phrase)
        {
            // The pattern needs a lower-case Latin word before the name: a phrase with no a-z (most Japanese speakers) cannot match.
            // ...after white space, and a capital after white space to open the name: most phrases with Latin letters in
            // them (OpenAIのCEO) have neither, and the lazy pattern tried at their every position.
            if (!HasCharBetween(phrase, 'a', 'z') || !HasSpaceThen(phrase, 'a', 'z') || !HasSpaceThen(phrase, 'A', 'Z'))
            {
                return null;
            }

            var match = SafeRegex.Match(DescribedLatinName, phrase.Trim().TrimEnd(','));
            return match.Success && IsLatinPersonName(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
        }

        private bool HasJapaneseHonorific(string name)
        {
            var words = _words;
            if (name.Length == 0 || !words.JapaneseHonorificLastChars.Contains(name[name.Length - 1]))
            {
                return false;
            }

            foreach (var honorific in words.JapaneseHonorifics)
            {
                if (name.Length > honorific.Length && name.EndsWith(honorific, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Capitalised Latin words: what <c>^[A-Z][\w.'’&amp;\-]*(?:\s+[A-Z0-9][\w.'’&amp;\-]*)*$</c> matches (OpenAI,
        /// Jane Q. Roe, AT&amp;T Labs 2), read as one pass over the characters. Every は and が of every sentence offers a
        /// phrase to <see cref="LooksLikeName"/>, and the regex call cost more than the scan: the pattern's words and
        /// spaces never share a character, so there is only one way to read a phrase, and the scan is that reading.
        /// <c>$</c> also matches before a final line feed, which the scan sets aside first. Which characters are
        /// <c>\w</c> and <c>\s</c> the regex engine itself says (<see cref="LatinNameChars"/>), so the answer is the
        /// pattern's on every runtime; SpeakerNamesTests compares the two.
        /// </summary>
        internal static bool IsLatinName(string name)
        {
            var end = name.Length > 0 && name[name.Length - 1] == '\n' ? name.Length - 1 : name.Length;
            if (end == 0 || name[0] < 'A' || name[0] > 'Z')
            {
                return false;
            }

            for (var i = 1; i < end;)
            {
                var kind = LatinNameChars.Of(name[i]);
                if (kind == LatinNameChars.Word)
                {
                    i++;
                    continue;
                }

                if (kind != LatinNameChars.Space)
                {
                    return false;
                }

                while (i < end && LatinNameChars.Of(name[i]) == LatinNameChars.Space)
                {
                    i++;
                }

                // After the spaces, the next word starts with a capital or a digit.
                if (i == end || !((name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9')))
                {
                    return false;
                }

                i++;
            }

            return true;
        }

        /// <summary>
        /// Whether a character may stand inside a word of a Latin name (<c>[\w.'’&amp;\-]</c>), between its words (<c>\s</c>),
        /// or neither: asked of the regex engine once per character and kept, since \w and \s follow the Unicode tables
        /// of the runtime the module runs on, not a list of ours.
        /// </summary>
        internal static class LatinNameChars
        {
            public const byte Word = 1;
            public const byte Space = 2;
            public const byte Other = 3;

            private static readonly Regex WordChar = new Regex(@"\A[\w.'’&\-]\z", RegexOptions.CultureInvariant, Timeout);
            private static readonly Regex SpaceChar = new Regex(@"\A\s\z", RegexOptions.CultureInvariant, Timeout);

            // 0 until a character is first asked about; two threads that ask at once both write the same answer.
            private static readonly byte[] Kinds = new byte[char.MaxValue + 1];

            public static byte Of(char c)
            {
                var kind = Kinds[c];
                if (kind == 0)
                {
                    var text = c.ToString();
                    Kinds[c] = kind = WordChar.IsMatch(text) ? Word : SpaceChar.IsMatch(text) ? Space : Other;
                }

                return kind;
            }
        }

        private bool IsKatakanaName(string name) =>
            name.Length > 0 && name[0] >= '\u30A0' && name[0] <= '\u30FF' && name.IndexOfAny(KatakanaNameSeparators) >= 0 && SafeRegex.IsMatch(KatakanaName, name);
    }
}
