using System;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// Who speaks in one English sentence: "…," X said; "…," said X; X said, "…"; X said (that) …;
    /// X told The Verge …; according to X, …; …, according to X; and a quotation standing alone.
    /// </summary>
    internal sealed class EnglishAttribution
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

        // A speaker: a pronoun, "the company"-like phrase, or up to six name words with their titles (Meta CEO Mark Zuckerberg).
        private const string Speaker =
            @"(?<speaker>(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Tt]he\s+(?:company|firm|group|lab|startup|report|study|paper|memo|article|researchers?|authors?)|[A-Z][\w'’.&\-]*(?:\s+(?:[A-Z][\w'’.&\-]*|of|the|de|van|von|and|al\.))*(?:'s\s+[\w\s]{1,30}?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)?))";

        private readonly Regex _quoteThenSpeaker;
        private readonly Regex _quoteThenVerb;
        private readonly Regex _speakerBeforeQuote;
        private readonly Regex _reported;
        private readonly Regex _trailingSpeaker;
        private readonly Regex _accordingFirst;
        private readonly Regex _accordingLast;

        public EnglishAttribution(ClaimCues cues)
        {
            var verbs = "(?<cue>" + string.Join("|", ClaimCues.LongestFirst(cues.English.SpeechVerbs).Select(Regex.Escape)) + ")";
            const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
            _quoteThenSpeaker = new Regex(@"^[\s,]*" + Speaker + @"\s+" + verbs + @"\b(?<rest>.*)$", options, Timeout);
            _quoteThenVerb = new Regex(@"^[\s,]*" + verbs + @"\s+" + Speaker + @"(?<rest>.*)$", options, Timeout);
            _speakerBeforeQuote = new Regex(@"(?:^|[,;]\s+|\bAnd\s+|\bBut\s+)" + Speaker + @"\s+(?:also\s+|later\s+|then\s+)?" + verbs + @"(?:\s+(?:in|on|at|to)\s+[^,:""“]{1,40})?\s*[,:]?\s*$", options, Timeout);
            _reported = new Regex(@"^(?:(?:But|And|However|Yet|Still|In\s+a\s+[\w\s]{1,30}),?\s+)?" + Speaker + @"\s+(?:also\s+|has\s+|had\s+|have\s+|previously\s+)?" + verbs + @"(?:\s+(?:[A-Z][\w'’.&\-]*(?:\s+[A-Z][\w'’.&\-]*)*|reporters|me|us|him|her|them))?(?:\s+(?:last|this|on|in)\s+\w+)?,?\s+(?:that\s+)?(?<content>.+)$", options, Timeout);
            _trailingSpeaker = new Regex(@"^(?<content>.+?),\s+" + Speaker + @"\s+" + verbs + @"(?:\s+[^,]{0,40})?\.?$", options, Timeout);
            _accordingFirst = new Regex(@"^According\s+to\s+(?<speaker>[^,]{2,80}),\s*(?<content>.+)$", options, Timeout);
            _accordingLast = new Regex(@"^(?<content>.+?),?\s+according\s+to\s+(?<speaker>[^,.;]{2,80})\.?$", options, Timeout);
        }

        public Attribution Analyze(string sentence)
        {
            var quotes = QuotationMarks.FindQuotes(sentence);
            if (quotes.Count > 0)
            {
                var quoted = Quoted(sentence, quotes);
                if (quoted != null)
                {
                    return quoted;
                }
            }

            var according = SafeRegex.Match(_accordingFirst, sentence);
            if (!according.Success)
            {
                according = SafeRegex.Match(_accordingLast, sentence);
            }

            if (according.Success)
            {
                return Reported(according.Groups["speaker"].Value, "according to", according.Groups["content"].Value);
            }

            var reported = SafeRegex.Match(_reported, sentence);
            if (reported.Success && IsSpeaker(reported.Groups["speaker"].Value))
            {
                return Reported(reported.Groups["speaker"].Value, reported.Groups["cue"].Value, reported.Groups["content"].Value);
            }

            var trailing = SafeRegex.Match(_trailingSpeaker, sentence);
            if (trailing.Success && IsSpeaker(trailing.Groups["speaker"].Value))
            {
                return Reported(trailing.Groups["speaker"].Value, trailing.Groups["cue"].Value, trailing.Groups["content"].Value);
            }

            return Attribution.Assertion(SubjectName(sentence));
        }

        private Attribution? Quoted(string s, System.Collections.Generic.IReadOnlyList<BracketSpan> quotes)
        {
            var first = quotes[0];
            var last = quotes[quotes.Count - 1];
            var words = string.Join(" … ", quotes.Select(q => q.Inner(s.Length).Of(s).Trim().TrimEnd(',')));
            var before = s.Substring(0, first.Open);
            var after = s.Substring(last.After(s.Length));

            // "…," Mark Zuckerberg said.  /  "…," said Mark Zuckerberg.
            var match = SafeRegex.Match(_quoteThenSpeaker, after);
            if (match.Success && IsSpeaker(match.Groups["speaker"].Value) && before.Trim().Length == 0)
            {
                return Direct(match.Groups["speaker"].Value, match.Groups["cue"].Value, words);
            }

            match = SafeRegex.Match(_quoteThenVerb, after);
            if (match.Success && IsSpeaker(match.Groups["speaker"].Value) && before.Trim().Length == 0)
            {
                return Direct(match.Groups["speaker"].Value, match.Groups["cue"].Value, words);
            }

            // Mark Zuckerberg said: "…"
            match = SafeRegex.Match(_speakerBeforeQuote, before);
            if (match.Success && IsSpeaker(match.Groups["speaker"].Value))
            {
                return Direct(match.Groups["speaker"].Value, match.Groups["cue"].Value, words);
            }

            // A quotation standing alone continues the last speaker.
            if (before.Trim().Length == 0 && after.Trim().TrimEnd('.', '!', '?').Length == 0 && words.Length >= 12)
            {
                return new Attribution { Kind = ClaimKind.DirectQuote, Source = SpeakerSource.Continued, Quote = words };
            }

            return null;
        }

        private static Attribution Direct(string speaker, string cue, string words) => new Attribution
        {
            Kind = ClaimKind.DirectQuote,
            Source = SpeakerSource.Written,
            SpeakerAsWritten = speaker.Trim().TrimEnd('.', ','),
            Cue = cue,
            Quote = words,
        };

        private static Attribution Reported(string speaker, string cue, string content) => new Attribution
        {
            Kind = ClaimKind.ReportedSpeech,
            Source = SpeakerSource.Written,
            SpeakerAsWritten = speaker.Trim().TrimEnd('.', ','),
            Cue = cue,
            Quote = content.Trim().TrimEnd('.'),
        };

        // "It said", "This says" and "Experts say" name no one we can hold to the words.
        private static bool IsSpeaker(string speaker)
        {
            var s = speaker.Trim();
            return s.Length > 0 && s != "It" && s != "This" && s != "That" && s != "There" && s != "What" && s != "Some";
        }

        private static readonly string[] NotNames = { "The", "This", "That", "These", "Those", "It", "In", "On", "At", "But", "And", "However", "A", "An", "As", "For", "If", "When", "While", "After", "Before", "So", "We", "I", "He", "She", "They", "What", "Why", "How" };

        /// <summary>The name a sentence opens with (Meta released…), remembered so "they" and "he" can point back to it.</summary>
        private static string? SubjectName(string sentence)
        {
            var words = sentence.Split(' ').TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith(",", StringComparison.Ordinal)).Take(4).ToList();
            if (words.Count == 0 || NotNames.Contains(words[0]))
            {
                return null;
            }

            var name = string.Join(" ", words).TrimEnd('.', ',', ':');
            return SpeakerNames.LooksLikeName(name) ? name : null;
        }
    }
}
