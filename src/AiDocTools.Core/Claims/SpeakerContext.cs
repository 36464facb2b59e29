using System.Linq;
using AiDocTools.Entities;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// What an article has said so far about who is speaking: the last attribution (for quotations that continue it)
    /// and the last names mentioned (for 彼, 同氏, 彼ら, he, they). Lives for one article.
    /// </summary>
    internal sealed class SpeakerContext
    {
        /// <summary>A quotation continues a speaker named at most this many paragraphs earlier.</summary>
        private const int ContinuationParagraphs = 2;

        private readonly Article _article;
        private readonly IEntityRecognizer? _entities;
        private (string Speaker, string? AsWritten, int Paragraph)? _last;
        private string? _lastNamed;
        private string? _lastPerson;
        private string? _lastPublication;

        // The person named before the last one named (a different person), for LastPersonBesides.
        private string? _personBefore;

        // The persons named so far in full, indexed by what a later short form of the name may be (ShortForm). The one
        // index both short-name lookups read; looked up, not scanned, so a long article stays linear. One map per kind of
        // short form, keyed by the form itself: a key that also spelled its kind ("w:" + the word) was a new string for
        // every lookup, and every speaker and topic of every sentence looks.
        private readonly System.Collections.Generic.HashSet<(string Canonical, string Form)> _people = new System.Collections.Generic.HashSet<(string, string)>();
        private readonly System.Collections.Generic.Dictionary<string, System.Collections.Generic.HashSet<string>>[] _byShortForm =
            System.Linq.Enumerable.Range(0, System.Enum.GetValues(typeof(ShortForm)).Length)
                .Select(_ => new System.Collections.Generic.Dictionary<string, System.Collections.Generic.HashSet<string>>(System.StringComparer.Ordinal))
                .ToArray();

        /// <summary>What a later short form of a name may be, by the index it is filed in (<see cref="_byShortForm"/>).</summary>
        private enum ShortForm
        {
            /// <summary>A word of a Latin or separated name, lower case.</summary>
            Word,

            /// <summary>A word's sound key, for the other script (<see cref="Text.NameSound"/>).</summary>
            Sound,

            /// <summary>The start or end of a kanji name written without a space.</summary>
            KanjiPart,

            /// <summary>The start of a Japanese name read into Latin letters: its family name alone.</summary>
            FamilyName,
        }

        // An article quotes the same people again and again (ザッカーバーグ氏は…, ザッカーバーグ氏によると…): each phrase as
        // written goes through the honorifics and the recognizer once per article, not once per sentence.
        private readonly System.Collections.Generic.Dictionary<string, string> _names = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);

        // A speaker named in Latin letters from the Japanese the text wrote (Yuma Takahashi ← 高橋 悠真): the written
        // forms, so a filter or search by the kanji still finds the claims.
        private readonly System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>> _written = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<string>>(System.StringComparer.Ordinal);

        // 高橋 悠真（Yuma Takahashi）: the article's own Latin spelling after the name, a title or honorific between them allowed.
        private static readonly System.Text.RegularExpressions.Regex LatinAfterName = new System.Text.RegularExpressions.Regex(
            @"\G[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]{0,4}[（(]\s*(?<latin>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\s*[）)]",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, AiDocTools.Text.SafeRegex.MatchTimeout);

        private readonly SpeakerNames _speakerNames;

        public SpeakerContext(Article article, IEntityRecognizer? entities, SpeakerNames names)
        {
            _article = article;
            _entities = entities;
            _speakerNames = names;
        }

        /// <summary>The speaker (canonical) and the speaker as written for one attribution, and remembers them.</summary>
        public (string? Speaker, string? AsWritten) Resolve(Attribution attribution, int paragraph)
        {
            string? speaker = null;
            string? asWritten = null;
            var recent = _last.HasValue && paragraph - _last.Value.Paragraph <= ContinuationParagraphs ? _last : null;
            switch (attribution.Source)
            {
                case SpeakerSource.Written when attribution.SpeakerAsWritten != null:
                    asWritten = attribution.SpeakerAsWritten;
                    speaker = Canonical(attribution.SpeakerName ?? asWritten);
                    break;
                case SpeakerSource.Implied when recent.HasValue:
                    speaker = recent.Value.Speaker;
                    break;
                case SpeakerSource.Continued when recent.HasValue:
                    speaker = recent.Value.Speaker;
                    asWritten = recent.Value.AsWritten;
                    break;
            }

            if (speaker != null)
            {
                if (attribution.Source == SpeakerSource.Written && asWritten != null && _speakerNames.LooksLikePerson(asWritten))
                {
                    RememberPerson(speaker, _speakerNames.WithoutHonorifics(attribution.SpeakerName ?? asWritten));
                }

                _last = (speaker, asWritten ?? recent?.AsWritten, paragraph);
                if (attribution.Source == SpeakerSource.Written && asWritten != null && !_speakerNames.IsPronoun(asWritten) && !_speakerNames.IsFirstPersonSingular(asWritten))
                {
                    RememberName(attribution.SpeakerName ?? asWritten, speaker);
                }
            }

            if (attribution.Topic != null)
            {
                RememberName(attribution.Topic, Canonical(attribution.Topic));
            }

            return (speaker, asWritten);
        }

        /// <summary>The names the recognizer finds in a sentence, for pronouns later on.</summary>
        public void Mentions(System.Collections.Generic.IReadOnlyList<EntityMention> mentions)
        {
            // By index: a foreach over the interface made an enumerator per sentence.
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                if (mention.Type == EntityType.Person)
                {
                    var person = mention.Known ? mention.Name : Person(mention.Name);
                    if (person != _lastPerson)
                    {
                        _personBefore = _lastPerson;
                    }

                    _lastPerson = person;
                    _lastNamed = _lastPerson;
                    // A name found by its shape keeps the title it was found by (佐藤教授): the person is 佐藤, under the
                    // canonical (Latin) name the claims give them, so a later short form resolves to the same speaker.
                    RememberPerson(mention.Known || _lastPerson != mention.Name ? _lastPerson : _speakerNames.WithoutHonorifics(mention.Name), _speakerNames.WithoutHonorifics(mention.AsWritten));
                }
                else if (mention.Type == EntityType.Publication && mention.Known)
                {
                    // Only a paper or magazine the dictionary knows: a titled piece found by its shape is what it published.
                    _lastPublication = mention.Name;
                }
                else if (mention.Type == EntityType.Organization)
                {
                    _lastNamed = mention.Name;
                }
            }
        }

        /// <summary>The person quoted last, else the person named last (canonical), or null before any.</summary>
        public string? LastPerson => _last.HasValue && _speakerNames.LooksLikePerson(_last.Value.AsWritten ?? _last.Value.Speaker) ? _last.Value.Speaker : _lastPerson;

        /// <summary>
        /// The person quoted or named last who is not <paramref name="other"/>, else the one named before: the lead of an
        /// interview names the guest and then credits the interviewer （…に聞いた。（聞き手・X））, and the answers are the guest's.
        /// </summary>
        public string? LastPersonBesides(string? other) => other == null || LastPerson != other ? LastPerson : _personBefore;

        /// <summary>A new section: quotations below a heading do not continue a speaker above it.</summary>
        public void NewSection() => _last = null;

        /// <summary>
        /// The canonical speaker for a phrase as written: pronouns point back to the last name, 私 to the article's author,
        /// names go through the recognizer when there is one, else lose their honorifics.
        /// </summary>
        public string Canonical(string asWritten)
        {
            if (_speakerNames.IsPersonPronoun(asWritten))
            {
                return _lastPerson ?? _lastNamed ?? asWritten;
            }

            if (_speakerNames.IsGroupPronoun(asWritten))
            {
                return _lastNamed ?? asWritten;
            }

            if (_speakerNames.IsFirstPersonSingular(asWritten))
            {
                return _article.Author ?? _article.Original?.Author ?? asWritten;
            }

            // と記事は述べている, the editorial argued: the piece speaks for the publication that was named for it.
            if (_speakerNames.IsPublishedPiece(asWritten))
            {
                return _lastPublication ?? asWritten;
            }

            if (!_names.TryGetValue(asWritten, out var name))
            {
                name = NameOf(asWritten, out var provisional);
                if (!provisional)
                {
                    _names[asWritten] = name;
                }
            }

            return FullNameOf(asWritten, name) ?? name;
        }

        /// <summary>
        /// The full name an article gave first for a short form of it (Nazneen Rajani … ラジャニ氏, 山田花子 … 山田氏,
        /// Jane Roe … Roe): news writing names a person in full once and by one part after. Only a name the recognizer
        /// does not know on its own, only one earlier person it fits, else null.
        /// </summary>
        private string? FullNameOf(string asWritten, string name)
        {
            if (_people.Count == 0 || name.Length < 2 || name.IndexOfAny(NameSeparators) >= 0 || _entities?.CanonicalName(name) != null)
            {
                return null;
            }

            // A kanji surname or given name alone is an ordinary word too often (中村, 和也): only with an honorific on.
            var kanji = AllKanji(name);
            if (kanji && !_speakerNames.LooksLikePerson(asWritten))
            {
                return null;
            }

            return OnePersonNamedInFull(name, (ShortForm.Word, Lower(name)), (ShortForm.Sound, SoundKey(name)), (ShortForm.KanjiPart, kanji ? name : null));
        }

        /// <summary>
        /// The one person named in full earlier under any of the keys (short forms of <see cref="_byShortForm"/>), other
        /// than <paramref name="name"/> itself; null for none or several.
        /// </summary>
        private string? OnePersonNamedInFull(string name, (ShortForm Kind, string? Key) first, (ShortForm Kind, string? Key) second = default, (ShortForm Kind, string? Key) third = default)
        {
            // Every speaker and topic of every sentence asks this, and mostly no key or one has people filed under it:
            // that set is read where it is, and a set of their union is built only when two keys have people.
            System.Collections.Generic.HashSet<string>? found = null;
            var owned = false;
            Gather(first, ref found, ref owned);
            Gather(second, ref found, ref owned);
            Gather(third, ref found, ref owned);
            if (found == null)
            {
                return null;
            }

            string? only = null;
            var count = 0;
            foreach (var person in found)
            {
                if (person != name)
                {
                    only = person;
                    count++;
                }
            }

            if (count == 1)
            {
                return only;
            }

            // A name read in full (Koji Morishita) stands over one whose given name stayed as written (浩二副 Morishita, a
            // title cut short): the same person found twice, not two people.
            string? read = null;
            var readCount = 0;
            foreach (var person in found)
            {
                if (person != name && person.All(c => c < 0x3000))
                {
                    read = person;
                    readCount++;
                }
            }

            return readCount == 1 ? read : null;
        }

        // Adds the people filed under key to found: the index's own set while it is the only one, a copy once a second joins.
        private void Gather((ShortForm Kind, string? Key) form, ref System.Collections.Generic.HashSet<string>? found, ref bool owned)
        {
            if (form.Key == null || !_byShortForm[(int)form.Kind].TryGetValue(form.Key, out var people))
            {
                return;
            }

            if (found == null)
            {
                found = people;
                return;
            }

            if (!owned)
            {
                found = new System.Collections.Generic.HashSet<string>(found, System.StringComparer.Ordinal);
                owned = true;
            }

            found.UnionWith(people);
        }

        private static readonly char[] NameSeparators = { ' ', '\u3000', '・', '=', '＝' };

        private static bool AllKanji(string name)
        {
            foreach (var c in name)
            {
                if (!Script.IsKanji(c))
                {
                    return false;
                }
            }

            return true;
        }

        // The sound key of a name (ShortForm.Sound), or null when it has none. A name with a kanji has none: NameSound reads only
        // Latin letters and katakana and gives an empty key, which Index never files. Most speakers are written in
        // kanji, and they skip the normalisation and the rewriting NameSound does before it finds that out.
        private static string? SoundKey(string name)
        {
            foreach (var c in name)
            {
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    return null;
                }
            }

            return Text.NameSound.Key(name);
        }

        // The project's lowering, which answers kana, kanji and ASCII without the culture tables and hands back the name
        // itself when nothing in it has case: every speaker and every part of a remembered name is lowered for its key.
        private static string Lower(string name) => TextNormalizer.ToLowerInvariant(name);

        // Every person mention of every sentence comes here: the two forms are filed one after the other rather than
        // through an array made per mention.
        private void RememberPerson(string canonical, string form)
        {
            RememberForm(canonical, canonical);
            RememberForm(canonical, form.Trim());
        }

        private void RememberForm(string canonical, string written)
        {
            if (written.Length <= 2 || !_people.Add((canonical, written)))
            {
                return;
            }

            var parts = written.Split(NameSeparators, System.StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                foreach (var part in parts)
                {
                    Index(ShortForm.Word, Lower(part), canonical);
                    if (SoundKey(part) is string sound)
                    {
                        Index(ShortForm.Sound, sound, canonical);
                    }
                }
            }
            else if (AllKanji(written))
            {
                // 山田花子 is 山田 and 花子; where the family name ends is unknown, so every start and end of two or more.
                for (var length = 2; length < written.Length; length++)
                {
                    Index(ShortForm.KanjiPart, written.Substring(0, length), canonical);
                    Index(ShortForm.KanjiPart, written.Substring(written.Length - length), canonical);
                }
            }
        }

        private void Index(ShortForm kind, string key, string canonical)
        {
            // A sound key of one consonant (Lee, Ito) would match too much: keys shorter than two say nothing. A family
            // name of one kanji (林) is a start of a name the lexicon has already vouched for.
            if (key.Length <= 1 && kind != ShortForm.FamilyName)
            {
                return;
            }

            var index = _byShortForm[(int)kind];
            if (!index.TryGetValue(key, out var people))
            {
                index[key] = people = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            }

            people.Add(canonical);
        }

        /// <summary>The other names the speaker goes by in this article: the Japanese it was written in when <paramref name="speaker"/> is its Latin form.</summary>
        public System.Collections.Generic.IReadOnlyList<string> WrittenFormsOf(string? speaker) =>
            speaker != null && _written.TryGetValue(speaker, out var forms) ? forms : (System.Collections.Generic.IReadOnlyList<string>)System.Array.Empty<string>();

        // A person the recognizer found but the dictionary does not know, by the same canonical name as a speaker.
        private string Person(string name)
        {
            if (!_names.TryGetValue(name, out var canonical))
            {
                // The recognizer's name may keep a title written onto it (三宅教授): the reading is of the name alone.
                canonical = Latin(_speakerNames.WithoutHonorifics(name), familyAlone: true, out var provisional) ?? name;
                if (!provisional)
                {
                    _names[name] = canonical;
                }
            }

            return canonical;
        }

        /// <summary>
        /// A Japanese person's name in Latin script, given name first: the spelling the article itself gives after the
        /// name (高橋 悠真（Yuma Takahashi）), else the IPADIC readings of the family and given names, romanised by the
        /// passport-style Hepburn table (<see cref="PersonNameLexicon.LatinName"/>); null for anything else.
        /// </summary>
        /// <param name="name">The name without honorifics, as written.</param>
        /// <param name="familyAlone">Whether a family name alone may be read as the person (an honorific or title says so).</param>
        /// <param name="provisional">Set when only the family name was read: the person may yet be named in full further on.</param>
        private string? Latin(string name, bool familyAlone, out bool provisional)
        {
            provisional = false;
            var first = name.Length > 0 ? name[0] : ' ';
            if (!Script.IsKanji(first))
            {
                return null;
            }

            var latin = WrittenInLatin(name) ?? WrittenInLatin(name.Replace(" ", string.Empty).Replace("\u3000", string.Empty))
                ?? (PersonNameLexicon.Shipped.IsFamilyName(name) ? OnePersonNamedInFull(name, (ShortForm.FamilyName, name)) : null);
            if (latin == null)
            {
                latin = PersonNameLexicon.Shipped.LatinName(name, familyAlone);
                provisional = latin != null && PersonNameLexicon.Shipped.IsFamilyName(name);
            }

            if (latin != null)
            {
                if (!_written.TryGetValue(latin, out var forms))
                {
                    _written[latin] = forms = new System.Collections.Generic.List<string>();
                }

                if (!forms.Contains(name))
                {
                    forms.Add(name);

                    // 宮下 after 宮下 千尋氏: the family name alone may stand for this person further on.
                    for (var length = 1; length < name.Length; length++)
                    {
                        Index(ShortForm.FamilyName, name.Substring(0, length), latin);
                    }
                }
            }

            return latin;
        }

        private string? WrittenInLatin(string name)
        {
            var body = _article.Body ?? string.Empty;
            for (var at = body.IndexOf(name, System.StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + 1, System.StringComparison.Ordinal))
            {
                var match = AiDocTools.Text.SafeRegex.Match(LatinAfterName, body, at + name.Length);
                if (match.Success)
                {
                    return match.Groups["latin"].Value;
                }
            }

            return null;
        }

        private string NameOf(string asWritten, out bool provisional)
        {
            provisional = false;
            var bare = _speakerNames.NameAfterDescription(asWritten) ?? _speakerNames.WithoutHonorifics(asWritten);
            if (_entities != null)
            {
                var known = _entities.CanonicalName(asWritten) ?? _entities.CanonicalName(bare);
                if (known != null)
                {
                    return known;
                }

                if (Coordinated(bare) is string together)
                {
                    return together;
                }

                // A description around a known name (OpenAIの共同創設者…): the longest person or organisation inside it.
                var inside = _entities.FindMentions(asWritten)
                    .Where(m => m.Known && (m.Type == EntityType.Person || m.Type == EntityType.Organization || m.Type == EntityType.Publication))
                    .OrderByDescending(m => m.Type == EntityType.Person)
                    .ThenByDescending(m => m.Length)
                    .FirstOrDefault();
                if (inside != null && inside.Length * 2 >= bare.Length)
                {
                    return inside.Name;
                }

                // A family name alone (佐藤教授, 森氏) is a person only when an honorific or title says so.
                if (Latin(bare, familyAlone: _speakerNames.LooksLikePerson(asWritten), out provisional) is string latin)
                {
                    return latin;
                }

                // 代表取締役社長の西村 大輔, 東都工業大学の森 健太郎: a description joined by の before the name.
                var of = bare.LastIndexOf('の');
                if (of > 0 && of < bare.Length - 2 && Latin(bare.Substring(of + 1), familyAlone: _speakerNames.LooksLikePerson(asWritten), out provisional) is string described)
                {
                    return described;
                }
            }

            return bare;
        }

        private static readonly string[] GroupEndings = { "など", "ら", "等", "ほか" };
        private static readonly System.Text.RegularExpressions.Regex Joints = new System.Text.RegularExpressions.Regex(
            @"^(?:[\s、,・]|や|と|及び|および|and)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Text.SafeRegex.MatchTimeout);

        /// <summary>
        /// Known names joined as one subject (GoogleやOpenAIなどは…と批判, Google and OpenAI said): the speaker is them
        /// together under their canonical names (Google and OpenAI), as one voice, or null when the phrase is anything else.
        /// </summary>
        private string? Coordinated(string phrase)
        {
            var text = phrase.Trim();
            foreach (var ending in GroupEndings)
            {
                if (text.Length > ending.Length && text.EndsWith(ending, System.StringComparison.Ordinal))
                {
                    text = text.Substring(0, text.Length - ending.Length);
                    break;
                }
            }

            var mentions = _entities!.FindMentions(text);
            if (mentions.Count < 2 || mentions.Any(m => !m.Known || (m.Type != EntityType.Organization && m.Type != EntityType.Person)))
            {
                return null;
            }

            var at = 0;
            foreach (var mention in mentions)
            {
                if (mention.Start < at || !Text.SafeRegex.IsMatch(Joints, text.Substring(at, mention.Start - at)) || (at > 0 && mention.Start == at))
                {
                    return null;
                }

                at = mention.Start + mention.Length;
            }

            if (at != text.Length)
            {
                return null;
            }

            var names = mentions.Select(m => m.Name).Distinct(System.StringComparer.Ordinal).ToList();
            return names.Count < 2 ? null : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        }

        private void RememberName(string asWritten, string canonical)
        {
            _lastNamed = canonical;
            if (_speakerNames.LooksLikePerson(asWritten) || _speakerNames.LooksLikePerson(canonical))
            {
                _lastPerson = canonical;
            }
        }
    }
}
