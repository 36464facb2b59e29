using System;
using System.Collections.Generic;
using System.Linq;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// Who speaks in one English sentence, by the rules of Data/en/attribution.yaml ("…," X said; "…," said X, the
    /// firm's chief executive; X said on Tuesday that …; X told a newspaper that …; according to X; …, people familiar
    /// with the matter said). What stays here is mechanism: every quotation of a quoted sentence joined as its words,
    /// a quotation standing alone handed to the last speaker, and the subject remembered for later pronouns.
    /// </summary>
    internal sealed class EnglishAttribution
    {
        private readonly AttributionRules _rules;
        private readonly HashSet<string> _notSpeakers;

        // Built once: a method group passed per sentence would be a new delegate each time.
        private readonly Func<string, string?> _speaker;

        private readonly SpeakerNames _names;

        public EnglishAttribution(ClaimCues cues)
        {
            _names = cues.Names;
            _rules = new AttributionRules(cues.English.Pack);
            _notSpeakers = new HashSet<string>(cues.English.NotSpeakers, StringComparer.Ordinal);
            _speaker = Speaker;
        }

        public Attribution Analyze(string sentence)
        {
            var quotes = QuotationMarks.FindQuotes(sentence);
            var found = _rules.Apply(sentence, _speaker);
            if (found != null)
            {
                if (found.Kind == ClaimKind.DirectQuote && quotes.Count > 0)
                {
                    found.Quote = Words(sentence, quotes);
                }
                else
                {
                    found.Quote = found.Quote?.TrimEnd('.');
                }

                return found;
            }

            // A quotation standing alone continues the last speaker.
            if (quotes.Count > 0)
            {
                var before = sentence.Substring(0, quotes[0].Open);
                var after = sentence.Substring(quotes[quotes.Count - 1].After(sentence.Length));
                var words = Words(sentence, quotes);
                if (before.Trim().Length == 0 && after.Trim().TrimEnd('.', '!', '?').Length == 0 && words.Length >= 12)
                {
                    return new Attribution { Kind = ClaimKind.DirectQuote, Source = SpeakerSource.Continued, Quote = words };
                }
            }

            return Attribution.Assertion(SubjectName(sentence));
        }

        private static string Words(string s, IReadOnlyList<BracketSpan> quotes) =>
            string.Join(" … ", quotes.Select(q => q.Inner(s.Length).Of(s).Trim().TrimEnd(',')));

        // "It said", "This says" and "Experts say" name no one we can hold to the words.
        private string? Speaker(string written)
        {
            var s = written.Trim().TrimEnd(',');
            return s.Length == 0 || _notSpeakers.Contains(s) ? null : s;
        }

        private static readonly string[] NotNames = { "The", "This", "That", "These", "Those", "It", "In", "On", "At", "But", "And", "However", "A", "An", "As", "For", "If", "When", "While", "After", "Before", "So", "We", "I", "He", "She", "They", "What", "Why", "How" };

        /// <summary>The name a sentence opens with (Meta released…), remembered so "they" and "he" can point back to it.</summary>
        private string? SubjectName(string sentence)
        {
            var words = sentence.Split(' ').TakeWhile(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith(",", StringComparison.Ordinal)).Take(4).ToList();
            if (words.Count == 0 || NotNames.Contains(words[0]))
            {
                return null;
            }

            var name = string.Join(" ", words).TrimEnd('.', ',', ':');
            return _names.LooksLikeName(name) ? name : null;
        }
    }
}
