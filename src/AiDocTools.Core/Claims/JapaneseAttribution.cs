using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// Who speaks in one Japanese sentence: 「…」と○○氏は述べた, ○○氏は「…」と語った, ○○は…と主張した,
    /// …と○○は述べている, ○○によると…, ○○の研究では…ことが判明, 「…」と宣言した○○が…, and a quotation standing alone.
    /// </summary>
    internal sealed class JapaneseAttribution
    {
        private static readonly TimeSpan Timeout = SafeRegex.MatchTimeout;

        // 「…」と簡潔に宣言したGoogleのメモが流出した: the speaker is the noun the cue verb modifies.
        private static readonly Regex ModifiedNoun = new Regex(
            @"^(?:した|する|している|していた|しており|た|る|ている|ていた)(?<np>[^、。「」『』\s]{1,30}?)(?:が|は|を|も)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // と that begins a word (とき, ところ, として) rather than quoting a clause.
        private static readonly string[] NotQuotative = { "とき", "ところ", "とおり", "として", "とともに", "とは", "とされ", "と共に", "となり", "となっ", "となる" };

        // 私は、この報告書を読み直しました。次の2つの段落が…: the passage after the colon comes from what was just read.
        private static readonly Regex ReadSource = new Regex(
            @"(?:^|、)(?<np>[^、。「」]{2,40}?)を(?:読み|読ん|引用|参照|見直)", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        private const string Bullets = "-‐−–—・•*＊>＞◆◇●○■□◎※→";
        // The trim sets and particle lists as fields: written at the call they would be a new array for every phrase.
        private static readonly char[] PhrasePadding = { ' ', '\u3000', '、', '，' };
        private static readonly char[] ClausePadding = { '、', ' ', '\u3000' };
        private static readonly char[] SentenceEnds = { '。', '．', '.' };
        private static readonly char[] WordPadding = { ' ', '\u3000', '、' };
        private static readonly string[] SourceParticles = { "には", "では", "に", "で" };

        private const string ClauseBoundaries = "、,，:：。！？!?」』”\"";

        private readonly ClaimCues.JapaneseCues _cues;
        private readonly SpeakerNames _names;
        private readonly AttributionRules _rules;

        // Built once: a method group passed per sentence would be a new delegate each time.
        private readonly Func<string, string?> _accept;

        // The pack's Speaker part as a whole-phrase test: a titled person, a body, a role, a document or a pronoun.
        private readonly Regex _speakerShape;
        private readonly Regex _bareNoun;
        private readonly IReadOnlyList<string> _speechVerbs;
        private readonly IReadOnlyList<string> _writtenSourceVerbs;

        // The same lists indexed by first character: the cue search asks at every position of every sentence.
        private readonly CueSet _speechVerbSet;
        private readonly CueSet _writtenSourceVerbSet;
        private readonly CueSet _markerSet;

        // Every character a speech or written-source verb starts with: the cue search skips to them rather than asking
        // both verb sets at each position, where nothing else can start a cue. A bit per character, read in a plain loop:
        // the starts are a hundred kanji and kana, and IndexOfAny over so many builds its probabilistic map again at
        // every call, once per candidate of every sentence, which cost more than the verb lookups it spared.
        private readonly CharBits _verbStarts = new CharBits();

        public JapaneseAttribution(ClaimCues cues)
        {
            _names = cues.Names;
            _cues = cues.Japanese;
            _rules = new AttributionRules(_cues.Pack);
            _accept = Accept;
            _speakerShape = new Regex("^(?:" + _cues.Pack.Parts["Speaker"].Expanded + ")$",
                RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, Timeout);
            _bareNoun = new Regex("^(?:" + _cues.Pack.Parts["BareNoun"].Expanded + ")$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
            _speechVerbs = ClaimCues.LongestFirst(_cues.SpeechVerbs);
            _writtenSourceVerbs = ClaimCues.LongestFirst(_cues.WrittenSourceVerbs);
            _speechVerbSet = new CueSet(_speechVerbs);
            _writtenSourceVerbSet = new CueSet(_writtenSourceVerbs);
            _markerSet = new CueSet(ClaimCues.LongestFirst(_cues.QuotativeMarkers));
            foreach (var verb in _speechVerbs.Concat(_writtenSourceVerbs).Where(v => v.Length > 0))
            {
                _verbStarts.Add(verb[0]);
            }
        }

        public Attribution Analyze(string sentence)
        {
            var quotes = QuotationMarks.FindQuotes(sentence);
            var nameTopic = NameTopic(sentence, quotes);

            // The constructions of Data/ja/attribution.yaml first; the general quotative reading below takes the rest.
            var ruled = _rules.Apply(sentence, _accept);
            if (ruled != null)
            {
                ruled.Topic = nameTopic;
                return WithChainedClause(sentence, ruled);
            }

            if (IsStandaloneQuote(sentence, quotes))
            {
                return new Attribution
                {
                    Kind = ClaimKind.DirectQuote,
                    Source = SpeakerSource.Continued,
                    Quote = JoinInner(sentence, quotes),
                };
            }

            var according = FindAccordingTo(sentence, quotes);
            if (according != null)
            {
                return according;
            }

            var cue = FindSpeechCue(sentence, quotes);
            if (cue == null)
            {
                return FindFinding(sentence, quotes) ?? Introducer(sentence, quotes) ?? Attribution.Assertion(nameTopic);
            }

            if (EndsWithColon(sentence) && IntroducerAround(sentence, cue.MarkerStart))
            {
                return Introducer(sentence, quotes) ?? Attribution.Assertion(nameTopic);
            }

            var directQuotes = DirectQuotes(sentence, quotes, cue.VerbStart);
            var speaker = SpeakerBetween(sentence, quotes, cue);
            var topic = Topic(sentence, quotes, directQuotes.Count > 0 ? directQuotes[0].Open : cue.MarkerStart, allowLocative: false);
            var contentStart = 0;
            if (speaker == null && topic.Name != null)
            {
                contentStart = SkipAdverbials(sentence, topic.End, cue.MarkerStart);

                // そのうえで、改定は…に配慮すると付け加えた: a topic that cannot speak belongs to the reported words, and
                // the speaker is the one the article was already quoting.
                if (IsSpeakerShaped(topic.Name))
                {
                    speaker = topic.Name;
                }
                else
                {
                    contentStart = 0;
                }
            }

            speaker ??= ModifiedNounAfter(sentence, cue) ?? AgentBefore(sentence, quotes, topic.End, cue.MarkerStart);

            var attribution = new Attribution
            {
                Kind = directQuotes.Count > 0 ? ClaimKind.DirectQuote : ClaimKind.ReportedSpeech,
                Source = speaker != null ? SpeakerSource.Written : SpeakerSource.Implied,
                SpeakerAsWritten = speaker,
                Cue = CueText(sentence, cue),
                Quote = directQuotes.Count > 0
                    ? JoinQuotes(sentence, directQuotes)
                    : Clean(sentence.Substring(contentStart, Math.Max(0, cue.MarkerStart - contentStart))),
                Topic = nameTopic,
            };

            // 「…」と彼らは次のように述べた: a colon at the end hands the speaker on to the block below.
            attribution.IntroducesBlock = EndsWithColon(sentence);
            if (!attribution.IntroducesBlock && directQuotes.Count == 0 && IsIntroducerOnly(attribution.Quote))
            {
                // ○○は次のように述べています。 reports nothing itself: the paragraph below is what was said.
                attribution.IntroducesBlock = true;
                attribution.Kind = ClaimKind.Assertion;
            }

            return WithChainedClause(sentence, attribution);
        }

        // Whether an introducer (次のように) ends or starts at the marker. A loop rather than a lambda: one capturing the
        // sentence makes the compiler allocate its closure at the entry of Analyze, for every sentence of every article.
        private bool IntroducerAround(string sentence, int markerStart)
        {
            var introducers = _cues.Introducers;
            for (var n = 0; n < introducers.Count; n++)
            {
                var w = introducers[n];
                if ((markerStart >= w.Length && string.CompareOrdinal(sentence, markerStart - w.Length, w, 0, w.Length) == 0) || At(sentence, markerStart, w))
                {
                    return true;
                }
            }

            return false;
        }

        private static string JoinQuotes(string sentence, List<BracketSpan> quotes)
        {
            var inner = new string[quotes.Count];
            for (var q = 0; q < quotes.Count; q++)
            {
                inner[q] = quotes[q].Inner(sentence.Length).Of(sentence);
            }

            return string.Join(" … ", inner);
        }

        /// <summary>
        /// ○○氏は、…と指摘し、…と主張した: one speaker, two reported clauses, the first verb in its continuative form. Both
        /// clauses are what was said, so the words are both passages, joined by " … " as several quotations are. The second
        /// is taken only when, read on its own, it names no speaker of its own (…と指摘し、同社の幹部も…と述べた is two).
        /// </summary>
        private Attribution WithChainedClause(string sentence, Attribution attribution)
        {
            if (attribution.Kind != ClaimKind.ReportedSpeech || string.IsNullOrEmpty(attribution.Quote))
            {
                return attribution;
            }

            var quoteAt = sentence.IndexOf(attribution.Quote!, StringComparison.Ordinal);
            if (quoteAt < 0)
            {
                return attribution;
            }

            // The first clause's own cue, right after its words: と指摘し, と述べ.
            var tail = sentence.Substring(quoteAt);
            var cue = FindSpeechCue(tail, QuotationMarks.FindQuotes(tail));
            if (cue == null || cue.MarkerStart < attribution.Quote!.Length || cue.MarkerStart > attribution.Quote.Length + 1)
            {
                return attribution;
            }

            // The verb's continuative ending (指摘し、 述べ、 語っており、) and the comma that ends the first clause.
            var comma = cue.VerbEnd;
            while (comma < tail.Length && comma - cue.VerbEnd < 5 && Script.IsKana(tail[comma]) && !Script.IsKatakana(tail[comma]))
            {
                comma++;
            }

            if (comma >= tail.Length || tail[comma] != '、' || At(tail, cue.VerbEnd, "た") || At(tail, cue.VerbEnd, "ます"))
            {
                return attribution;
            }

            var second = tail.Substring(comma + 1);
            var secondCue = FindSpeechCue(second, QuotationMarks.FindQuotes(second));
            if (secondCue == null)
            {
                return attribution;
            }

            // A new subject marked as a topic (同社の幹部も…, 山田氏は…) speaks for itself; one in a conditional (AIが…にあれば) is content.
            var own = Analyze(second);
            if (own.Source == SpeakerSource.Written && own.SpeakerAsWritten is string other
                && (second.IndexOf(other + "は", StringComparison.Ordinal) >= 0 || second.IndexOf(other + "も", StringComparison.Ordinal) >= 0))
            {
                return attribution;
            }

            var words = Clean(second.Substring(0, secondCue.MarkerStart));
            if (words.Length < 5 || !(Script.IsKana(words[words.Length - 1]) || words[words.Length - 1] == '」'))
            {
                return attribution;
            }

            attribution.Quote = attribution.Quote + " … " + words;
            return attribution;
        }

        /// <summary>A cue verb with the quotative marker that hands it the reported words (…と述べた, …ことを発表した).</summary>
        internal sealed class SpeechCue
        {
            public int MarkerStart;
            public int MarkerEnd;
            public int VerbStart;
            public int VerbEnd;
            public bool WrittenSource;
        }

        private SpeechCue? FindSpeechCue(string s, IReadOnlyList<BracketSpan> quotes)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!_verbStarts.Contains(s[i]))
                {
                    continue;
                }

                var written = _writtenSourceVerbSet.FirstAt(s, i);
                var verb = written ?? _speechVerbSet.FirstAt(s, i);
                if (verb == null || Inside(quotes, i) || (written == null && !IsActiveVerb(s, i, verb)))
                {
                    continue;
                }

                var marker = MarkerBefore(s, quotes, i);
                if (marker == null)
                {
                    continue;
                }

                return new SpeechCue
                {
                    MarkerStart = marker.Value.Start,
                    MarkerEnd = marker.Value.End,
                    VerbStart = i,
                    VerbEnd = i + verb.Length,
                    WrittenSource = written != null,
                };
            }

            return null;
        }

        // The cue as a reader would quote it: と述べた, ことを発表しました, 語った (the marker only when it touches the verb).
        private static string CueText(string s, SpeechCue cue)
        {
            var end = cue.VerbEnd;
            while (end < s.Length && end - cue.VerbEnd < 8 && (Script.IsKana(s[end]) && !Script.IsKatakana(s[end])))
            {
                end++;
            }

            var start = cue.MarkerEnd == cue.VerbStart ? cue.MarkerStart : cue.VerbStart;
            return s.Substring(start, end - start);
        }

        // 主張され, 言われる name nobody; 主張 as a noun (主張は) is no verb; 指摘があります is.
        private bool IsActiveVerb(string s, int at, string verb)
        {
            var after = at + verb.Length;
            if (AnyAt(s, after, _cues.PassiveEndings))
            {
                return false;
            }

            if (Script.IsKanji(verb[verb.Length - 1]))
            {
                return after < s.Length && (s[after] == 'し' || s[after] == 'す' || At(s, after, "があ") || At(s, after, "を行"));
            }

            return true;
        }

        /// <summary>The quotative marker closest before a cue verb, within the same clause.</summary>
        private TextSpan? MarkerBefore(string s, IReadOnlyList<BracketSpan> quotes, int verbStart)
        {
            // After a closing quote the speaker may sit between と and the verb at length (…と、…の研究責任者であるX氏は述べた).
            var limit = Math.Max(0, verbStart - 120);
            for (var i = verbStart - 1; i >= limit; i--)
            {
                var c = s[i];
                if (c == '。')
                {
                    return null;
                }

                if (Inside(quotes, i))
                {
                    continue;
                }

                foreach (var marker in _markerSet.StartingWith(c))
                {
                    if (!At(s, i, marker) || i + marker.Length > verbStart)
                    {
                        continue;
                    }

                    var afterQuote = ClosesAt(quotes, i - 1);
                    if (!afterQuote && verbStart - (i + marker.Length) > 60)
                    {
                        continue;
                    }

                    if (marker == "と" && !afterQuote && (!EndsClause(s, i) || AnyAt(s, i, NotQuotative)))
                    {
                        continue;
                    }

                    return new TextSpan(i, marker.Length);
                }
            }

            return null;
        }

        // と quotes a clause only after a predicate ending (…だと, …すると, …ないと), not inside a noun list (MetaとGoogle).
        private static bool EndsClause(string s, int at)
        {
            if (at == 0)
            {
                return false;
            }

            var before = s[at - 1];
            return Script.IsKana(before) && before != 'と' && before != 'の' && before != 'を' && !Script.IsKatakana(before);
        }

        /// <summary>The speaker written between the marker and the verb: 「…」と○○氏は述べた, 「…」とメモに書かれており.</summary>
        private string? SpeakerBetween(string s, IReadOnlyList<BracketSpan> quotes, SpeechCue cue)
        {
            var region = s.Substring(cue.MarkerEnd, cue.VerbStart - cue.MarkerEnd);
            var offset = 0;
            while (offset < region.Length && (region[offset] == 'も' || region[offset] == '、' || char.IsWhiteSpace(region[offset])))
            {
                offset++;
            }

            region = region.Substring(offset);
            if (region.Length == 0)
            {
                return null;
            }

            if (cue.WrittenSource)
            {
                foreach (var particle in SourceParticles)
                {
                    if (region.EndsWith(particle, StringComparison.Ordinal) && region.Length > particle.Length)
                    {
                        return Accept(LastClause(region.Substring(0, region.Length - particle.Length)));
                    }
                }

                return null;
            }

            for (var i = 1; i < region.Length; i++)
            {
                if (region[i] != 'は' && region[i] != 'が')
                {
                    continue;
                }

                var before = region[i - 1];
                if (region[i] == 'は' && (before == 'に' || before == 'で' || before == 'と' || before == 'の'))
                {
                    continue;
                }

                var phrase = region.Substring(0, i);
                if (phrase.IndexOf('を') >= 0)
                {
                    return null;
                }

                return Accept(_names.Head(phrase));
            }

            return null;
        }

        /// <summary>The topic of a sentence before <paramref name="limit"/>: ○○氏は, 両調査とも, ○○の研究では.</summary>
        private (string? Name, int End) Topic(string s, IReadOnlyList<BracketSpan> quotes, int limit, bool allowLocative)
        {
            var chunkStart = 0;
            var chunks = 0;
            for (var i = 0; i < limit && i < s.Length && chunks < 3; i++)
            {
                if (Inside(quotes, i))
                {
                    continue;
                }

                var c = s[i];
                if (c == '、' || c == '，')
                {
                    chunkStart = i + 1;
                    chunks++;
                    continue;
                }

                var length = At(s, i, "とも、") ? 2 : c == 'は' ? 1 : 0;
                if (length == 0 || i == chunkStart)
                {
                    continue;
                }

                var phrase = s.Substring(chunkStart, i - chunkStart);
                var before = s[i - 1];
                if (length == 1 && (before == 'の' || before == 'と' || ((before == 'に' || before == 'で') && !allowLocative && !EndsWithSourceNoun(phrase.Substring(0, phrase.Length - 1)))))
                {
                    continue;
                }

                if (length == 1 && (before == 'に' || before == 'で'))
                {
                    phrase = phrase.Substring(0, phrase.Length - 1);
                }

                var name = Accept(_names.Head(phrase));
                return (name, i + length);
            }

            return (null, 0);
        }

        /// <summary>A name-shaped subject (Metaは…, マーク・ザッカーバーグが…) that later pronouns may point back to.</summary>
        private string? NameTopic(string s, IReadOnlyList<BracketSpan> quotes)
        {
            var chunkStart = 0;

            // Whether s[chunkStart..i) holds a character a name can start with (_names.CanStartName). A chunk without
            // one names nobody unless the character before は/が can end a name, which Head and the trims never change
            // when it is no space or comma: such a chunk is turned away without being cut out and trimmed.
            var startable = s.Length > 0 && _names.CanStartName(s[0]);
            for (var i = 1; i < s.Length && i < 80; i++)
            {
                if (Inside(quotes, i))
                {
                    startable |= _names.CanStartName(s[i]);
                    continue;
                }

                if (s[i] == '、' || QuotationMarks.IsCloser(s[i]) || (s[i] == 'と' && i > 0 && QuotationMarks.IsCloser(s[i - 1])))
                {
                    chunkStart = i + 1;
                    startable = false;
                    continue;
                }

                if ((s[i] == 'は' || s[i] == 'が') && i > chunkStart
                    && (startable || _names.CanEndName(s[i - 1]) || char.IsWhiteSpace(s[i - 1]) || s[i - 1] == '、' || s[i - 1] == ',' || s[i - 1] == '，'))
                {
                    var phrase = _names.Head(s.Substring(chunkStart, i - chunkStart));
                    if (_names.LooksLikeName(phrase))
                    {
                        return phrase;
                    }
                }

                startable |= _names.CanStartName(s[i]);
            }

            return null;
        }

        private string? Accept(string phrase)
        {
            phrase = phrase.Trim(PhrasePadding);
            var bare = StripTrailingTitle(phrase);
            if (bare.Length == 0 || bare.Length > 60 || phrase.IndexOf('。') >= 0 || "なのをにがはとでもや".IndexOf(phrase[0]) >= 0)
            {
                return null;
            }

            if (AnyAt(phrase, 0, _cues.Demonstratives) && !EndsWithSourceNoun(phrase))
            {
                return null;
            }

            return phrase;
        }

        private bool IsSpeakerShaped(string phrase) =>
            !SafeRegex.IsMatch(_bareNoun, phrase)
            || _names.LooksLikeName(phrase) || _names.IsPronoun(phrase) || _names.IsFirstPersonSingular(phrase)
            || EndsWithSourceNoun(phrase) || SafeRegex.IsMatch(_speakerShape, phrase);

        private bool EndsWithSourceNoun(string phrase)
        {
            var bare = StripTrailingTitle(phrase);
            var nouns = _cues.SourceNouns;
            for (var n = 0; n < nouns.Count; n++)
            {
                if (bare.EndsWith(nouns[n], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // Economist誌の最新記事「…」 : a title in brackets after the source does not change what the source is.
        private string StripTrailingTitle(string phrase) => _names.WithoutTitle(phrase);

        private string? ModifiedNounAfter(string s, SpeechCue cue)
        {
            var match = SafeRegex.Match(ModifiedNoun, s.Substring(cue.VerbEnd));
            if (!match.Success)
            {
                return null;
            }

            var noun = match.Groups["np"].Value;
            return _names.LooksLikeName(noun) || EndsWithSourceNoun(noun) ? Accept(noun) : null;
        }

        // この動きは、多くの開発者によって歓迎されており、…と述べている: the agent of the passive is the one speaking.
        private string? AgentBefore(string s, IReadOnlyList<BracketSpan> quotes, int from, int until)
        {
            var at = s.IndexOf("によって", from, StringComparison.Ordinal);
            if (at <= from || at >= until || Inside(quotes, at))
            {
                return null;
            }

            var phrase = s.Substring(from, at - from).Trim(ClausePadding);
            return phrase.Length <= 40 ? Accept(phrase) : null;
        }

        private Attribution? FindAccordingTo(string s, IReadOnlyList<BracketSpan> quotes)
        {
            // By index: the interface's enumerator would be allocated for every sentence.
            var markers = _cues.AccordingTo;
            for (var m = 0; m < markers.Count; m++)
            {
                var marker = markers[m];
                var at = IndexOutside(s, quotes, marker, 0);
                if (at <= 0)
                {
                    continue;
                }

                var clauseStart = LastClauseStart(s, quotes, at);
                var source = Accept(_names.Head(s.Substring(clauseStart, at - clauseStart)));
                if (source == null)
                {
                    continue;
                }

                var contentStart = at + marker.Length;
                while (contentStart < s.Length && (s[contentStart] == '、' || char.IsWhiteSpace(s[contentStart])))
                {
                    contentStart++;
                }

                return new Attribution
                {
                    Kind = ClaimKind.ReportedSpeech,
                    Source = SpeakerSource.Written,
                    SpeakerAsWritten = source,
                    Cue = marker,
                    Quote = Clean(s.Substring(contentStart)),
                };
            }

            return null;
        }

        private Attribution? FindFinding(string s, IReadOnlyList<BracketSpan> quotes)
        {
            var markers = _cues.Findings;
            for (var m = 0; m < markers.Count; m++)
            {
                var marker = markers[m];
                var at = IndexOutside(s, quotes, marker, 0);
                if (at <= 0)
                {
                    continue;
                }

                var topic = Topic(s, quotes, at, allowLocative: false);
                return new Attribution
                {
                    Kind = ClaimKind.ReportedSpeech,
                    Source = topic.Name != null ? SpeakerSource.Written : SpeakerSource.None,
                    SpeakerAsWritten = topic.Name,
                    Cue = marker,
                    Quote = Clean(s.Substring(SkipAdverbials(s, topic.End, at), at - SkipAdverbials(s, topic.End, at))),
                };
            }

            return null;
        }

        /// <summary>彼らは次のように述べています: / メモには、さらに以下のような指摘があります: — the block after it is the quotation.</summary>
        private Attribution? Introducer(string s, IReadOnlyList<BracketSpan> quotes)
        {
            // Loops rather than lambdas: a closure over s and quotes is allocated at the method's entry, and this is asked
            // of every sentence that names no speaker, where the colon test turns nearly all of them away.
            if (!EndsWithColon(s) || !AnyOutside(s, quotes, _cues.Introducers))
            {
                return null;
            }

            var hasVerb = AnyOutside(s, quotes, _speechVerbs) || AnyOutside(s, quotes, _writtenSourceVerbs);
            if (!hasVerb)
            {
                return new Attribution { Kind = ClaimKind.Assertion, Source = SpeakerSource.Implied, IntroducesBlock = true };
            }

            var topic = Topic(s, quotes, s.Length, allowLocative: true);
            return new Attribution
            {
                Kind = ClaimKind.Assertion,
                Source = topic.Name != null ? SpeakerSource.Written : SpeakerSource.Implied,
                SpeakerAsWritten = topic.Name,
                IntroducesBlock = true,
            };
        }

        /// <summary>
        /// The speaker a press-release heading names for the comment under it (■代表取締役社長 山田 太郎のコメント →
        /// 代表取締役社長 山田 太郎), or null when the heading names no one or is no comment heading.
        /// </summary>
        public string? CommentHeadingSpeaker(string heading)
        {
            var text = heading.Trim().TrimStart('■', '□', '◆', '◇', '●', '○', '▼', '▽', '#', '【', '[', '［', ' ', '　').TrimEnd('】', ']', '］', ' ', '　');
            foreach (var ending in _cues.CommentHeadings.OrderByDescending(w => w.Length))
            {
                if (text.EndsWith(ending, StringComparison.Ordinal) && text.Length - ending.Length >= 2)
                {
                    var who = text.Substring(0, text.Length - ending.Length).Trim();
                    return who.IndexOfAny(new[] { '。', '、', '「', '」' }) < 0 ? who : null;
                }
            }

            return null;
        }

        private bool IsIntroducerOnly(string? quote)
        {
            var words = quote?.Trim();
            if (string.IsNullOrEmpty(words))
            {
                return false;
            }

            // A loop rather than a lambda over words, whose closure would be allocated for every reported clause.
            var introducers = _cues.Introducers;
            for (var n = 0; n < introducers.Count; n++)
            {
                var w = introducers[n];
                if (w == words || w == words + "ように")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The document a sentence says was read or quoted (この報告書を読み直しました → この報告書), or null.</summary>
        public string? SourceOfPassage(string previousSentence)
        {
            var match = SafeRegex.Match(ReadSource, previousSentence);
            return match.Success ? Accept(_names.Head(match.Groups["np"].Value)) : null;
        }

        /// <summary>Quotations that are someone's own words: opening a clause and closed by a quotative (「…」と, 「…」という).</summary>
        private List<BracketSpan> DirectQuotes(string s, IReadOnlyList<BracketSpan> quotes, int before)
        {
            var direct = new List<BracketSpan>();
            foreach (var quote in quotes)
            {
                if (quote.Open >= before || !quote.IsClosed)
                {
                    continue;
                }

                var after = quote.Close + 1;
                while (after < s.Length && char.IsWhiteSpace(s[after]))
                {
                    after++;
                }

                var quotative = At(s, after, "と") || At(s, after, "って") || At(s, after, "、と");
                if (quotative && OpensClause(s, quote.Open))
                {
                    direct.Add(quote);
                }
            }

            return direct;
        }

        // 「完全に間違っていた」と語った after …共有したときは is a fragment inside reported speech, not a quotation;
        // a quotation opens the sentence, follows a comma, or follows the speaker's topic (○○氏は「…」).
        private bool OpensClause(string s, int open)
        {
            var i = open - 1;
            while (i >= 0 && char.IsWhiteSpace(s[i]))
            {
                i--;
            }

            if (i < 0 || ClauseBoundaries.IndexOf(s[i]) >= 0 || Bullets.IndexOf(s[i]) >= 0)
            {
                return true;
            }

            if (s[i] != 'は' || i == 0)
            {
                return false;
            }

            // ○○氏は「…」: the topic must be the whole clause before the quotation.
            var clauseStart = i;
            while (clauseStart > 0 && s[clauseStart - 1] != '、' && s[clauseStart - 1] != '。')
            {
                clauseStart--;
            }

            var topic = s.Substring(clauseStart, i - clauseStart);
            return topic.Length > 0 && topic.Length <= 40 && _names.LooksLikeName(_names.Head(topic));
        }

        private static bool IsStandaloneQuote(string s, IReadOnlyList<BracketSpan> quotes)
        {
            if (quotes.Count == 0)
            {
                return false;
            }

            var covered = 0;
            var previousEnd = 0;
            foreach (var quote in quotes)
            {
                for (var i = previousEnd; i < quote.Open; i++)
                {
                    if (!IsFiller(s[i]))
                    {
                        return false;
                    }
                }

                covered += quote.After(s.Length) - quote.Open;
                previousEnd = quote.After(s.Length);
            }

            for (var i = previousEnd; i < s.Length; i++)
            {
                if (!IsFiller(s[i]))
                {
                    return false;
                }
            }

            // Scare quotes one word long (「犬」「猫」) are words, not someone speaking.
            return covered >= 8;
        }

        private static bool IsFiller(char c) =>
            char.IsWhiteSpace(c) || Bullets.IndexOf(c) >= 0 || c == '。' || c == '．' || c == '.' || c == '、' || c == ',' || c == '！' || c == '？' || c == '!' || c == '?' || char.IsDigit(c) || c == ')' || c == '）';

        private static string JoinInner(string s, IReadOnlyList<BracketSpan> quotes) =>
            string.Join(" … ", quotes.Select(q => q.Inner(s.Length).Of(s).Trim()));

        private static int SkipAdverbials(string s, int from, int until)
        {
            // ○○氏は、最近のインタビューで、…: short chunks ending in で/に/また are setting, not content.
            var start = from;
            while (true)
            {
                while (start < until && (s[start] == '、' || char.IsWhiteSpace(s[start])))
                {
                    start++;
                }

                var comma = s.IndexOf('、', start);
                if (comma < 0 || comma >= until || comma - start > 20)
                {
                    return start;
                }

                var chunk = s.Substring(start, comma - start);
                if (!(chunk.EndsWith("で", StringComparison.Ordinal) || chunk.EndsWith("に対し", StringComparison.Ordinal) || chunk.EndsWith("に対して", StringComparison.Ordinal)
                    || chunk == "また" || chunk.EndsWith("では", StringComparison.Ordinal) || chunk.EndsWith("には", StringComparison.Ordinal)))
                {
                    return start;
                }

                start = comma + 1;
            }
        }

        private static int LastClauseStart(string s, IReadOnlyList<BracketSpan> quotes, int before)
        {
            for (var i = before - 1; i >= 0; i--)
            {
                if (!Inside(quotes, i) && (s[i] == '、' || s[i] == '。'))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        private string LastClause(string phrase)
        {
            var comma = phrase.LastIndexOf('、');
            return _names.Head(comma >= 0 ? phrase.Substring(comma + 1) : phrase);
        }

        private static bool EndsWithColon(string s)
        {
            var t = s.TrimEnd();
            return t.EndsWith(":", StringComparison.Ordinal) || t.EndsWith("：", StringComparison.Ordinal);
        }

        private static string Clean(string words) => words.Trim().TrimEnd(SentenceEnds).Trim(WordPadding);

        private static int IndexOutside(string s, IReadOnlyList<BracketSpan> quotes, string word, int from)
        {
            var at = s.IndexOf(word, from, StringComparison.Ordinal);
            while (at >= 0 && Inside(quotes, at))
            {
                at = s.IndexOf(word, at + 1, StringComparison.Ordinal);
            }

            return at;
        }

        private static bool AnyOutside(string s, IReadOnlyList<BracketSpan> quotes, IReadOnlyList<string> words)
        {
            for (var w = 0; w < words.Count; w++)
            {
                if (IndexOutside(s, quotes, words[w], 0) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Inside(IReadOnlyList<BracketSpan> quotes, int i)
        {
            // By index: an enumerator of the interface would be allocated for every character a scan asks about.
            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                if (i >= quote.Open && (!quote.IsClosed || i <= quote.Close))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether any of words is written at i: a loop by index, where a lambda would be a closure for every call, and the
        // scans ask this at every candidate verb, marker and phrase of every sentence.
        private static bool AnyAt(string s, int i, IReadOnlyList<string> words)
        {
            for (var w = 0; w < words.Count; w++)
            {
                if (At(s, i, words[w]))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether a closed quotation ends at i.
        private static bool ClosesAt(IReadOnlyList<BracketSpan> quotes, int i)
        {
            for (var q = 0; q < quotes.Count; q++)
            {
                if (quotes[q].IsClosed && quotes[q].Close == i)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool At(string s, int i, string word) =>
            i >= 0 && i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;
    }
}
