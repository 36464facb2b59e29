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
        public DialogueTurn(string speaker, int paragraph, int wordsStart, DialogueRole role = DialogueRole.Named, string? label = null)
        {
            Speaker = speaker;
            Paragraph = paragraph;
            WordsStart = wordsStart;
            Role = role;
            Label = role == DialogueRole.Named ? speaker : label;
        }

        public string Speaker { get; }

        /// <summary>Whether the turn names its speaker or only says which side of an interview it is on.</summary>
        public DialogueRole Role { get; }

        /// <summary>The label as printed (Q, A, 田中), or null when the turn has none (――… and the answer after it).</summary>
        public string? Label { get; }

        /// <summary>The paragraph holding the spoken words.</summary>
        public int Paragraph { get; }

        /// <summary>Offset of the words in that paragraph (after "名前：" in the one-line form).</summary>
        public int WordsStart { get; }
    }

    /// <summary>Who speaks a turn: a named speaker, or the interviewer or the guest of an interview that names neither in its turns.</summary>
    internal enum DialogueRole
    {
        Named,
        Interviewer,
        Interviewee,
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

        // Interviews printed as labelled turns let an answer run on in a paragraph with no label, and newspapers put a
        // paragraph of reported comment between two questions (Not everyone agrees. X told…): up to this many unlabelled
        // paragraphs inside a run leave it open (they stay prose, not turns), so the turns after them still count.
        private const int MaximumGap = 2;

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

        /// <summary>The speaker of an unnamed interviewer's turn (――…, Q:).</summary>
        public const string Interviewer = "聞き手";

        /// <summary>The speaker of an unnamed guest's turn (the answer after ――…, A:).</summary>
        public const string Interviewee = "話し手";

        // Q: / A: (Ｑ／Ａ, 問／答) label the two sides of a printed interview without naming them; the names are in the
        // byline (the interviewer) and the lead (the guest).
        private static readonly Regex QuestionLabel = new Regex(@"^(?:[QqＱｑ]\.?|問い?|質問|聞き手)$", RegexOptions.CultureInvariant | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        private static readonly Regex AnswerLabel = new Regex(@"^(?:[AaＡａ]\.?|答え?|回答)$", RegexOptions.CultureInvariant | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        // 聞き手・構成：X, 司会・構成：X（編集部）, 聞き手・経済部　X: the credit line above an interview has the shape of a
        // turn label but names who asked and wrote it up; it is metadata, never a turn.
        private static readonly Regex CreditLabel = new Regex(@"^(?:聞き手|司会|構成|取材|文|写真|撮影|進行)(?:[・/／]\S+|[\s　]+\S)", RegexOptions.CultureInvariant | RegexOptions.Compiled, SafeRegex.MatchTimeout);

        private static readonly char[] Colons = { ':', '：' };

        private static readonly char[] BracketOpeners = { '【', '[', '［' };

        // The dashes DashQuestion opens with: a paragraph holding none of them (nearly all) is no question, unasked.
        private static readonly char[] QuestionDashes = { '―', '─', '—' };

        // The marks no label holds and one of which spoken words hold, as fields: every paragraph is asked both.
        private static readonly char[] NotInLabel = "。、，,.!?！？:：「」『』“”\"()（）→".ToCharArray();
        private static readonly char[] SentenceMarks = "。！？!?.".ToCharArray();

        /// <summary>The turns, keyed by the paragraph of their words; label-only paragraphs are listed in <paramref name="labels"/>.</summary>
        public static IReadOnlyDictionary<int, DialogueTurn> Find(IReadOnlyList<string> paragraphs, out ISet<int> labels)
        {
            var turns = new Dictionary<int, DialogueTurn>();
            labels = new HashSet<int>();
            var run = new List<(DialogueTurn Turn, int Label)>();
            var gap = 0;
            var i = 0;
            while (i <= paragraphs.Count)
            {
                DialogueTurn? turn = null;
                var label = -1;
                if (i < paragraphs.Count)
                {
                    if (i + 1 < paragraphs.Count && IsLabel(paragraphs[i]) && IsSpoken(paragraphs[i + 1]))
                    {
                        turn = Labelled(paragraphs[i].Trim(), i + 1, 0);
                        label = i;
                    }
                    else
                    {
                        var colon = paragraphs[i].IndexOfAny(Colons) < 0 ? Match.Empty : SafeRegex.Match(ColonTurn, paragraphs[i]);
                        if (!colon.Success && paragraphs[i].IndexOfAny(BracketOpeners) >= 0)
                        {
                            colon = SafeRegex.Match(BracketTurn, paragraphs[i]);
                        }

                        var question = colon.Success || paragraphs[i].IndexOfAny(QuestionDashes) < 0 ? Match.Empty : SafeRegex.Match(DashQuestion, paragraphs[i]);
                        if (question.Success)
                        {
                            turn = new DialogueTurn(Interviewer, i, question.Groups["words"].Index, DialogueRole.Interviewer);
                        }

                        if (colon.Success && !char.IsDigit(colon.Groups["label"].Value[0]) && !colon.Groups["label"].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                            && !SafeRegex.IsMatch(CreditLabel, colon.Groups["label"].Value))
                        {
                            turn = Labelled(colon.Groups["label"].Value, i, colon.Groups["words"].Index);
                        }

                        // ――質問 followed by unlabelled paragraphs: those are the guest's answer, one turn a paragraph,
                        // until the next question or the first paragraph that is not speech (a heading, a credit).
                        if (turn == null && run.Count > 0 && run[run.Count - 1].Turn.Label == null && run[run.Count - 1].Turn.Role != DialogueRole.Named && IsSpoken(paragraphs[i])
                            && !(IsBracketed(paragraphs[run[run.Count - 1].Turn.Paragraph]) && !IsBracketed(paragraphs[i])))
                        {
                            turn = new DialogueTurn(Interviewee, i, paragraphs[i].Length - paragraphs[i].TrimStart().Length, DialogueRole.Interviewee);
                        }
                    }
                }

                if (turn != null)
                {
                    run.Add((turn, label));
                    gap = 0;
                    i = turn.Paragraph + 1;
                    continue;
                }

                if (i < paragraphs.Count && run.Count >= 2 && run[run.Count - 1].Label < 0 && run[run.Count - 1].Turn.Label != null && gap < MaximumGap && IsSpoken(paragraphs[i]))
                {
                    gap++;
                    i++;
                    continue;
                }

                gap = 0;

                Accept(run, turns, labels);
                run.Clear();
                i++;
            }

            return turns;
        }

        private static DialogueTurn Labelled(string label, int paragraph, int wordsStart)
        {
            if (SafeRegex.IsMatch(QuestionLabel, label))
            {
                return new DialogueTurn(Interviewer, paragraph, wordsStart, DialogueRole.Interviewer, label);
            }

            return SafeRegex.IsMatch(AnswerLabel, label)
                ? new DialogueTurn(Interviewee, paragraph, wordsStart, DialogueRole.Interviewee, label)
                : new DialogueTurn(label, paragraph, wordsStart);
        }

        private static void Accept(List<(DialogueTurn Turn, int Label)> run, Dictionary<int, DialogueTurn> turns, ISet<int> labels)
        {
            // A series title or kicker on its own line above the lead looks like a label over a paragraph and joins the
            // run the dialogue below starts; a speaker is heard more than once, so own-line labels that open a run and
            // never recur are not turns. (A podcast's first "Full Name: …" turn, shortened later, keeps its place.)
            while (run.Count > 0 && run[0].Label >= 0 && run[0].Turn.Role == DialogueRole.Named && TurnsOf(run, run[0].Turn.Speaker) == 1)
            {
                run.RemoveAt(0);
            }

            // Every paragraph that is no turn closes a run, nearly always an empty one: too short a run is refused
            // before its speakers are grouped.
            if (run.Count < MinimumTurns)
            {
                return;
            }

            var speakers = run.GroupBy(t => t.Turn.Speaker).ToList();
            if (speakers.Count < 2 || speakers.Count(g => g.Count() >= 2) < 1)
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

        // A loop rather than a lambda over the run: the lambda's closure over the run was made on every call of Accept,
        // which every paragraph that is no turn makes.
        private static int TurnsOf(List<(DialogueTurn Turn, int Label)> run, string speaker)
        {
            var count = 0;
            foreach (var (turn, _) in run)
            {
                if (turn.Speaker == speaker)
                {
                    count++;
                }
            }

            return count;
        }

        private static bool IsLabel(string paragraph)
        {
            var label = paragraph.Trim();
            return label.Length > 0 && label.Length <= MaximumLabelLength && !char.IsDigit(label[0]) && label.IndexOfAny(NotInLabel) < 0
                && !SafeRegex.IsMatch(CreditLabel, label);
        }

        // 「…」 from end to end: an answer printed in brackets, as Japanese newspapers print their interviews; after such
        // answers, a paragraph out of brackets (the guest's profile, the editor's note) is no longer the guest speaking.
        private static bool IsBracketed(string paragraph)
        {
            var words = paragraph.Trim();
            return words.Length > 1 && words[0] == '「' && words[words.Length - 1] == '」';
        }

        private static bool IsSpoken(string paragraph)
        {
            var words = paragraph.Trim();
            return !IsLabel(words) && (words.IndexOfAny(SentenceMarks) >= 0 || IsBracketed(words));
        }
    }
}
