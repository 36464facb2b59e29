using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDocTools.Text;

namespace AiDocTools.Articles
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
    /// (explainer sites script a persona asking and a mentor answering), "名前：発言" or "Jane Q. Roe: words" on one
    /// line (podcast and interview transcripts), or "【名前】発言"
    /// as magazines print round-table talks. This is the document's structure, read before claims and entities,
    /// which both use it (the turns' words are quotations, the labels are people).
    /// A run counts as a dialogue only with at least three turns by at least two recurring speakers,
    /// so a lone heading above a paragraph is never taken for a speaker.
    /// </summary>
    internal static class DialogueTurns
    {
        private const int MaximumLabelLength = 20;
        private const int MinimumTurns = 3;

        private static readonly Regex ColonTurn = new Regex(
            @"^(?<label>[^\s：:「」『』。、，,.!?！？()（）]{1,15}|[A-Z][\w'’\-]*\.?(?:\s[A-Z][\w'’\-]*\.?){1,3})\s*[：:]\s*(?<words>\S.*)$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        // 【リー】 一昨年の…: the bracketed label of printed round-tables, its words on the same line.
        private static readonly Regex BracketTurn = new Regex(
            @"^\s*[【\[［](?<label>[^】\]］\s：:「」。、]{1,15})[】\]］]\s*(?<words>\S.*)$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        // ――まず、…ですか。: Japanese interviews print the interviewer's questions after a long dash, with no name;
        // the answers around them are the guest's turns, so the questions are turns too, of the interviewer.
        private static readonly Regex DashQuestion = new Regex(
            @"^\s*(?:――|──|—―|——|―)\s*(?<words>\S.*)$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        /// <summary>The speaker of an unnamed interviewer's turn (――…).</summary>
        public const string Interviewer = "聞き手";

        private static readonly char[] Colons = { ':', '：' };

        private static readonly char[] BracketOpeners = { '【', '[', '［' };

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
                        if (!colon.Success && paragraphs[i].IndexOfAny(BracketOpeners) >= 0)
                        {
                            colon = SafeRegex.Match(BracketTurn, paragraphs[i]);
                        }

                        var question = colon.Success ? Match.Empty : SafeRegex.Match(DashQuestion, paragraphs[i]);
                        if (question.Success)
                        {
                            turn = new DialogueTurn(Interviewer, i, question.Groups["words"].Index);
                        }

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
