using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Claims
{
    /// <summary>One turn of a scripted dialogue: who speaks, and where the spoken words start in their paragraph.</summary>
    internal sealed class DialogueTurn
    {
        public DialogueTurn(string speaker, int paragraph, int wordsStart)
        {
            Speaker = speaker;
            Paragraph = paragraph;
            WordsStart = wordsStart;
        }

        public string Speaker { get; }

        /// <summary>The paragraph holding the spoken words.</summary>
        public int Paragraph { get; }

        /// <summary>Offset of the words in that paragraph (after "名前：" in the one-line form).</summary>
        public int WordsStart { get; }
    }

    /// <summary>
    /// Finds dialogues written as turns: a short speaker label on its own line followed by what they say
    /// (explainer sites script a persona asking and a mentor answering), or "名前：発言" on one line.
    /// A run counts as a dialogue only with at least three turns by at least two recurring speakers,
    /// so a lone heading above a paragraph is never taken for a speaker.
    /// </summary>
    internal static class DialogueTurns
    {
        private const int MaximumLabelLength = 20;
        private const int MinimumTurns = 3;

        private static readonly Regex ColonTurn = new Regex(
            @"^(?<label>[^\s：:「」『』。、，,.!?！？()（）]{1,15})\s*[：:]\s*(?<words>\S.*)$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200));

        private static readonly char[] Colons = { ':', '：' };

        /// <summary>The turns, keyed by the paragraph of their words; label-only paragraphs are listed in <paramref name="labels"/>.</summary>
        public static IReadOnlyDictionary<int, DialogueTurn> Find(IReadOnlyList<string> paragraphs, out ISet<int> labels)
        {
            var turns = new Dictionary<int, DialogueTurn>();
            labels = new HashSet<int>();
            var run = new List<(DialogueTurn Turn, int Label)>();
            var i = 0;
            while (i <= paragraphs.Count)
            {
                DialogueTurn? turn = null;
                var label = -1;
                if (i < paragraphs.Count)
                {
                    if (i + 1 < paragraphs.Count && IsLabel(paragraphs[i]) && IsSpoken(paragraphs[i + 1]))
                    {
                        turn = new DialogueTurn(paragraphs[i].Trim(), i + 1, 0);
                        label = i;
                    }
                    else
                    {
                        var colon = paragraphs[i].IndexOfAny(Colons) < 0 ? Match.Empty : SafeRegex.Match(ColonTurn, paragraphs[i]);
                        if (colon.Success && !char.IsDigit(colon.Groups["label"].Value[0]) && !colon.Groups["label"].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                        {
                            turn = new DialogueTurn(colon.Groups["label"].Value, i, colon.Groups["words"].Index);
                        }
                    }
                }

                if (turn != null)
                {
                    run.Add((turn, label));
                    i = turn.Paragraph + 1;
                    continue;
                }

                Accept(run, turns, labels);
                run.Clear();
                i++;
            }

            return turns;
        }

        private static void Accept(List<(DialogueTurn Turn, int Label)> run, Dictionary<int, DialogueTurn> turns, ISet<int> labels)
        {
            var speakers = run.GroupBy(t => t.Turn.Speaker).ToList();
            if (run.Count < MinimumTurns || speakers.Count < 2 || speakers.Count(g => g.Count() >= 2) < 1)
            {
                return;
            }

            foreach (var (turn, label) in run)
            {
                turns[turn.Paragraph] = turn;
                if (label >= 0)
                {
                    labels.Add(label);
                }
            }
        }

        private static bool IsLabel(string paragraph)
        {
            var label = paragraph.Trim();
            return label.Length > 0 && label.Length <= MaximumLabelLength && !char.IsDigit(label[0])
                && label.IndexOfAny("。、，,.!?！？:：「」『』“”\"()（）→".ToCharArray()) < 0;
        }

        private static bool IsSpoken(string paragraph)
        {
            var words = paragraph.Trim();
            return !IsLabel(words) && words.IndexOfAny("。！？!?.".ToCharArray()) >= 0;
        }
    }
}
