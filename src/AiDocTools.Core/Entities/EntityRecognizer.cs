using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Entities.Discovery;
using AiDocTools.Text;

namespace AiDocTools.Entities
{
    /// <summary>
    /// Finds entity mentions by the dictionary (every alias, across scripts and spelling variants, longest first)
    /// and by shape for names the dictionary lacks (<see cref="EntityDiscovery"/>), and maps surface forms to canonical names.
    /// </summary>
    public sealed class EntityRecognizer : IEntityRecognizer, IKnownNames
    {
        // A mention inside a link is part of an address (huggingface.co/Mitsua/…), not a name the text uses.
        internal const string LinkPattern = @"(?:https?://|www\.)[^\s<>""'」』）)]+|\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|io|ai|co|jp|dev|edu|gov|info|app|me|tv)(?:/[^\s<>""'」』）)]*)?";

        // A mail address starts only where a run of its characters starts (or where the last address ended): tried inside a
        // run it would fail as it failed one character earlier, after scanning the whole run, a whole Japanese sentence, for an @.
        private const string MailPattern = @"(?:(?<![\w.+-])|\G)[\w.+-]+@[\w-]+\.[\w.-]+";

        private static readonly Regex Address = new Regex(LinkPattern + "|" + MailPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

        // Without an @ the mail alternative cannot match, and the links alone start only at Latin letters and digits, which
        // the regex engine skips to instead of trying every character.
        private static readonly Regex Link = new Regex(LinkPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

        private static readonly char[] LineBreaks = { '\n', '\r' };
        private static readonly string[] OrganizationSuffixes = { "社" };
        private static readonly string[] PublicationSuffixes = { "誌", "紙" };
        private static readonly (string Suffix, string Key)[] OrganizationSuffixKeys = WithKeys(OrganizationSuffixes);
        private static readonly (string Suffix, string Key)[] PublicationSuffixKeys = WithKeys(PublicationSuffixes);
        private static readonly Lazy<(string Suffix, string Key)[]> PersonSuffixKeys = new Lazy<(string, string)[]>(() => WithKeys(DiscoveryWords.Shipped.PersonSuffixes));
        private static readonly Lazy<(string Suffix, string Key)[]> AllSuffixKeys = new Lazy<(string, string)[]>(() => WithKeys(DiscoveryWords.AllSuffixes));

        private const int CachedLength = 1024;
        private const int CachedLookups = 10000;

        private readonly AliasTrie _trie = new AliasTrie();
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, EntityMention[]> _byBody = new System.Runtime.CompilerServices.ConditionalWeakTable<string, EntityMention[]>();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EntityMention[]> _shortTexts = new System.Collections.Concurrent.ConcurrentDictionary<string, EntityMention[]>(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EntityDefinition?> _lookups = new System.Collections.Concurrent.ConcurrentDictionary<string, EntityDefinition?>(StringComparer.Ordinal);
        private readonly Dictionary<string, EntityDefinition> _byKey = new Dictionary<string, EntityDefinition>(StringComparer.Ordinal);
        private readonly Dictionary<string, EntityDefinition> _titledByKey = new Dictionary<string, EntityDefinition>(StringComparer.Ordinal);
        private readonly EntityDiscovery _discovery;
        private readonly List<ContextAlias> _contextAliases = new List<ContextAlias>();
        private readonly IGrouping<string, ContextAlias>[] _contextAliasesByKey;
        private readonly HashSet<string> _licensingNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // The caches' compute functions, made once: a method group or lambda passed at the call made a delegate per
        // speaker phrase, lookup and body.
        private readonly Func<string, EntityMention[]> _find;
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, EntityMention[]>.CreateValueCallback _findBody;
        private readonly Func<string, EntityDefinition?> _lookupUncached;

        /// <summary>A recognizer whose discovery reads the entity packs of <paramref name="packs"/> (ja/entities, en/entities).</summary>
        public EntityRecognizer(EntityDictionary dictionary, Rules.LanguagePacks packs)
            : this(dictionary, new RuleDiscovery(packs.Get("ja", "entities"), packs.Get("en", "entities"), PersonNameLexicon.Shipped))
        {
        }

        private EntityRecognizer(EntityDictionary dictionary, RuleDiscovery discoveryRules)
        {
            _find = Find;
            _findBody = Find;
            _lookupUncached = LookupUncached;
            Dictionary = dictionary;
            foreach (var entity in dictionary.Entities)
            {
                foreach (var alias in entity.Aliases)
                {
                    AddAlias(entity, alias, titledOnly: false);
                }

                foreach (var alias in entity.TitledOnly)
                {
                    AddAlias(entity, alias, titledOnly: true);
                }

                AddContextAliases(dictionary, entity);
            }

            _contextAliasesByKey = _contextAliases.GroupBy(c => c.Key, StringComparer.Ordinal).ToArray();
            _trie.Freeze();
            _discovery = new EntityDiscovery(discoveryRules, EntityDiscovery.ShapeRules(this), new AcronymMentions(this));
        }

        public EntityDictionary Dictionary { get; }

        /// <inheritdoc />
        public IReadOnlyList<EntityMention> FindMentions(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Array.Empty<EntityMention>();
            }

            // Claims, events and Get-AiEntity each ask for the mentions of the same article body: found once per body.
            if (text.Length >= CachedLength)
            {
                return _byBody.GetValue(text, _findBody);
            }

            // Short texts are speaker phrases (アルトマン氏, OpenAIのCEOであるサム・アルトマン氏): the same people are quoted
            // across the articles of a debate, written the same way, so each distinct phrase is recognised once.
            return Remembered(_shortTexts, text, _find);
        }

        /// <summary>
        /// The value for <paramref name="key"/>, computed once; the cache is emptied when full rather than kept for the
        /// life of the process, since a long session sees unbounded distinct phrases.
        /// </summary>
        private static TValue Remembered<TValue>(System.Collections.Concurrent.ConcurrentDictionary<string, TValue> cache, string key, Func<string, TValue> compute)
        {
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            if (cache.Count >= CachedLookups)
            {
                cache.Clear();
            }

            return cache[key] = compute(key);
        }

        private EntityMention[] Find(string text)
        {
            var folded = NameText.Of(text);
            var addresses = AddressRanges(folded);
            var known = DictionaryMatches(folded);
            var discovered = _discovery.Find(folded, known);

            // A tier named beside its owner counts as a dictionary name, so it stands over a capitalised run guessed around it.
            var contextual = ContextMentions(folded, known, addresses);
            var chosen = Resolve(known, contextual, discovered, addresses, folded.Length);
            chosen.AddRange(_discovery.AcronymMentions(folded, chosen, addresses));

            // In text order, ties in the order chosen (a stable sort: the start above the candidate's place as the key).
            var order = new long[chosen.Count];
            for (var k = 0; k < order.Length; k++)
            {
                order[k] = ((long)chosen[k].Start << 32) | (uint)k;
            }

            Array.Sort(order);
            var mentions = new EntityMention[order.Length];
            for (var k = 0; k < order.Length; k++)
            {
                var c = chosen[(int)(uint)order[k]];
                var (start, length) = folded.ToSource(c.Start, c.End);
                mentions[k] = new EntityMention(c.Name, c.Type, text.Substring(start, length), start, length, c.Known);
            }

            return mentions;
        }

        /// <inheritdoc />
        public string? CanonicalName(string surfaceForm) => Lookup(surfaceForm)?.Name;

        /// <inheritdoc />
        public IReadOnlyList<string> AliasesOf(string canonicalName)
        {
            var entity = Dictionary.Find(canonicalName);
            if (entity == null)
            {
                return Array.Empty<string>();
            }

            // Katakana names are written with and without the middle dot; a search over raw text needs both.
            var forms = new List<string>();
            foreach (var alias in entity.Aliases.Concat(entity.TitledOnly.SelectMany(WithTitles)))
            {
                forms.Add(alias);
                if (alias.IndexOf('・') >= 0)
                {
                    forms.Add(alias.Replace("・", string.Empty));
                }
            }

            return forms.Distinct(StringComparer.Ordinal).ToArray();

            IEnumerable<string> WithTitles(string alias) => SuffixesFor(entity.Type).Take(3).Select(s => alias + s);
        }

        /// <summary>The entity a surface form names, suffixes such as 氏, 社 and 誌 allowed, or null.</summary>
        public EntityDefinition? Lookup(string surfaceForm)
        {
            if (string.IsNullOrWhiteSpace(surfaceForm))
            {
                return null;
            }

            // Speakers and query terms repeat across articles; each distinct form is folded and looked up once.
            return Remembered(_lookups, surfaceForm, _lookupUncached);
        }

        private EntityDefinition? LookupUncached(string surfaceForm)
        {
            var key = NameText.Key(surfaceForm);
            if (_byKey.TryGetValue(key, out var entity))
            {
                return entity;
            }

            foreach (var (_, suffixKey) in AllSuffixKeys.Value)
            {
                if (key.Length > suffixKey.Length && key.EndsWith(suffixKey, StringComparison.Ordinal))
                {
                    var bare = key.Substring(0, key.Length - suffixKey.Length).TrimEnd();
                    if (_byKey.TryGetValue(bare, out entity) || _titledByKey.TryGetValue(bare, out entity))
                    {
                        return entity;
                    }
                }
            }

            return null;
        }

        internal static IReadOnlyList<string> SuffixesFor(EntityType type)
        {
            switch (type)
            {
                case EntityType.Person:
                    return DiscoveryWords.Shipped.PersonSuffixes;
                case EntityType.Organization:
                    return OrganizationSuffixes;
                case EntityType.Publication:
                    return PublicationSuffixes;
                default:
                    return Array.Empty<string>();
            }
        }

        // The suffixes with their match keys, made once rather than for every name found.
        private static (string Suffix, string Key)[] SuffixKeysFor(EntityType type)
        {
            switch (type)
            {
                case EntityType.Person:
                    return PersonSuffixKeys.Value;
                case EntityType.Organization:
                    return OrganizationSuffixKeys;
                case EntityType.Publication:
                    return PublicationSuffixKeys;
                default:
                    return Array.Empty<(string, string)>();
            }
        }

        private static (string Suffix, string Key)[] WithKeys(IEnumerable<string> suffixes) =>
            suffixes.Select(x => (x, x.ToLowerInvariant())).ToArray();

        internal bool IsKnownAlias(string key) => _byKey.ContainsKey(key);

        internal EntityDefinition? ByKey(string key) => _byKey.TryGetValue(key, out var entity) ? entity : null;

        bool IKnownNames.IsKnownAlias(string key) => IsKnownAlias(key);

        EntityDefinition? IKnownNames.ByKey(string key) => ByKey(key);

        /// <summary>The entity whose alias begins at <paramref name="start"/> and ends exactly at <paramref name="end"/>, if any.</summary>
        internal bool IsFamilyBase(NameText text, int start, int end, out EntityDefinition? entity)
        {
            entity = ByKey(text.Folded.Substring(start, end - start));
            return entity != null && (entity.Type == EntityType.Model || entity.Type == EntityType.Product);
        }

        private void AddAlias(EntityDefinition entity, string alias, bool titledOnly)
        {
            var key = NameText.Key(alias);
            if (key.Length == 0)
            {
                return;
            }

            if (!titledOnly && !_byKey.ContainsKey(key))
            {
                _byKey[key] = entity;
            }

            if (titledOnly && !_titledByKey.ContainsKey(key))
            {
                _titledByKey[key] = entity;
            }

            _trie.Add(key, new AliasEntry(entity, alias, titledOnly));

            // Versions are written with or without the space or hyphen: Llama 2, Llama2, Llama-2; GPT-4, GPT4.
            var joined = Regex.Replace(key, @"(?<=[a-z])[ -](?=\d)", string.Empty);
            if (joined != key)
            {
                _trie.Add(joined, new AliasEntry(entity, alias, titledOnly));
                if (!titledOnly && !_byKey.ContainsKey(joined))
                {
                    _byKey[joined] = entity;
                }
            }
        }

        // A tier is licensed by its owner and parent (OpenAI, ChatGPT) and by its sibling tiers, which share them: in
        // "ChatGPT Plus and Pro" the Pro is ChatGPT's.
        private void AddContextAliases(EntityDictionary dictionary, EntityDefinition entity)
        {
            if (entity.ContextAliases.Count == 0)
            {
                return;
            }

            var licensing = new HashSet<string>(entity.ContextEntities, StringComparer.OrdinalIgnoreCase) { entity.Name };
            foreach (var sibling in dictionary.Entities)
            {
                if (sibling.ContextEntities.Any(n => entity.ContextEntities.Contains(n, StringComparer.OrdinalIgnoreCase)))
                {
                    licensing.Add(sibling.Name);
                }
            }

            foreach (var alias in entity.ContextAliases)
            {
                var key = NameText.Key(alias);
                if (key.Length > 0)
                {
                    _contextAliases.Add(new ContextAlias(new AliasEntry(entity, alias, titledOnly: false), key, licensing));
                }
            }

            _licensingNames.UnionWith(licensing);
        }

        // OpenAIが…Proサブスクリプションを開始: a tier name (Pro, Plus, Flash, Opus) counts only in a sentence that names its
        // owner or parent product; with several owners in the sentence, the nearest one decides, and a tie names none.
        private List<Candidate> ContextMentions(NameText text, List<Candidate> known, IReadOnlyList<(int Start, int End)> addresses)
        {
            var found = new List<Candidate>();
            var owners = known.Where(c => _licensingNames.Contains(c.Name) && !addresses.Any(a => c.Start < a.End && a.Start < c.End))
                .OrderBy(c => c.Start).ToList();
            if (_contextAliasesByKey.Length == 0 || owners.Count == 0)
            {
                return found;
            }

            var folded = text.Folded;
            var taken = SpareArray<bool>.Rent(folded.Length);
            foreach (var range in known.Select(c => (c.Start, c.End)).Concat(addresses))
            {
                for (var i = range.Start; i < range.End; i++)
                {
                    taken[i] = true;
                }
            }

            IReadOnlyList<Text.TextSpan>? sentences = null;
            var ownerStarts = owners.Select(o => o.Start).ToArray();
            var ownerAtEnd = new Dictionary<int, string>();
            foreach (var owner in owners)
            {
                ownerAtEnd[owner.End] = owner.Name;
            }

            foreach (var group in _contextAliasesByKey)
            {
                var key = group.Key;
                for (var start = folded.IndexOf(key, StringComparison.Ordinal); start >= 0; start = folded.IndexOf(key, start + 1, StringComparison.Ordinal))
                {
                    var end = start + key.Length;
                    if (Array.IndexOf(taken, true, start, key.Length) >= 0)
                    {
                        continue;
                    }

                    // A tier word inside another word (the pro of product) is no mention, whichever form it is; the text
                    // is split into sentences only once a tier word stands alone: most texts that name OpenAI or Google
                    // name no tier.
                    if (!IsWholeWord(text, start, end))
                    {
                        continue;
                    }

                    // Sentences never cross a line: with no owner the word's forms allow on its line, no sentence of it
                    // names one, and the text need not be split for this word.
                    if (!OwnerOnLine(text.Cased, start, end, group, owners, ownerStarts))
                    {
                        continue;
                    }

                    // The sentences of the word's line only (those of the last line cut, if the word is on it): the
                    // whole text cut into sentences, for a word or two, cost half as much again as the claims' cutting.
                    var index = sentences == null ? -1 : Text.TextSpan.IndexContaining(sentences, start);
                    if (sentences == null || index < 0)
                    {
                        sentences = Text.SentenceSegmenter.SplitLineAt(text.Cased, start);
                        index = Text.TextSpan.IndexContaining(sentences, start);
                    }

                    if (index < 0 || end > sentences[index].End)
                    {
                        continue;
                    }

                    var best = NearestOwner(text, start, end, sentences[index], group, ownerAtEnd, owners, ownerStarts);
                    if (best != null)
                    {
                        found.Add(new Candidate(start, end, best.Name, best.Type, known: true));
                        for (var i = start; i < end; i++)
                        {
                            taken[i] = true;
                        }
                    }
                }
            }

            SpareArray<bool>.Return(taken, folded.Length);

            return found;
        }

        // Whether an owner that licenses one of the forms lies wholly on the line of [start, end): the line breaks are
        // those SentenceSegmenter splits lines at.
        private static bool OwnerOnLine(string text, int start, int end, IEnumerable<ContextAlias> forms, List<Candidate> owners, int[] ownerStarts)
        {
            var lineStart = start > 0 ? text.LastIndexOfAny(LineBreaks, start - 1) + 1 : 0;
            var lineEnd = text.IndexOfAny(LineBreaks, end);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var first = Array.BinarySearch(ownerStarts, lineStart);
            first = first < 0 ? ~first : first;
            while (first > 0 && ownerStarts[first - 1] >= lineStart)
            {
                first--;
            }

            for (var o = first; o < owners.Count && owners[o].Start < lineEnd; o++)
            {
                if (owners[o].End <= lineEnd && forms.Any(f => f.Licensing.Contains(owners[o].Name)))
                {
                    return true;
                }
            }

            return false;
        }

        private static EntityDefinition? NearestOwner(NameText text, int start, int end, Text.TextSpan sentence, IEnumerable<ContextAlias> forms,
            Dictionary<int, string> ownerAtEnd, List<Candidate> owners, int[] ownerStarts)
        {
            // The owners are sorted by start: those in the sentence are one stretch of them.
            var first = Array.BinarySearch(ownerStarts, sentence.Start);
            first = first < 0 ? ~first : first;
            while (first > 0 && ownerStarts[first - 1] >= sentence.Start)
            {
                first--;
            }

            EntityDefinition? best = null;
            var bestDistance = int.MaxValue;
            var tie = false;
            foreach (var form in forms)
            {
                if (!Accepts(text, start, end, form.Entry) || !StandsAlone(text, start, end, sentence, ownerAtEnd, form.Licensing))
                {
                    continue;
                }

                for (var o = first; o < owners.Count && owners[o].Start < sentence.End; o++)
                {
                    var owner = owners[o];
                    if (owner.End > sentence.End || !form.Licensing.Contains(owner.Name))
                    {
                        continue;
                    }

                    var distance = owner.End <= start ? start - owner.End : owner.Start - end;
                    if (distance < bestDistance)
                    {
                        best = form.Entry.Entity;
                        bestDistance = distance;
                        tie = false;
                    }
                    else if (distance == bestDistance && best != form.Entry.Entity)
                    {
                        tie = true;
                    }
                }
            }

            return tie ? null : best;
        }

        // The tier word is not the last word of another product (MacBook Pro, iPhone 16 Pro, Galaxy S24 Ultra), nor the first
        // (Pro Max), nor a capital that only opens an English sentence (Pro tip: …); its owner written right before it
        // (OpenAI Pro) is fine.
        private static bool StandsAlone(NameText text, int start, int end, Text.TextSpan sentence, Dictionary<int, string> ownerAtEnd, HashSet<string> licensing)
        {
            var cased = text.Cased;
            var before = start > 0 && cased[start - 1] == ' ' ? start - 1 : start;
            if (before > 0 && Script.IsLatinWordChar(cased[before - 1]))
            {
                var wordStart = before;
                while (wordStart > 0 && Script.IsLatinWordChar(cased[wordStart - 1]))
                {
                    wordStart--;
                }

                var word = cased.Substring(wordStart, before - wordStart);
                var ownerBefore = ownerAtEnd.TryGetValue(before, out var owner) && licensing.Contains(owner);
                if (!ownerBefore && (char.IsUpper(word[0]) || word.Any(char.IsDigit)))
                {
                    return false;
                }
            }

            var after = end < cased.Length && cased[end] == ' ' ? end + 1 : end;
            if (after > end && after < cased.Length && char.IsUpper(cased[after]) && Script.IsLatinWordChar(cased[after]))
            {
                return false;
            }

            var opensSentence = true;
            for (var i = start - 1; i >= sentence.Start && opensSentence; i--)
            {
                opensSentence = char.IsWhiteSpace(cased[i]);
            }

            return !(opensSentence && after > end && after < cased.Length && char.IsLower(cased[after]) && Script.IsLatinWordChar(cased[after]));
        }

        private List<Candidate> DictionaryMatches(NameText text)
        {
            var found = new List<Candidate>();
            var folded = text.Folded;
            var matches = new List<(int End, AliasEntry Entry)>();
            for (var start = 0; start < folded.Length; start++)
            {
                // Half the places the trie's screen lets by are inside a Latin or katakana word, where no name is accepted.
                if (!_trie.MayStartAt(folded, start) || !StartsWholeWord(text, start))
                {
                    continue;
                }

                _trie.MatchesAt(folded, start, matches);
                for (var m = matches.Count - 1; m >= 0; m--)
                {
                    var (end, entry) = matches[m];
                    if (!Accepts(text, start, end, entry))
                    {
                        continue;
                    }

                    var suffixEnd = SuffixEnd(text, end, entry.Entity.Type);
                    if (entry.TitledOnly && suffixEnd == end)
                    {
                        continue;
                    }

                    found.Add(new Candidate(start, suffixEnd, entry.Entity.Name, entry.Entity.Type, known: true, nameEnd: end));
                }
            }

            return found;
        }

        private static bool Accepts(NameText text, int start, int end, AliasEntry entry)
        {
            if (!IsWholeWord(text, start, end))
            {
                return false;
            }

            if (!CaseMatches(text.Cased, start, end, entry))
            {
                return false;
            }

            var folded = text.Folded;
            foreach (var key in entry.NotPrecededByKeys)
            {
                if (start >= key.Length && string.CompareOrdinal(folded, start - key.Length, key, 0, key.Length) == 0)
                {
                    return false;
                }
            }

            foreach (var key in entry.NotFollowedByKeys)
            {
                if (string.CompareOrdinal(folded, end, key, 0, key.Length) == 0 && end + key.Length <= folded.Length)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the range is a whole word where it may be one: a Latin name not inside a Latin word or address, a katakana name not inside a katakana word.</summary>
        private static bool IsWholeWord(NameText text, int start, int end)
        {
            if (!StartsWholeWord(text, start))
            {
                return false;
            }

            var folded = text.Folded;
            var last = folded[end - 1];
            if (Script.IsLatinWordChar(last) && end < folded.Length)
            {
                var after = folded[end];
                if (Script.IsLatinWordChar(after) || after == '_'
                    || ((after == '-' || after == '.') && end + 1 < folded.Length && Script.IsLatinWordChar(folded[end + 1])))
                {
                    return false;
                }
            }

            return !(Script.IsKatakana(last) && end < folded.Length && Script.IsKatakana(folded[end]) && !IsSeparator(text.SourceCharAfter(end)));
        }

        /// <summary>
        /// The half of <see cref="IsWholeWord"/> its start alone decides: a name that starts with a Latin letter has none
        /// before it, nor an address's mark; a katakana one, no katakana before it that a separator does not set off.
        /// Where it fails, no name starting there is a whole word, so the dictionary is not walked there at all.
        /// </summary>
        private static bool StartsWholeWord(NameText text, int start)
        {
            if (start == 0)
            {
                return true;
            }

            var folded = text.Folded;
            var first = folded[start];
            if (Script.IsLatinWordChar(first))
            {
                var before = folded[start - 1];
                if (Script.IsLatinWordChar(before) || before == '_' || before == '@' || before == '#' || before == '/'
                    || ((before == '-' || before == '.') && start > 1 && Script.IsLatinWordChar(folded[start - 2])))
                {
                    return false;
                }
            }

            // メタ the company, not the メタ of メタデータ or メタバース: a katakana name is a whole katakana word,
            // unless a separator in the original sets it off (イリヤ・サツケヴァー).
            return !(Script.IsKatakana(first) && Script.IsKatakana(folded[start - 1]) && !IsSeparator(text.SourceCharBefore(start)));
        }

        private static bool CaseMatches(string cased, int start, int end, AliasEntry entry)
        {
            switch (entry.Case)
            {
                case CaseRule.Capital:
                    return char.IsUpper(cased[start]);
                case CaseRule.Exact:
                    // Letter by letter, so the joined variant (GPT4 for GPT-4) is held to the same capitals.
                    var letters = entry.Letters;
                    var matched = 0;
                    for (var i = start; i < end; i++)
                    {
                        if (Script.IsAsciiLetter(cased[i]) && (matched >= letters.Length || cased[i] != letters[matched++]))
                        {
                            return false;
                        }
                    }

                    return matched == letters.Length;
                default:
                    return true;
            }
        }

        private static int SuffixEnd(NameText text, int end, EntityType type)
        {
            var folded = text.Folded;
            if (end >= folded.Length)
            {
                return end;
            }

            // Most names are followed by none of the person suffixes (some ninety): each is compared only when it
            // starts with the character after the name.
            var next = folded[end];
            foreach (var (suffix, key) in SuffixKeysFor(type))
            {
                if ((key.Length > 0 && key[0] != next) || end + key.Length > folded.Length || string.CompareOrdinal(folded, end, key, 0, key.Length) != 0)
                {
                    continue;
                }

                var after = end + key.Length < folded.Length ? folded[end + key.Length] : '\0';
                if (Script.IsLatinWordChar(key[key.Length - 1]) && Script.IsLatinWordChar(after))
                {
                    continue;
                }

                // 社 of Meta社, not of Meta社長 (its president) or OpenAI社内 (inside the company); 紙 of NYタイムズ紙, not of 紙面.
                if (suffix == "社" && "長会内員外製是名債屋説宅".IndexOf(after) >= 0)
                {
                    continue;
                }

                if (suffix == "紙" && after == '面')
                {
                    continue;
                }

                return end + key.Length;
            }

            return end;
        }

        // Longest first; at equal length the dictionary wins over a guess; a guess that overlaps a dictionary name loses
        // unless it is a whole title (記事「In Battle Over A.I., Meta Decides…」) or contains the known name as its end
        // (イリヤ・サツケヴァー氏 around サツケヴァー氏), in which case it becomes that known person.
        private static List<Candidate> Resolve(List<Candidate> dictionary, List<Candidate> contextual, List<Candidate> discovered, IReadOnlyList<(int Start, int End)> addresses, int textLength)
        {
            var all = new List<Candidate>(dictionary.Count + contextual.Count + discovered.Count);
            foreach (var candidates in new[] { dictionary, contextual, discovered })
            {
                foreach (var candidate in candidates)
                {
                    if (!RuleText.Overlaps(addresses, candidate.Start, candidate.End))
                    {
                        all.Add(candidate);
                    }
                }
            }

            // The dictionary's names by where they start, each with its place among them, so a guess finds the names
            // inside it by a binary search rather than by asking every name of the text.
            var knownOnes = new List<(int Start, int End, int Order, Candidate Known)>(dictionary.Count);
            var longestKnown = 0;
            foreach (var candidate in all)
            {
                if (candidate.Known)
                {
                    knownOnes.Add((candidate.Start, candidate.End, knownOnes.Count, candidate));
                    longestKnown = Math.Max(longestKnown, candidate.End - candidate.Start);
                }
            }

            knownOnes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
            var adjusted = new List<Candidate>();
            foreach (var candidate in all)
            {
                if (candidate.Known || candidate.Strong)
                {
                    adjusted.Add(candidate);
                    continue;
                }

                // The first name (in the order found) inside the guess that it may stand for: a person whose surname
                // ends the guess or its name.
                var overlapping = false;
                Candidate? surname = null;
                var surnameOrder = int.MaxValue;
                for (var k = EntityMentions.FirstFrom(knownOnes, candidate.Start - longestKnown, n => n.Start); k < knownOnes.Count && knownOnes[k].Start < candidate.End; k++)
                {
                    var known = knownOnes[k].Known;
                    if (known.End <= candidate.Start)
                    {
                        continue;
                    }

                    overlapping = true;
                    if (knownOnes[k].Order < surnameOrder && known.Type == EntityType.Person && candidate.Type == EntityType.Person
                        && known.Start >= candidate.Start && (known.End == candidate.End || known.NameEnd == candidate.NameEnd))
                    {
                        surname = known;
                        surnameOrder = knownOnes[k].Order;
                    }
                }

                if (!overlapping)
                {
                    adjusted.Add(candidate);
                }
                else if (surname != null)
                {
                    adjusted.Add(new Candidate(candidate.Start, candidate.End, surname.Name, surname.Type, known: true, nameEnd: candidate.NameEnd));
                }
            }

            // Sorted in place, ties kept in the order found as a stable sort keeps them: LINQ's ordered view built key
            // arrays and an enumerator for every body.
            var order = new int[adjusted.Count];
            for (var k = 0; k < order.Length; k++)
            {
                order[k] = k;
            }

            Array.Sort(order, (a, b) =>
            {
                var x = adjusted[a];
                var y = adjusted[b];
                var byLength = (y.End - y.Start).CompareTo(x.End - x.Start);
                if (byLength != 0)
                {
                    return byLength;
                }

                var byKnown = y.Known.CompareTo(x.Known);
                return byKnown != 0 ? byKnown : x.Start != y.Start ? x.Start.CompareTo(y.Start) : a.CompareTo(b);
            });

            var chosen = new List<Candidate>(adjusted.Count);
            var taken = SpareArray<bool>.Rent(textLength);
            foreach (var k in order)
            {
                var candidate = adjusted[k];
                if (Array.IndexOf(taken, true, candidate.Start, candidate.End - candidate.Start) < 0)
                {
                    chosen.Add(candidate);
                    for (var i = candidate.Start; i < candidate.End; i++)
                    {
                        taken[i] = true;
                    }
                }
            }

            SpareArray<bool>.Return(taken, textLength);
            return chosen;
        }

        private static IReadOnlyList<(int Start, int End)> AddressRanges(NameText text)
        {
            var ranges = new List<(int, int)>();
            var hasAt = text.Cased.IndexOf('@') >= 0;
            if (!hasAt && !MayHoldLink(text.Cased))
            {
                return ranges;
            }

            try
            {
                var address = hasAt ? Address : Link;
                for (var m = address.Match(text.Cased); m.Success; m = m.NextMatch())
                {
                    ranges.Add((m.Index, m.Index + m.Length));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological text keeps the addresses found so far; names are still matched.
            }

            return ranges;
        }

        // What every match of LinkPattern holds: http or www. (its first form), or a dot between a letter, digit or hyphen
        // and the first letter of one of its top-level domains (the second). Most bodies hold none, and the pattern
        // otherwise starts at every Latin word of an English one.
        internal static bool MayHoldLink(string text)
        {
            if (text.IndexOf("http", StringComparison.Ordinal) >= 0 || text.IndexOf("www.", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            for (var dot = text.Length > 1 ? text.IndexOf('.', 1) : -1; dot > 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
            {
                var before = text[dot - 1];
                if ((RuleText.IsAsciiLetterOrDigit(before) || before == '-') && TopLevelDomainStarts.IndexOf(text[dot + 1]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // The first letters of the top-level domains LinkPattern names (com org net io ai co jp dev edu gov info app me tv).
        private const string TopLevelDomainStarts = "conijadegmt";

        private static bool IsSeparator(char c) => c == '・' || c == '･' || c == ' ' || c == '\u3000' || c == '=' || c == '＝';

        private sealed class AliasEntry
        {
            public AliasEntry(EntityDefinition entity, string written, bool titledOnly)
            {
                Entity = entity;
                Written = written;
                TitledOnly = titledOnly;
                var cased = NameText.Of(written).Cased.Trim();
                Letters = new string(cased.Where(Script.IsAsciiLetter).ToArray());
                NotPrecededByKeys = entity.NotPrecededBy.Select(NameText.Key).ToArray();
                NotFollowedByKeys = entity.NotFollowedBy.Select(NameText.Key).ToArray();

                // Acronyms (CLIP, NYT, GPT) match only in capitals, so a clip or a gpt in prose is not the model; capitalised
                // names (Meta, Apple, Claude) need their capital, so meta-analysis and apple pie are not the company; names with
                // a lower-case start and a capital inside (xAI, iPhone, arXiv) match exactly.
                if (Letters.Length > 0 && Letters.All(char.IsUpper) && Letters.Length <= 5)
                {
                    Case = CaseRule.Exact;
                }
                else if (cased.Length > 0 && Script.IsAsciiLetter(cased[0]) && char.IsLower(cased[0]) && Letters.Any(char.IsUpper))
                {
                    Case = CaseRule.Exact;
                }
                else if (cased.Length > 0 && Script.IsAsciiLetter(cased[0]) && char.IsUpper(cased[0]))
                {
                    Case = CaseRule.Capital;
                }
            }

            public string Letters { get; }

            public string[] NotPrecededByKeys { get; }

            public string[] NotFollowedByKeys { get; }

            public CaseRule Case { get; }

            public EntityDefinition Entity { get; }

            public string Written { get; }

            public bool TitledOnly { get; }
        }

        private sealed class ContextAlias
        {
            public ContextAlias(AliasEntry entry, string key, HashSet<string> licensing)
            {
                Entry = entry;
                Key = key;
                Licensing = licensing;
            }

            public AliasEntry Entry { get; }

            public string Key { get; }

            /// <summary>Canonical names whose mention in the sentence lets <see cref="Key"/> name the entity.</summary>
            public HashSet<string> Licensing { get; }
        }

        private enum CaseRule
        {
            Any,
            Capital,
            Exact,
        }

        private sealed class AliasTrie
        {
            private readonly Dictionary<char, Node> _first = new Dictionary<char, Node>();

            // The trie is tried at every position of every body, and at almost every position no alias starts. Two small
            // bit sets answer that before any lookup: the characters an alias starts with, and (hashed) the pairs of
            // characters it starts with — at most 40 KB together, so they stay in the CPU's nearest cache while the
            // dictionary walk, a hash per character, is left to the few positions where a name may really start.
            private readonly CharBits _firstChars = new CharBits();
            private readonly CharBits _wholeKeyChars = new CharBits();
            private readonly CharPairBits _firstPairs = new CharPairBits(18);

            // The frozen trie: node 0 is the root; a node's children are _edgeChars/_edgeTargets[_childStart, +_childCount).
            private int[] _childStart = Array.Empty<int>();
            private int[] _childCount = Array.Empty<int>();
            private char[] _edgeChars = Array.Empty<char>();
            private int[] _edgeTargets = Array.Empty<int>();
            private AliasEntry[][] _entries = Array.Empty<AliasEntry[]>();

            public void Add(string key, AliasEntry entry)
            {
                _firstChars.Add(key[0]);
                if (key.Length == 1)
                {
                    _wholeKeyChars.Add(key[0]);
                }
                else
                {
                    _firstPairs.Add(key[0], key[1]);
                }

                if (!_first.TryGetValue(key[0], out var node))
                {
                    node = new Node();
                    _first[key[0]] = node;
                }

                for (var k = 1; k < key.Length; k++)
                {
                    if (!node.Children.TryGetValue(key[k], out var next))
                    {
                        next = new Node();
                        node.Children[key[k]] = next;
                    }

                    node = next;
                }

                if (!node.Entries.Any(e => e.Entity == entry.Entity && e.TitledOnly == entry.TitledOnly && e.Written == entry.Written))
                {
                    node.Entries.Add(entry);
                }
            }

            /// <summary>False when no alias can start at <paramref name="start"/>; true when one may.</summary>
            public bool MayStartAt(string text, int start)
            {
                var c = text[start];
                if (!_firstChars.Contains(c))
                {
                    return false;
                }

                return _wholeKeyChars.Contains(c) || (start + 1 < text.Length && _firstPairs.MayContain(c, text[start + 1]));
            }

            /// <summary>
            /// Lays the trie out in flat arrays once every alias is in: each node's children as a sorted run of characters
            /// beside their nodes, found by a binary search. The trie is walked at tens of thousands of places per pass,
            /// between the other stages' work, and a dictionary per node scattered its nodes over the heap.
            /// </summary>
            public void Freeze()
            {
                var nodes = new List<Node>();
                var root = new Node();
                foreach (var pair in _first)
                {
                    root.Children[pair.Key] = pair.Value;
                }

                nodes.Add(root);
                var index = new Dictionary<Node, int> { [root] = 0 };
                for (var n = 0; n < nodes.Count; n++)
                {
                    foreach (var child in nodes[n].Children.Values)
                    {
                        index[child] = nodes.Count;
                        nodes.Add(child);
                    }
                }

                _childStart = new int[nodes.Count];
                _childCount = new int[nodes.Count];
                _entries = new AliasEntry[nodes.Count][];
                var edgeChars = new List<char>();
                var edgeTargets = new List<int>();
                for (var n = 0; n < nodes.Count; n++)
                {
                    var children = nodes[n].Children.Keys.ToList();
                    children.Sort();
                    _childStart[n] = edgeChars.Count;
                    _childCount[n] = children.Count;
                    foreach (var c in children)
                    {
                        edgeChars.Add(c);
                        edgeTargets.Add(index[nodes[n].Children[c]]);
                    }

                    _entries[n] = nodes[n].Entries.ToArray();
                }

                _edgeChars = edgeChars.ToArray();
                _edgeTargets = edgeTargets.ToArray();
            }

            /// <summary>Every alias that starts at <paramref name="start"/>, into <paramref name="found"/> shortest first.</summary>
            public void MatchesAt(string text, int start, List<(int End, AliasEntry Entry)> found)
            {
                found.Clear();
                var node = Child(0, text[start]);
                var i = start;
                while (node >= 0)
                {
                    foreach (var entry in _entries[node])
                    {
                        found.Add((i + 1, entry));
                    }

                    if (++i >= text.Length)
                    {
                        break;
                    }

                    node = Child(node, text[i]);
                }
            }

            // The node reached from node by c, or -1.
            private int Child(int node, char c)
            {
                var low = _childStart[node];
                var high = low + _childCount[node] - 1;
                while (low <= high)
                {
                    var middle = (low + high) >> 1;
                    var edge = _edgeChars[middle];
                    if (edge == c)
                    {
                        return _edgeTargets[middle];
                    }

                    if (edge < c)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return -1;
            }

            private sealed class Node
            {
                public Dictionary<char, Node> Children { get; } = new Dictionary<char, Node>();

                public List<AliasEntry> Entries { get; } = new List<AliasEntry>(1);
            }
        }
    }
}
