using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Entities
{
    /// <summary>
    /// Finds names the dictionary does not hold, by their shape: a katakana or kanji name with an honorific or a title
    /// (ラジャニ氏, 拓海さん, 田中専務), a capitalised Latin sequence (Nazneen Rajani), a name with 社/誌 (PlayBoy誌),
    /// a cited author (Luら), a byline credit (翻訳協力 : 吉田行男), a title after 記事 or 報告書 in 「」, an organisation that
    /// defines its acronym (…委員会(PITAC)), a committee named by its subject (…ソフトウェアに関するパネル), a paper's
    /// "Title: Subtitle" with its bracketed Japanese rendering, a unit of a known organisation (IBMインターネット部門), a known
    /// model with a new version (Grok 5) and CamelCase product names (LinuxWorld). Mentions found this way have Known = false.
    /// </summary>
    internal sealed class EntityDiscovery
    {
        private const string Katakana = @"\u30A1-\u30FAー";
        private const string Kanji = @"\u4E00-\u9FFF々〆";
        private static readonly TimeSpan Timeout = SafeRegex.MatchTimeout;
        private static readonly Lazy<DiscoveryWords> LoadedWords = new Lazy<DiscoveryWords>(() => EmbeddedData.Load<DiscoveryWords>("entity-discovery.json"));

        /// <summary>A dialogue's speaker label that names a role (記者, 司会, Q) rather than a person or persona.</summary>
        internal static bool IsRoleLabel(string label) => LoadedWords.Value.DialogueRoles.Contains(label.Trim());

        private readonly EntityRecognizer _recognizer;
        private readonly Regex _katakanaHonorific;
        private readonly Regex _katakanaHonorificAt;
        private readonly Regex _kanjiHonorificAt;
        private readonly CueSet _personSuffixes;
        private readonly CueSet _kanjiSuffixes;
        private readonly bool _personSuffixMayStartInName;
        private readonly Regex _latinSequenceAt;
        private readonly Regex _latinSuffixAt;
        private readonly Regex _katakanaSuffixAt;
        private readonly Regex _citedAuthors;
        private readonly Regex _credit;
        private readonly Regex _bracketTitle;
        private readonly Regex _bookTitle;
        private readonly Regex _organizationAcronym;
        private readonly Regex _organizationUnit;
        private readonly Regex _versionedName;
        private readonly Regex _camelCase;
        private readonly Regex _acronymDefinition;
        private readonly Regex _organizationAcronymAt;
        private readonly bool _endingsAreKanjiOrKatakana;

        public EntityDiscovery(EntityRecognizer recognizer)
        {
            _recognizer = recognizer;
            var w = Words;
            var personSuffix = Alternation(w.PersonSuffixes);
            var katakanaHonorific = $@"(?<![{Katakana}])(?<name>[{Katakana}]{{2,}})(?<suffix>{personSuffix})";
            _katakanaHonorific = Create(katakanaHonorific);
            _katakanaHonorificAt = Create(@"\G(?:" + katakanaHonorific + ")");
            _personSuffixes = new CueSet(w.PersonSuffixes);
            _personSuffixMayStartInName = w.PersonSuffixes.Any(x => x.Length > 0 && Script.IsKatakana(x[0]));
            var kanjiSuffixes = w.KanjiRoles.Concat(w.Honorifics).ToList();
            _kanjiHonorificAt = Create($@"\G(?:(?<![{Kanji}])(?<name>[{Kanji}]{{2,4}}?)(?<suffix>{Alternation(kanjiSuffixes)})(?![{Kanji}]))");
            _kanjiSuffixes = new CueSet(kanjiSuffixes);
            var word = @"(?:[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]\.)";
            _latinSequenceAt = Create($@"\G(?:(?<![A-Za-z0-9\-.])(?<name>{word}(?:,?[ ](?:(?:of|the|and|for|de|von|van|der|du|la|to|on|in|a|an|its|over)[ ])*{word})+)(?<tail>[?!])?(?![A-Za-z0-9]))");
            _latinSuffixAt = Create(@"\G(?:(?<![A-Za-z0-9])(?<name>[A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9](?:[ ][A-Z][A-Za-z0-9&.\-]*)*)(?<suffix>社|誌|紙)(?![長会内員外製面]))");
            _katakanaSuffixAt = Create($@"\G(?:(?<![{Katakana}])(?<name>[{Katakana}]{{2,}})(?<suffix>誌|紙)(?![面]))");
            _citedAuthors = Create(@"(?<![A-Za-z])(?<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)ら(?=の|は|が|に|と|、|による|も)");
            _credit = Create($@"(?m)(?:^|(?<=[\s(|/]))(?:{Alternation(w.CreditCues)})[ ]?[:/|][ ]?(?<name>[{Kanji}]{{1,4}}[ ]?[{Kanji}]{{1,4}}|[{Katakana}・]{{2,}}|[A-Z][A-Za-z.\-]+(?:[ ][A-Z][A-Za-z.\-]+)+)[ ]*(?=$|[\s)|/,、])");
            _bracketTitle = Create($@"(?:{Alternation(w.TitleCues)})(?:の|では|で|、)?「(?<title>[^「」\n]{{4,160}})」|「(?<title>[^「」\n]{{4,160}})」(?=と題|という(?:記事|論文|報告書|タイトル|題))");
            _bookTitle = Create(@"『(?<title>[^『』\n]{2,160})』");
            var organizationAcronym = $@"(?<![{Kanji}{Katakana}])(?<name>[{Kanji}{Katakana}]{{2,24}}?(?:{Alternation(w.OrganizationEndings)}))[ ]?\([ ]?(?<acronym>[A-Z][A-Z0-9&]{{1,7}})[ ]?\)";
            _organizationAcronym = Create(organizationAcronym);
            _organizationAcronymAt = Create(@"\G(?:" + organizationAcronym + ")");
            _endingsAreKanjiOrKatakana = w.OrganizationEndings.All(e => e.All(IsKanjiOrKatakana));
            _organizationUnit = Create($@"\G(?:[ ]?(?:[A-Za-z][A-Za-z0-9]*|[{Katakana}]+|[{Kanji}]{{1,6}}))?[ ]?(?:{Alternation(w.OrganizationUnits)})(?![A-Za-z])");
            _versionedName = Create(@"\G[ \-]?(?<version>\d+(?:\.\d+)*(?:[a-z]|[BM])?)(?![A-Za-z0-9]|\.\d|[ ]?[年月日時分秒人社件台つ個万億兆%倍回位番歳])");
            _camelCase = Create(@"(?<![A-Za-z0-9\-.@/])(?<name>(?:[A-Z][a-z]+|[a-z]{1,3})(?:[A-Z][a-z0-9]+)+)(?![A-Za-z0-9])");
            _acronymDefinition = Create(@"\G[ ]?\([ ]?(?<acronym>[A-Z][A-Z0-9&]{1,7})[ ]?\)");
        }

        public static DiscoveryWords Words => LoadedWords.Value;

        /// <summary>Every suffix a mention may carry, longest first, for looking up a surface form.</summary>
        public static IReadOnlyList<string> AllSuffixes { get; } = new Lazy<string[]>(() =>
            Words.PersonSuffixes.Concat(new[] { "社", "誌", "紙" }).Distinct().OrderByDescending(s => s.Length).ToArray()).Value;

        public IEnumerable<Candidate> Find(NameText text, IReadOnlyList<Candidate> known)
        {
            var found = new List<Candidate>();
            var cased = text.Cased;
            var fromPacks = new List<Candidate>();
            RuleDiscovery.Shipped.Find(text, fromPacks);
            RunKatakanaHonorific(text, found);
            RunKanjiHonorific(text, found);
            RunLatinSequence(text, found);
            // The rules below need a character most bodies lack (社, 誌 or 紙, ら after a Latin letter); one search over the
            // text is cheaper than the regex engine trying every katakana run or capital.
            RunBeforeMarks(_latinSuffixAt, cased, CompanyAndPublicationMarks, IsLatinNameChar, IsLatinNameStart, m => NameWithSuffix(text, m), found);
            RunBeforeMarks(_katakanaSuffixAt, cased, PublicationSuffixMarks, Script.IsKatakana, IsKatakanaRunStart, m => NameWithSuffix(text, m), found);

            if (HasLatinBeforeRa(cased))
            {
                Run(_citedAuthors, cased, m => new Candidate(m.Index, m.Index + m.Length, m.Groups["name"].Value + " et al.", EntityType.Person, known: false, strong: true), found);
            }

            Run(_credit, cased, m => Named(text, m.Groups["name"], EntityType.Person, strong: true), found);
            if (cased.IndexOf(':') >= 0)
            {
                ColonTitles(text, found);
            }

            Run(_bracketTitle, cased, m => Named(text, m.Groups["title"], EntityType.Publication, strong: true), found);
            Run(_bookTitle, cased, m => Named(text, m.Groups["title"], EntityType.Publication, strong: true), found);
            // The rule tries every kanji and katakana run against every organisation ending; it can only match before a
            // bracketed capital, which most texts lack. When the endings are kanji and katakana, the name is the whole run
            // before the bracket, so the rule is tried only at the start of that run.
            if (_endingsAreKanjiOrKatakana)
            {
                RunBeforeBracketedCapitals(cased, m => Named(text, m.Groups["name"], EntityType.Organization, strong: true), found);
            }
            else if (HasBracketedCapital(cased))
            {
                Run(_organizationAcronym, cased, m => Named(text, m.Groups["name"], EntityType.Organization, strong: true), found);
            }

            DescriptiveOrganizations(text, known, found);
            Run(_camelCase, cased, m => _recognizer.IsKnownAlias(m.Value.ToLowerInvariant()) ? null : Named(text, m.Groups["name"], EntityType.Product), found);
            foreach (var organization in known.Where(k => k.Type == EntityType.Organization && k.End == k.NameEnd))
            {
                RunAt(_organizationUnit, cased, organization.End, m => Named(text, organization.Start, m.Index + m.Length, EntityType.Organization, strong: true), found);
            }

            foreach (var family in known.Where(k => (k.Type == EntityType.Model || k.Type == EntityType.Product) && k.End == k.NameEnd))
            {
                RunAt(_versionedName, cased, family.End, m => VersionedName(text, family, m), found);
            }

            // A pack rule names one shape exactly (Jane Q. Roe, 村瀬 健一郎, 株式会社…); a looser guess over the same text
            // (a capitalised run that reads on into the apposition, a given name before 社長) gives way to it, unless the
            // guess is a whole title in brackets.
            fromPacks.RemoveAll(p => found.Any(c => c.Strong && c.Start <= p.Start && p.End <= c.End));
            found.RemoveAll(c => !c.Strong && Overlaps(fromPacks, c.Start, c.End));
            found.InsertRange(0, fromPacks);
            return found;
        }

        /// <summary>
        /// Acronyms a text defines in brackets after a name — Linux Foundation(LF), …委員会(PITAC) — as mentions of that
        /// name, there and wherever the text uses them again.
        /// </summary>
        public IEnumerable<Candidate> AcronymMentions(NameText text, IReadOnlyList<Candidate> chosen, IReadOnlyList<(int Start, int End)> addresses)
        {
            var defined = new Dictionary<string, Candidate>(StringComparer.Ordinal);
            foreach (var mention in chosen)
            {
                if (mention.End >= text.Cased.Length || (text.Cased[mention.End] != ' ' && text.Cased[mention.End] != '('))
                {
                    continue;
                }

                RunAt(_acronymDefinition, text.Cased, mention.End, m =>
                {
                    var acronym = m.Groups["acronym"].Value;
                    var existing = _recognizer.ByKey(acronym.ToLowerInvariant());
                    if ((existing == null || existing.Name == mention.Name) && !defined.ContainsKey(acronym))
                    {
                        defined[acronym] = mention;
                    }

                    return null;
                }, new List<Candidate>());
            }

            var added = new List<Candidate>();
            var cased = text.Cased;
            foreach (var pair in defined)
            {
                // The acronym as a whole Latin word, wherever it stands; a plain search, as the acronym is new for each text.
                var acronym = pair.Key;
                for (var start = cased.IndexOf(acronym, StringComparison.Ordinal); start >= 0; start = cased.IndexOf(acronym, start, StringComparison.Ordinal))
                {
                    var end = start + acronym.Length;
                    if ((start > 0 && IsAsciiLetterOrDigit(cased[start - 1])) || (end < cased.Length && IsAsciiLetterOrDigit(cased[end])))
                    {
                        start++;
                        continue;
                    }

                    if (!Overlaps(chosen, start, end) && !Overlaps(added, start, end) && !OverlapsRange(addresses, start, end))
                    {
                        added.Add(new Candidate(start, end, pair.Value.Name, pair.Value.Type, pair.Value.Known));
                    }

                    start = end;
                }
            }

            return added;
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

        /// <summary>
        /// A sequence of capitalised words starts at a capital that follows no Latin letter, digit, hyphen or dot, and its
        /// first word (letters, dots, hyphens) is followed by a space or ", ": most capitals of a Japanese body (OpenAIは)
        /// are not, and the rule is tried, anchored, only where they are.
        /// </summary>
        private void RunLatinSequence(NameText text, List<Candidate> into)
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
                    while (end < cased.Length && (IsAsciiLetter(cased[end]) || IsAccentedLower(cased[end]) || cased[end] == '.' || cased[end] == '-'))
                    {
                        end++;
                    }

                    if (end < cased.Length && (cased[end] == ' ' || (cased[end] == ',' && end + 1 < cased.Length && cased[end + 1] == ' ')))
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

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        // The accented small letters of Latin-1 that European names carry (Sørby, Lucía, Fernández), as the sequence rule's
        // word pattern allows them; × and ÷ are not letters.
        private static bool IsAccentedLower(char c) => (c >= 'à' && c <= 'ö') || (c >= 'ø' && c <= 'ÿ');

        // A name with an honorific starts where a run of katakana (kanji) starts — the rules' lookbehind says so — and
        // has a suffix written right after the run (2 to 4 characters into it). The regex engine tried every katakana and
        // kanji of every body to find those few places; the rule is now tried only where a suffix is written, which finds
        // the same matches in the same order, since a match can start nowhere else.
        private void RunKatakanaHonorific(NameText text, List<Candidate> into)
        {
            var cased = text.Cased;
            if (_personSuffixMayStartInName)
            {
                // A suffix starting with katakana could end a shorter name inside the run: only the full search is exact.
                Run(_katakanaHonorific, cased, m => KatakanaHonorific(text, m), into);
                return;
            }

            var matchedTo = 0;
            try
            {
                for (var start = NextRun(cased, 0, katakana: true); start < cased.Length; start = NextRun(cased, start, katakana: true))
                {
                    var end = RunEnd(cased, start, katakana: true);
                    if (start >= matchedTo && end - start >= 2 && _personSuffixes.FirstAt(cased, end) != null)
                    {
                        matchedTo = MatchAt(_katakanaHonorificAt, cased, start, m => KatakanaHonorific(text, m), into, matchedTo);
                    }

                    start = end;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        private void RunKanjiHonorific(NameText text, List<Candidate> into)
        {
            var cased = text.Cased;
            var matchedTo = 0;
            try
            {
                for (var start = NextRun(cased, 0, katakana: false); start < cased.Length; start = NextRun(cased, start, katakana: false))
                {
                    var end = RunEnd(cased, start, katakana: false);
                    if (start >= matchedTo && HasSuffixAfterName(cased, start, end))
                    {
                        matchedTo = MatchAt(_kanjiHonorificAt, cased, start, m => KanjiHonorific(text, m), into, matchedTo);
                    }

                    start = end;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        // The name is two to four kanji of the run, the suffix straight after it.
        private bool HasSuffixAfterName(string text, int start, int end)
        {
            for (var nameLength = 2; nameLength <= 4 && start + nameLength <= end; nameLength++)
            {
                if (_kanjiSuffixes.FirstAt(text, start + nameLength) != null)
                {
                    return true;
                }
            }

            return false;
        }

        // The runs are scanned character by character, so the tests stay plain comparisons the compiler inlines.
        private static int NextRun(string text, int from, bool katakana)
        {
            while (from < text.Length && !(katakana ? Script.IsKatakana(text[from]) : Script.IsKanji(text[from])))
            {
                from++;
            }

            return from;
        }

        private static int RunEnd(string text, int start, bool katakana)
        {
            var end = start;
            while (end < text.Length && (katakana ? Script.IsKatakana(text[end]) : Script.IsKanji(text[end])))
            {
                end++;
            }

            return end;
        }

        /// <summary>Tries an anchored (\G) rule at <paramref name="start"/>; returns where the text the rule has read ends.</summary>
        private static int MatchAt(Regex anchored, string text, int start, Func<Match, Candidate?> make, List<Candidate> into, int matchedTo)
        {
            var m = anchored.Match(text, start);
            if (!m.Success || m.Length == 0)
            {
                return matchedTo;
            }

            var candidate = make(m);
            if (candidate != null)
            {
                into.Add(candidate);
            }

            return m.Index + m.Length;
        }

        // Committees and panels are often named by what they are about, and translations write that name out in Japanese:
        // ハイエンド コンピューティングのためのオープンソース ソフトウェアに関するパネル, AI倫理に関する専門委員会. Such a name is
        // an organisational head noun (パネル, 委員会, 作業部会) after modifiers joined by に関する/のための (at least one such
        // link) or の. It begins where the modifiers stop: after a particle or a verb (…の専門家を集めた), never inside
        // a word. An owner in front (PITACの, 同社の) is its own entity and is left out; a bare head (委員会, この委員会) or
        // a short modifier (AIに関する委員会) names nothing in particular.
        private void DescriptiveOrganizations(NameText text, IReadOnlyList<Candidate> known, List<Candidate> found)
        {
            var w = Words;
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
                            found.Add(candidate);
                        }
                    }
                }
            }
        }

        private static readonly Lazy<string[]> DescriptiveHeads = new Lazy<string[]>(() =>
            Words.DescriptiveOrganizationHeads.Select(h => NameText.Of(h).Cased).Distinct().OrderByDescending(h => h.Length).ToArray());

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
            var w = Words;
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
            var w = Words;
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
            var known = _recognizer.Lookup(headText);
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

        private static bool HasLatinBeforeRa(string text)
        {
            for (var i = text.IndexOf('ら'); i >= 0; i = text.IndexOf('ら', i + 1))
            {
                if (i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z')
                {
                    return true;
                }
            }

            return false;
        }

        private void RunBeforeBracketedCapitals(string text, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                for (var i = text.IndexOf('('); i >= 0; i = text.IndexOf('(', i + 1))
                {
                    var next = i + 1 < text.Length && text[i + 1] == ' ' ? i + 2 : i + 1;
                    if (next >= text.Length || text[next] < 'A' || text[next] > 'Z')
                    {
                        continue;
                    }

                    var start = i > 0 && text[i - 1] == ' ' ? i - 1 : i;
                    while (start > 0 && IsKanjiOrKatakana(text[start - 1]))
                    {
                        start--;
                    }

                    var m = _organizationAcronymAt.Match(text, start);
                    if (m.Success && m.Length > 0)
                    {
                        var candidate = make(m);
                        if (candidate != null)
                        {
                            into.Add(candidate);
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // As in Run: the rule gives up, the others go on.
            }
        }

        private static bool IsKanjiOrKatakana(char c) => Script.IsKanji(c) || Script.IsKatakana(c);

        private static bool HasBracketedCapital(string text)
        {
            for (var i = text.IndexOf('('); i >= 0; i = text.IndexOf('(', i + 1))
            {
                var next = i + 1 < text.Length && text[i + 1] == ' ' ? i + 2 : i + 1;
                if (next < text.Length && text[next] >= 'A' && text[next] <= 'Z')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static bool Overlaps(IReadOnlyList<Candidate> candidates, int start, int end)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (start < candidates[i].End && candidates[i].Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OverlapsRange(IReadOnlyList<(int Start, int End)> ranges, int start, int end)
        {
            for (var i = 0; i < ranges.Count; i++)
            {
                if (start < ranges[i].End && ranges[i].Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        private Candidate? KatakanaHonorific(NameText text, Match m)
        {
            var name = m.Groups["name"].Value;
            var suffix = m.Groups["suffix"].Value;
            if (suffix == "さん" && Words.KatakanaNotNames.Any(n => name.EndsWith(n, StringComparison.Ordinal)))
            {
                return null;
            }

            return Person(text, m, m.Groups["name"], suffix);
        }

        private Candidate? KanjiHonorific(NameText text, Match m)
        {
            var name = m.Groups["name"].Value;
            var w = Words;
            if (w.KanjiNotNameStarts.Any(s => name.StartsWith(s, StringComparison.Ordinal))
                || w.KanjiNotNameEnds.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
            {
                return null;
            }

            return Person(text, m, m.Groups["name"], m.Groups["suffix"].Value);
        }

        // Courtesy suffixes leave the name (ラジャニ氏 → ラジャニ); roles stay part of it (田中専務), as a bare surname names no one.
        private static Candidate Person(NameText text, Match m, Group name, string suffix)
        {
            var keepsSuffix = !Words.Honorifics.Contains(suffix) && !IsKatakanaOrLatin(name.Value);
            var nameEnd = keepsSuffix ? m.Index + m.Length : name.Index + name.Length;
            var (start, length) = text.ToSource(name.Index, nameEnd);
            return new Candidate(name.Index, m.Index + m.Length, text.Source.Substring(start, length), EntityType.Person, known: false, nameEnd: name.Index + name.Length);
        }

        private static bool IsKatakanaOrLatin(string name) => name.All(c => Script.IsKatakana(c) || EntityRecognizer.IsLatinWordChar(c) || c == ' ');

        private Candidate? LatinSequence(NameText text, Match m)
        {
            var w = Words;
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
            var calendar = Words.CalendarWords;
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

            var suffix = Words.PersonSuffixes.OrderByDescending(x => x.Length)
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

        private Candidate? NameWithSuffix(NameText text, Match m)
        {
            var name = m.Groups["name"];
            if (name.Length < 2 || Words.NotNameWords.Contains(name.Value) || Words.CalendarWords.Contains(name.Value) || (name.Value.All(char.IsUpper) && name.Length <= 2))
            {
                return null;
            }

            var type = m.Groups["suffix"].Value == "社" ? EntityType.Organization : EntityType.Publication;
            var (start, length) = text.ToSource(name.Index, name.Index + name.Length);
            return new Candidate(name.Index, m.Index + m.Length, text.Source.Substring(start, length), type, known: false, nameEnd: name.Index + name.Length);
        }

        private Candidate? VersionedName(NameText text, Candidate family, Match m)
        {
            var end = m.Index + m.Length;
            if (Words.NotModelNames.Contains(family.Name))
            {
                return null;
            }

            var (start, length) = text.ToSource(family.Start, end);
            var written = text.Source.Substring(start, length);
            return _recognizer.IsKnownAlias(NameText.Key(written)) ? null : new Candidate(family.Start, end, written, EntityType.Model, known: false, strong: true);
        }

        private static Candidate? Named(NameText text, Group group, EntityType type, bool strong = false) =>
            Named(text, group.Index, group.Index + group.Length, type, strong);

        private static Candidate? Named(NameText text, int start, int end, EntityType type, bool strong = false)
        {
            while (end > start && text.Cased[end - 1] == ' ')
            {
                end--;
            }

            if (end - start < 2)
            {
                return null;
            }

            var (sourceStart, length) = text.ToSource(start, end);
            return new Candidate(start, end, text.Source.Substring(sourceStart, length).Trim(), type, known: false, strong: strong);
        }

        private static char PreviousNonSpace(string text, int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (text[i] != ' ')
                {
                    return text[i];
                }
            }

            return '\0';
        }

        private static void Run(Regex regex, string text, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    var candidate = make(m);
                    if (candidate != null)
                    {
                        into.Add(candidate);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // One rule giving up on a pathological text leaves the dictionary matches and the other rules.
            }
        }

        private static void RunAt(Regex regex, string text, int at, Func<Match, Candidate?> make, List<Candidate> into)
        {
            try
            {
                var m = regex.Match(text, at);
                if (m.Success && m.Length > 0)
                {
                    var candidate = make(m);
                    if (candidate != null)
                    {
                        into.Add(candidate);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        private static Regex Create(string pattern) => new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        private static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.OrderByDescending(x => x.Length).Select(Regex.Escape));

        /// <summary>The word lists of Data/entity-discovery.json.</summary>
        internal sealed class DiscoveryWords
        {
            public List<string> PersonSuffixes { get; set; } = new List<string>();

            public HashSet<string> Honorifics { get; set; } = new HashSet<string>();

            public List<string> KanjiRoles { get; set; } = new List<string>();

            public List<string> KatakanaNotNames { get; set; } = new List<string>();

            public HashSet<string> DialogueRoles { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            public List<string> KanjiNotNameStarts { get; set; } = new List<string>();

            public List<string> KanjiNotNameEnds { get; set; } = new List<string>();

            public List<string> CreditCues { get; set; } = new List<string>();

            public List<string> TitleCues { get; set; } = new List<string>();

            public List<string> OrganizationEndings { get; set; } = new List<string>();

            public List<string> OrganizationUnits { get; set; } = new List<string>();

            public HashSet<string> OrganizationWords { get; set; } = new HashSet<string>();

            public HashSet<string> LeadingFunctionWords { get; set; } = new HashSet<string>();

            public HashSet<string> NotNameWords { get; set; } = new HashSet<string>();

            public HashSet<string> CalendarWords { get; set; } = new HashSet<string>();

            public List<string> Places { get; set; } = new List<string>();

            public List<string> Holidays { get; set; } = new List<string>();

            public HashSet<string> LabelWords { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

            public List<string> NumberedModelContexts { get; set; } = new List<string>();

            public HashSet<string> NotModelNames { get; set; } = new HashSet<string>();

            public List<string> DescriptiveOrganizationHeads { get; set; } = new List<string>();

            public List<string> DescriptiveConnectors { get; set; } = new List<string>();

            public int DescriptiveMinimumContent { get; set; } = 6;

            public HashSet<string> TitleMinorWords { get; set; } = new HashSet<string>(StringComparer.Ordinal);

            public HashSet<string> TitleLabels { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }
    }
}
