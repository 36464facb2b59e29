using System;
using AiDocTools.Rules;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>
    /// Runs the rules of an attribution pack over one sentence: the first rule, in file order, whose match names a
    /// speaker the engine accepts gives the attribution. The pack says what the constructions are; this class only
    /// turns a match into an <see cref="Attribution"/>: <c>kind: direct</c> for quoted words, <c>kind: reported</c>
    /// for reported ones, and a reported capture that is exactly one quotation (報告書は「…」としている) is quoted after all.
    /// </summary>
    internal sealed class AttributionRules
    {
        // Writers' sentences stay far below this; a longer "sentence" is a table, a run-on list or hostile text, where
        // a dozen patterns each running to their time limit would stall the pipeline for nothing.
        private const int MaximumSentenceLength = 600;

        // A rule whose matches keep naming nobody (It said…, It said…) is given up after this many.
        private const int MaximumMatchesPerRule = 8;

        private readonly RulePack _pack;

        public AttributionRules(RulePack pack)
        {
            _pack = pack;
        }

        /// <param name="sentence">One sentence.</param>
        /// <param name="accept">The speaker as the engine keeps it, or null when the phrase names nobody (It said).</param>
        public Attribution? Apply(string sentence, Func<string, string?> accept)
        {
            if (sentence.Length > MaximumSentenceLength)
            {
                return null;
            }

            // Which rules the sentence holds the words of, in the thread's spare array: a new one per sentence was most of
            // what the rules allocated, and a call that comes back in through accept gets its own (SpareArray).
            var rules = _pack.Rules;
            var eligible = SpareArray<bool>.Rent(rules.Count);
            try
            {
                _pack.Eligible(sentence, eligible);
                return FirstAccepted(sentence, accept, eligible);
            }
            finally
            {
                SpareArray<bool>.Return(eligible, rules.Count);
            }
        }

        private Attribution? FirstAccepted(string sentence, Func<string, string?> accept, bool[] eligible)
        {
            // By index rather than through RulePack.MatchesIn: the same rules in the same order, without the enumerators
            // that walk would allocate for every sentence of every article.
            var rules = _pack.Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                if (!eligible[r])
                {
                    continue;
                }

                var rule = rules[r];
                var match = rule.FirstMatch(sentence);
                for (var tried = 1; match.Success; match = tried++ < MaximumMatchesPerRule ? Rule.NextMatch(match) : System.Text.RegularExpressions.Match.Empty)
                {
                    var speaker = match.Groups["speaker"];
                    var accepted = speaker.Success ? accept(speaker.Value) : null;
                    if (accepted == null)
                    {
                        continue;
                    }

                    var direct = rule.Property("kind") == "direct";
                    var quote = match.Groups["quote"];
                    var words = quote.Success ? quote.Value : null;
                    if (!direct && words != null && OneQuotation(words) is string inner)
                    {
                        words = inner;
                        direct = true;
                    }

                    // The description right before the speaker (評価を担当する幹部, 東都大学の森教授) is how the text
                    // writes who speaks; a pronoun or a phrase the engine rewrote keeps its own form.
                    var description = match.Groups["description"];
                    string? name = null;
                    if (description.Success && accepted == speaker.Value && description.Index + description.Length == speaker.Index)
                    {
                        name = accepted;
                        accepted = description.Value.TrimStart() + accepted;
                    }

                    var cue = match.Groups["cue"];
                    return new Attribution
                    {
                        Kind = direct ? ClaimKind.DirectQuote : ClaimKind.ReportedSpeech,
                        Source = SpeakerSource.Written,
                        SpeakerAsWritten = accepted,
                        SpeakerName = name,
                        Cue = cue.Success ? cue.Value : rule.Property("cue"),
                        Quote = words?.Trim().TrimEnd('。', '．').Trim(),
                    };
                }
            }

            return null;
        }

        private static string? OneQuotation(string words)
        {
            var trimmed = words.Trim();
            var quotes = QuotationMarks.FindQuotes(trimmed);
            return quotes.Count == 1 && quotes[0].IsClosed && quotes[0].Open == 0 && quotes[0].Close == trimmed.Length - 1
                ? quotes[0].Inner(trimmed.Length).Of(trimmed)
                : null;
        }
    }
}
