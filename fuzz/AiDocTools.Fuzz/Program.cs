using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Rules;
using AiDocTools.Search;
using AiDocTools.Text;
using AiDocTools.Time;
using SharpFuzz;

namespace AiDocTools.Fuzz
{
    /// <summary>
    /// The afl++ fuzz targets, one per parser a user's bytes reach, chosen by the first argument
    /// (<c>dotnet AiDocTools.Fuzz.dll &lt;target&gt; [warm-up folder]</c>). Under afl-fuzz each runs through SharpFuzz's
    /// out-of-process fork server, so a stack overflow is a crash rather than the end of the run; without afl it
    /// runs its input from stdin once, which is how run.sh replays a finding.
    /// </summary>
    public static class Program
    {
        /// <summary>A "hang": any single input that costs this much CPU on the fuzzing thread.</summary>
        private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

        private static readonly Dictionary<string, Action<byte[]>> Targets = new Dictionary<string, Action<byte[]>>(StringComparer.OrdinalIgnoreCase)
        {
            ["article"] = ReadArticle,
            ["query"] = bytes => ParseQuery(Text(bytes)),
            ["temporal"] = bytes => FindDates(Text(bytes)),
            ["segment"] = bytes => Segment(Text(bytes)),
            ["attribution"] = bytes => Attribute(Text(bytes)),
        };

        public static int Main(string[] args)
        {
            if (args.Length == 0 || !Targets.TryGetValue(args[0], out var target))
            {
                Console.Error.WriteLine("usage: AiDocTools.Fuzz <" + string.Join("|", Targets.Keys) + "> [warm-up folder]");
                return 2;
            }

            // The fork server only relays; the process that runs inputs (SharpFuzz starts it with these variables), and
            // a replay outside afl, first compile every path the seeds reach, so no input is charged with the JIT.
            var runsInputs = Environment.GetEnvironmentVariable("__SHARPFUZZ_INIT") == bool.TrueString
                || Environment.GetEnvironmentVariable("__AFL_SHM_ID") == null;
            if (runsInputs && args.Length > 1 && Directory.Exists(args[1]))
            {
                WarmUp(target, args[1]);
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using (var memory = new MemoryStream())
                {
                    stream.CopyTo(memory);
                    Timed(target, memory.ToArray());
                }
            });
            return 0;
        }

        /// <summary>
        /// Runs one input and throws when it took longer than <see cref="HangLimit"/> of CPU, so a slow input is saved as a finding.
        /// CPU time on this thread, not the wall clock: the fuzzers share two cores with other work under nice, and a
        /// wall clock would call every input that waited for a core a hang.
        /// </summary>
        private static void Timed(Action<byte[]> target, byte[] input)
        {
            var start = ThreadCpuTime();
            target(input);
            var spent = ThreadCpuTime() - start;
            if (spent > HangLimit)
            {
                throw new SlowInputException(spent);
            }
        }

        private static unsafe void WarmUp(Action<byte[]> target, string folder)
        {
            // Instrumented code writes to the coverage map, which afl's shared memory becomes only inside Run.
            var map = new byte[1 << 16];
            fixed (byte* scratch = map)
            {
                SharpFuzz.Common.Trace.SharedMem = scratch;
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    try
                    {
                        target(File.ReadAllBytes(file));
                    }
                    catch (Exception)
                    {
                        // A seed that fails is afl's to report during its dry run, not the warm-up's.
                    }
                }

                SharpFuzz.Common.Trace.SharedMem = null;
            }
        }

        // Invalid UTF-8 becomes U+FFFD, as a user's text reaches these parsers only after decoding.
        private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

        /// <summary>
        /// The article reader over raw bytes: encoding detection, then HTML, Markdown with front matter or plain text as
        /// the content says (the name has no extension); text that is neither HTML nor front matter is read as Markdown too.
        /// </summary>
        private static void ReadArticle(byte[] bytes)
        {
            var reader = AnalysisPipeline.Shipped.NewReader();
            var article = Refused(() => reader.Read(bytes, "fuzz-input"));
            if (article == null)
            {
                return;
            }

            Check(article);
            if (article.Format == ArticleFormat.Text)
            {
                var markdown = Refused(() => reader.ReadText(TextDecoder.Decode(bytes, "fuzz-input").Text, "fuzz-input.md"));
                if (markdown != null)
                {
                    Check(markdown);
                }
            }
        }

        // An ArticleLoadException is the reader's designed refusal (an empty file, malformed front matter), naming the
        // file as a user sees it; any other exception is a finding.
        private static Article? Refused(Func<Article> read)
        {
            try
            {
                return read();
            }
            catch (ArticleLoadException)
            {
                return null;
            }
        }

        private static void Check(Article article)
        {
            if (article.Body == null || article.Paragraphs == null)
            {
                throw new InvalidOperationException("An article came back without a body or paragraphs.");
            }
        }

        /// <summary>The query parser of Search-AiClaim, its alias widening and its text form (shown back to the user).</summary>
        private static void ParseQuery(string text)
        {
            var query = SearchQuery.Parse(text);
            _ = query.ExpandAliases(AnalysisPipeline.Shipped.Entities).ToString();
        }

        /// <summary>The temporal recogniser; every mention must lie inside the text it was found in.</summary>
        private static void FindDates(string text)
        {
            foreach (var mention in AnalysisPipeline.Shipped.Dates.Find(text))
            {
                if (mention.Start < 0 || mention.Length < 0 || mention.Start + mention.Length > text.Length)
                {
                    throw new InvalidOperationException("A date mention lies outside the text: " + mention.Start + "+" + mention.Length + " of " + text.Length);
                }

                _ = mention.Date?.ToString();
            }
        }

        /// <summary>The sentence segmenter; sentences must lie inside the text, in order, without overlapping.</summary>
        private static void Segment(string text)
        {
            var end = 0;
            foreach (var span in SentenceSegmenter.Split(text))
            {
                if (span.Start < end || span.Length <= 0 || span.End > text.Length)
                {
                    throw new InvalidOperationException("Sentence " + span + " overlaps, is empty or lies outside a text of " + text.Length);
                }

                end = span.End;
            }
        }

        private static readonly Lazy<(JapaneseAttribution Japanese, EnglishAttribution English)> Rules =
            new Lazy<(JapaneseAttribution, EnglishAttribution)>(() =>
            {
                var cues = new ClaimCues(LanguagePacks.Shipped.Get("ja", "attribution"), LanguagePacks.Shipped.Get("en", "attribution"));
                return (cues.JapaneseEngine, cues.EnglishEngine);
            });

        /// <summary>The attribution rules of both languages on every sentence, as the claim extractor meets them.</summary>
        private static void Attribute(string text)
        {
            foreach (var sentence in SentenceSegmenter.Split(text).Select(s => s.Of(text)))
            {
                Rules.Value.Japanese.Analyze(sentence);
                Rules.Value.English.Analyze(sentence);
            }
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        private const int ClockThreadCpuTime = 3;

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        private static TimeSpan ThreadCpuTime()
        {
            ClockGetTime(ClockThreadCpuTime, out var time);
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        }
    }

    /// <summary>An input that ran past the hang limit: thrown so afl saves it among the crashes, named by this message on replay.</summary>
    public sealed class SlowInputException : Exception
    {
        public SlowInputException(TimeSpan spent)
            : base("hang: one input took " + spent.TotalMilliseconds.ToString("0") + " ms of CPU")
        {
        }
    }
}
