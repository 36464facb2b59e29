using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDocTools.Rules;
using AiDocTools.Time;
using Xunit;

namespace AiDocTools.Core.Tests
{
    public sealed class TemporalRecognizerTests
    {
        // Built once: a recognizer compiles every rule.
        private static readonly TemporalRecognizer Windowed = TemporalRecognizer.From(LanguagePacks.Shipped);
        private static readonly TemporalRecognizer Whole = new Func<TemporalRecognizer>(() =>
        {
            var whole = TemporalRecognizer.From(LanguagePacks.Shipped);
            whole.SearchWindows = false;
            return whole;
        })();

        // Made up to put anchors where a window is cut: at the very start and end of the text, next to each other, in
        // full width, after a digit a lookbehind must see, and so many that the windows give way to the whole scan.
        private static readonly string[] Edges =
        {
            "2023年",
            "2023年6月2日から5日まで",
            "会期は12月28日(土)から1月5日(日)まで。",
            "１９９９年後半、2000年1月当時、令和元年、平成3年度。",
            "12024年3月と1.5年前、3年ぶり、数日前、過去20年間。",
            "先週の火曜日から金曜日まで、来月の第2月曜日、今月の10日から20日の間。",
            "2023/6/2 と 2024-11-05、10/2(月)、5月の第3水曜日。",
            string.Concat(Enumerable.Repeat("年月日", 400)) + "2023年6月2日",
            "It ran from May 8 to May 15, 2016, and again in early 2023; three years later, on Tuesday, the lab closed.",
            "元日、大晦日、クリスマス、2024年の元日、昨年のクリスマス、建国記念の日。",
        };

        public static IEnumerable<object[]> Texts()
        {
            foreach (var text in Edges)
            {
                yield return new object[] { text.Length > 40 ? text.Substring(0, 40) : text, text };
            }

            foreach (var file in Directory.GetFiles(Path.Combine(CorpusRoot(), "articles")).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return new object[] { Path.GetFileName(file), File.ReadAllText(file) };
            }
        }

        [Theory]
        [MemberData(nameof(Texts))]
        public void SearchingWithinReachOfTheAnchorsFindsWhatTheWholeScanFinds(string name, string text)
        {
            var expected = Whole.Find(text).Select(Describe).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Windowed.Find(text).Select(Describe).ToList());
            Assert.False(string.IsNullOrEmpty(name));
        }

        private static string Describe(TemporalMention m) =>
            string.Join("|", m.Start, m.Length, m.Form, m.Date, m.Unit, m.Offset, m.LeadYears, m.LeadMonths, m.VagueCount, m.Part, m.Month, m.Day,
                m.Duration, m.Priority, Describe(m.Calendar), Describe(m.CalendarEnd));

        private static string Describe(CalendarDate? d) =>
            d == null ? "-" : string.Join(",", d.Year, d.Month, d.Day, d.Weekday, d.Ordinal, d.Week, d.ShiftUnit, d.ShiftOffset, d.Easter);

        private static string CorpusRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "AiDocTools.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, $"No AiDocTools.sln above {AppContext.BaseDirectory}: the corpus cannot be found.");
            return Path.Combine(dir!.FullName, "tests", "corpus");
        }
    }
}
