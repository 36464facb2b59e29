using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// What a user hits in the shell (issue 15): pipelines that deliver nothing, exports that must keep their values,
    /// dates compared as users write them, and the pipes from one cmdlet's output into the next.
    /// </summary>
    public sealed class ShellUxTests : System.IDisposable
    {
        // Invented articles: one Japanese with a June 2023 dateline and dated events, one English.
        private const string Japanese =
            "オープンモデルの公開をめぐって\n\n" +
            "2023年6月2日\n\n" +
            "山田花子氏は「公開は研究を加速する」と述べた。\n\n" +
            "メタは2023年6月2日に新しいモデルを発表した。グーグルは2022年に別の方針を示した。\n";

        private const string English =
            "Open weights and their critics\n\n" +
            "Meta released a new model on June 2, 2023, the company said.\n\n" +
            "\"Openness speeds up research,\" said Jane Roe, a researcher.\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        private string Clips
        {
            get
            {
                _folder.Write("clips/ja.txt", Japanese);
                _folder.Write("clips/en.txt", English);
                return Path.Combine(_folder.Path, "clips");
            }
        }

        private string EmptyFolder
        {
            get
            {
                var empty = Path.Combine(_folder.Path, "empty");
                Directory.CreateDirectory(empty);
                return empty;
            }
        }

        // Export-Csv, Import-Csv and Group-Object live in the Utility module, which the hosted engine does not load by itself.
        private void ImportUtility() =>
            _session.Run("Import-Module -Assembly $utility", new Dictionary<string, object>
            {
                ["utility"] = Assembly.Load(new AssemblyName("Microsoft.PowerShell.Commands.Utility")),
            });

        // Item 1: the seeds stand in only for a command that is first in its pipeline.
        [Theory]
        [InlineData("Get-AiArticle -LiteralPath '{empty}' | Get-AiClaim")]
        [InlineData("Get-AiArticle -LiteralPath '{clips}' | Where-Object Language -eq 'xx' | Get-AiClaim")]
        [InlineData("$null | Get-AiClaim")]
        [InlineData("@() | Get-AiEvent")]
        [InlineData("Get-AiArticle -LiteralPath '{empty}' | Get-AiEntity")]
        [InlineData("Get-AiArticle -LiteralPath '{clips}' | Where-Object Language -eq 'xx' | Search-AiClaim Meta")]
        public void AnEmptyPipelineYieldsNothingAndAWarningNotTheSeeds(string pipeline)
        {
            var script = pipeline.Replace("{empty}", EmptyFolder).Replace("{clips}", Clips);
            var result = _session.Run($"$out = {script} -WarningVariable w -WarningAction SilentlyContinue; [pscustomobject]@{{ Count = @($out).Count; Warnings = $w.Count }}");
            Assert.Empty(result.Errors);
            var summary = Assert.Single(result.Output);
            Assert.Equal(0, summary.Get<int>("Count"));
            Assert.Equal(1, summary.Get<int>("Warnings"));
        }

        [Fact]
        public void AnEmptyPipelineWritesNoTimelineFile()
        {
            var target = Path.Combine(_folder.Path, "t.md");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{EmptyFolder}' | Export-AiTimeline -Path '{target}' -WarningVariable w -WarningAction SilentlyContinue; $w.Count");
            Assert.Empty(result.Errors);
            Assert.Equal(1, result.Output.Single().BaseObject);
            Assert.False(File.Exists(target));
        }

        [Fact]
        public void ACommandFirstInItsPipelineStillReadsTheSeeds()
        {
            var result = _session.Run("@(Get-AiClaim).Count; @(Get-AiClaim | Where-Object Speaker).Count");
            Assert.True((int)result.Output[0].BaseObject > 100);
            Assert.True((int)result.Output[1].BaseObject > 0);
        }

        // Item 2: Export-Csv keeps names, lists and dates; Import-Csv gives them back.
        [Fact]
        public void ExportCsvKeepsEnumNamesListsAndIsoDatesAndImportCsvGetsThemBack()
        {
            ImportUtility();
            var csv = Path.Combine(_folder.Path, "claims.csv");
            var script = $@"
                $claims = Get-AiArticle -LiteralPath '{Clips}' | Get-AiClaim | Where-Object {{ $_.Dates.Count -gt 0 }}
                $claims | Export-Csv -LiteralPath '{csv}' -NoTypeInformation
                $rows = Import-Csv -LiteralPath '{csv}'
                for ($i = 0; $i -lt $claims.Count; $i++) {{
                    [pscustomobject]@{{
                        Kind = $rows[$i].Kind
                        SameKind = ([AiDocTools.ClaimKind]$rows[$i].Kind) -eq $claims[$i].Kind
                        Entities = $rows[$i].Entities
                        SameEntities = (@($rows[$i].Entities -split '; ' | Where-Object {{ $_ }}) -join '|') -eq ($claims[$i].Entities -join '|')
                        Dates = $rows[$i].Dates
                        SameDates = (@($rows[$i].Dates -split '; ' | ForEach-Object {{ [AiDocTools.PartialDate]$_ }}) -join '|') -eq ($claims[$i].Dates -join '|')
                        SamePublished = if ($rows[$i].Published) {{ ([AiDocTools.PartialDate]$rows[$i].Published) -eq $claims[$i].Published }} else {{ $null -eq $claims[$i].Published }}
                    }}
                }}";
            var result = _session.Run(script);
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            var text = File.ReadAllText(csv);
            Assert.DoesNotContain("System.", text);
            Assert.DoesNotContain("AiDocTools.", text);
            Assert.All(result.Output, row =>
            {
                Assert.True(row.Get<bool>("SameKind"), row.Text("Kind"));
                Assert.True(row.Get<bool>("SameEntities"), row.Text("Entities"));
                Assert.True(row.Get<bool>("SameDates"), row.Text("Dates"));
                Assert.True(row.Get<bool>("SamePublished"));
            });
            Assert.Contains(result.Output, row => row.Text("Dates")!.Contains("2023-06-02"));
            Assert.Contains(result.Output, row => row.Text("Entities")!.Contains("Meta"));
        }

        // Item 2: the plain ConvertTo-Json a user types writes every enum by name and every date in its ISO form, for each
        // output type, and ConvertFrom-Json of it gets the values back by a cast.
        [Theory]
        [InlineData("Get-AiClaim", "Kind", "AiDocTools.ClaimKind", "Published")]
        [InlineData("Get-AiEvent", "Kind", "AiDocTools.TemporalKind", "Date")]
        [InlineData("Search-AiClaim Meta", "Kind", "AiDocTools.ClaimKind", "")]
        [InlineData("Get-AiEntity", "Type", "AiDocTools.EntityType", "")]
        [InlineData("Where-Object Language", "Format", "AiDocTools.ArticleFormat", "Published")]
        public void ConvertToJsonWritesEnumsByNameAndConvertFromJsonGetsTheValuesBack(string command, string kind, string kindType, string date)
        {
            ImportUtility();
            var dateCheck = date.Length == 0 ? "$true"
                : $"@(for ($i = 0; $i -lt $items.Count; $i++) {{ if ($items[$i].{date}) {{ ([AiDocTools.PartialDate]$back[$i].{date}) -eq $items[$i].{date} }} }}) -notcontains $false";
            var result = _session.Run($@"
                $items = @(Get-AiArticle -LiteralPath '{Clips}' | {command})
                $json = $items | ConvertTo-Json -Depth 5
                $back = @($json | ConvertFrom-Json)
                [pscustomobject]@{{
                    Json = $json
                    Count = $items.Count
                    BackCount = $back.Count
                    SameKind = @(for ($i = 0; $i -lt $items.Count; $i++) {{ ([{kindType}]$back[$i].{kind}) -eq $items[$i].{kind} }}) -notcontains $false
                    SameDate = {dateCheck}
                }}");
            Assert.Empty(result.Errors);
            var summary = Assert.Single(result.Output);
            var json = summary.Text("Json")!;
            Assert.True(summary.Get<int>("Count") > 0);
            Assert.Equal(summary.Get<int>("Count"), summary.Get<int>("BackCount"));
            Assert.DoesNotMatch("\"(Kind|Type|Format|Precision)\": [0-9]", json);
            Assert.Matches($"\"{kind}\": \"[A-Z][A-Za-z]+\"", json);
            if (date.Length > 0)
            {
                Assert.Matches($"\"{date}\": \"[0-9]{{4}}", json);
                Assert.DoesNotMatch($"\"{date}\": \\{{", json);
                Assert.DoesNotContain("\"Year\":", json);
            }

            if (command == "Get-AiClaim")
            {
                Assert.Matches("\"Dates\": \\[\\s*\"[0-9]{4}", json);
            }

            Assert.True(summary.Get<bool>("SameKind"), json);
            Assert.True(summary.Get<bool>("SameDate"), json);
        }

        [Fact]
        public void ADateCastsFromEveryWrittenFormAndPrintsItsIsoForm()
        {
            var result = _session.Run("'2023-W19', '1995/1999', '2023-H2', '2023-Q1', '2023年6月', 'June 2023' | ForEach-Object { [string][AiDocTools.PartialDate]$_ }");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "2023-W19", "1995/1999", "2023-H2", "2023-Q1", "2023-06", "2023-06" }, result.Output.Select(o => o.ToString()));
        }

        // Item 3: comparisons with DateTime and strings, one meaning of -After/-Before everywhere.
        [Fact]
        public void EventDatesCompareWithDateTimesAndDateStrings()
        {
            var result = _session.Run($@"
                $events = Get-AiArticle -LiteralPath '{Clips}' | Get-AiEvent
                @($events | Where-Object Date -ge ([datetime]'2023-06-01')).Count
                @($events | Where-Object Date -ge '2023年6月').Count
                @($events | Where-Object Date -lt ([datetimeoffset]'2023-01-01T00:00:00Z')).Count");
            Assert.Empty(result.Errors);
            Assert.True((int)result.Output[0].BaseObject >= 2);
            Assert.Equal(result.Output[0].BaseObject, result.Output[1].BaseObject);
            Assert.True((int)result.Output[2].BaseObject >= 1);
        }

        [Theory]
        [InlineData("Get-AiEvent")]
        [InlineData("Search-AiClaim モデル")]
        public void AfterMeansInOrAfterWhateverTheSpelling(string command)
        {
            var counts = new List<int>();
            foreach (var after in new[] { "'2023-06'", "'June 2023'", "'2023/06'", "'2023年6月'" })
            {
                var result = _session.Run($"@(Get-AiArticle -LiteralPath '{Clips}' | {command} -After {after}).Count");
                Assert.Empty(result.Errors);
                counts.Add((int)result.Output.Single().BaseObject);
            }

            Assert.True(counts[0] > 0, $"{command} -After '2023-06' dropped what falls in June 2023.");
            Assert.All(counts, c => Assert.Equal(counts[0], c));

            var inYear = _session.Run($"@(Get-AiArticle -LiteralPath '{Clips}' | {command} -After 2023).Count");
            Assert.True((int)inYear.Output.Single().BaseObject > 0, $"{command} -After 2023 dropped what falls in 2023.");
        }

        // Item 4: the default tables fit 80 and 120 columns in screen cells, and the text column gets the room.
        [Theory]
        [InlineData("Get-AiClaim", 80, "Text")]
        [InlineData("Get-AiClaim", 120, "Text")]
        [InlineData("Search-AiClaim モデル", 80, "Snippet")]
        [InlineData("Get-AiEvent", 80, "Summary")]
        [InlineData("Get-AiEvent", 120, "Summary")]
        public void TablesFitTheWidthAndTheTextColumnGetsTheRoom(string command, int width, string textColumn)
        {
            ImportUtility();
            _folder.Write("long/2024-05-01-open-weights-interview-part-1.txt", Japanese);
            _folder.Write("long/2024-05-01-open-weights-interview-part-2.txt", Japanese.Replace("山田花子", "佐藤一郎"));
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Path.Combine(_folder.Path, "long")}' | {command} | Out-String -Width {width}");
            Assert.Empty(result.Errors);
            var lines = result.Output.Single().ToString()!.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
            Assert.All(lines, l => Assert.True(Cells(l) <= width, $"{Cells(l)} cells: {l}"));

            var header = lines[0];
            Assert.True(width - header.IndexOf(textColumn, System.StringComparison.Ordinal) >= width / 2, header);
            Assert.Contains(lines, l => l.Contains("-part-1"));
            Assert.Contains(lines, l => l.Contains("-part-2"));
        }

        // A terminal's cells: CJK and full-width forms take two.
        private static int Cells(string line) => line.Sum(c =>
            (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1);

        // The README's report author's pipeline works as written, on a folder of the user's own clippings.
        [Fact]
        public void TheReadmeReportPipelineRunsAsWritten()
        {
            ImportUtility();
            var readme = File.ReadAllText(Path.Combine(BuildMetadata.Get("RepoRoot"), "README.md"));
            var section = readme.Substring(readme.IndexOf("## A report author's pipeline", System.StringComparison.Ordinal));
            var start = section.IndexOf("```powershell\n", System.StringComparison.Ordinal) + "```powershell\n".Length;
            var script = section.Substring(start, section.IndexOf("```", start, System.StringComparison.Ordinal) - start);
            _ = Clips;
            _session.Run($"$ExecutionContext.SessionState.Path.SetLocation('{_folder.Path}')");

            var result = _session.Run(script + "\n'rows=' + @($rows).Count; 'claims=' + @($claims).Count");
            Assert.Empty(result.Errors);
            var text = result.Output.Select(o => o.ToString()!).ToList();
            Assert.Contains("rows=" + text.Last().Substring("claims=".Length), text);
            Assert.NotEqual("claims=0", text.Last());
            Assert.Equal(new[] { "en", "ja" }, result.Output.Where(o => o.Properties["Title"] != null).Select(o => o.Text("Id")).OrderBy(i => i));
            Assert.DoesNotContain("System.", File.ReadAllText(Path.Combine(_folder.Path, "quotes.csv")));
        }

        // Item 8: clippings as users save them.
        [Fact]
        public void AClippingSavedAsMarkdownKeepsItsMetadataLinesOutOfTheTitle()
        {
            var file = _folder.Write("clip.md", "3 分で読了\n12 views\n\nオープンな重みの行方\n\n研究者たちは公開の利点を論じた。\n");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{file}'");
            Assert.Empty(result.Errors);
            Assert.Equal("オープンな重みの行方", Assert.Single(result.Output).Text("Title"));
        }

        [Fact]
        public void ADataFileBesideTheClippingsIsSkippedWithAWarning()
        {
            _ = Clips;
            _folder.Write("clips/data.json", "{}\n");
            _folder.Write("clips/settings", "[\"not\", \"an article\"]\n");
            _folder.Write("clips/notes.log", "Meta released a new model, a researcher said.\n");
            var clips = Path.Combine(_folder.Path, "clips");
            var names = string.Join(", ", new[] { "data.json", "settings", "notes.log", "en.txt" }.Select(n => $"'{Path.Combine(clips, n)}'"));
            var result = _session.Run($"$a = Get-AiArticle -LiteralPath {names} -WarningVariable w -WarningAction SilentlyContinue; $a | ForEach-Object Id; 'warnings=' + $w.Count");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "notes", "en", "warnings=2" }, result.Output.Select(o => o.ToString()));
        }

        // Item 10: timelines people can read, and a -WhatIf that tells the truth.
        [Fact]
        public void TheMarkdownTimelineEscapesOnlyWhatWouldBeMarkup()
        {
            var file = _folder.Write("003_safe.txt", "Are open models safe?\n\nA lab said on May 20, 2023 that its *model* was [safe](x).\n");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Export-AiTimeline");
            Assert.Empty(result.Errors);
            var markdown = result.Output.Single().ToString()!;
            Assert.Contains("May 20, 2023", markdown);
            Assert.Contains("003_safe", markdown);
            Assert.Contains("Are open models safe? (003_safe)", markdown);
            Assert.Contains("\\*model\\*", markdown);
            Assert.Contains("\\[safe\\](x)", markdown);
        }

        [Fact]
        public void TheSeedsMermaidTimelineNamesEachPeriodOnceUnderAYearSection()
        {
            var result = _session.Run("Get-AiArticle | Export-AiTimeline -Format Mermaid");
            Assert.Empty(result.Errors);
            var lines = result.Output.Single().ToString()!.Split('\n');
            var periods = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s+([0-9]{4}[^\s:]*) : ")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(periods);
            Assert.Equal(periods.Distinct().Count(), periods.Count);
            Assert.True(lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^    section [0-9]{4}$")) >= 2);
            Assert.Contains(lines, l => l.Contains("<br>"));
        }

        // A headline never holds a space between two Japanese characters that its sentence does not: the gap a cut date left.
        [Fact]
        public void NoSeedHeadlineHasAGapWhereTheDateWasCut()
        {
            var result = _session.Run("Get-AiEvent | ForEach-Object { [pscustomobject]@{ Sentence = $_.Sentence; Summary = $_.Summary } }");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            foreach (var e in result.Output)
            {
                var summary = e.Text("Summary")!;
                var sentence = e.Text("Sentence")!;
                for (var i = 1; i + 1 < summary.Length; i++)
                {
                    if (summary[i] == ' ' && Cells(summary[i - 1].ToString()) == 2 && Cells(summary[i + 1].ToString()) == 2)
                    {
                        Assert.Contains(summary.Substring(i - 1, 3), sentence);
                    }
                }
            }
        }

        [Fact]
        public void WhatIfOnAnExistingFileSaysItWouldBeRefusedAndAMissingFolderIsNamed()
        {
            var target = _folder.Write("t.md", "old");
            var whatIf = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Export-AiTimeline -Path '{target}' -WhatIf");
            Assert.StartsWith("TimelineFileExists", Assert.Single(whatIf.Errors).FullyQualifiedErrorId);
            Assert.Equal("old", File.ReadAllText(target));

            var missing = Path.Combine(_folder.Path, "no-such-folder", "t.md");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Export-AiTimeline -Path '{missing}'");
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("TimelineFolderNotFound", error.FullyQualifiedErrorId);
            Assert.Contains("no-such-folder", error.Exception.Message);
            Assert.DoesNotContain(".tmp", error.Exception.Message);
        }

        [Fact]
        public void TheHtmlTimelineNamesItsLanguageAndLinksToItsSources()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Path.Combine(Clips, "ja.txt")}' | Export-AiTimeline -Format Html");
            Assert.Empty(result.Errors);
            var html = result.Output.Single().ToString()!;
            Assert.Contains("<html lang=\"ja\">", html);
            Assert.Contains("href=\"file://", html);
            Assert.Contains("ja.txt\"", html);
        }

        // Item 11: -Speaker completes speakers, the dictionary's people and organisations and those the session has met.
        [Fact]
        public void SpeakerCompletionOffersSpeakersOnly()
        {
            string[] Complete(string line) => _session.Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches | ForEach-Object {{ $_.CompletionText }}")
                .Output.Select(o => o.ToString()!).ToArray();

            var mark = Complete("Get-AiClaim -Speaker Mark");
            Assert.Contains("'Mark Zuckerberg'", mark);
            Assert.DoesNotContain("'Digital Markets Act'", mark);
            Assert.Contains("'Digital Markets Act'", Complete("Get-AiClaim -Entity Mark"));

            // A name no other test uses: the speakers met are remembered for the whole process.
            var file = _folder.Write("speaker.txt", "公開をめぐる議論\n\n「公開は必要だ」と東雲律子氏は述べた。\n");
            Assert.DoesNotContain(Complete("Get-AiClaim -Speaker 東雲"), c => c.Contains("東雲律子"));
            _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiClaim | Out-Null");
            Assert.Contains(Complete("Get-AiClaim -Speaker 東雲"), c => c.Contains("東雲律子"));
        }

        // Item 5: each output type pipes into the next cmdlet a user reaches for.
        [Fact]
        public void ClaimsAndEventsPipeIntoGetAiArticleAsTheirArticles()
        {
            var claims = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Get-AiClaim | Get-AiArticle");
            Assert.Empty(claims.Errors);
            Assert.Equal(new[] { "en", "ja" }, claims.Output.Select(o => o.Text("Id")).OrderBy(i => i));

            var events = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' -Id ja | Get-AiEvent | Get-AiArticle");
            Assert.Empty(events.Errors);
            Assert.Equal("ja", Assert.Single(events.Output).Text("Id"));
        }

        [Fact]
        public void ClaimsWithDatesGoOnATimeline()
        {
            var target = Path.Combine(_folder.Path, "x.md");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Get-AiClaim | Export-AiTimeline -Path '{target}' -PassThru");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.Contains("2023-06-02", File.ReadAllText(target));
        }

        [Fact]
        public void AnEntityPipedToGetAiClaimGivesTheClaimsThatMentionIt()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Get-AiEntity -Name Meta | Get-AiClaim");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.All(result.Output, c => Assert.Contains("Meta", c.Get<System.Collections.IEnumerable>("Entities").Cast<object>().Select(e => e.ToString())));
            Assert.All(result.Output, c => Assert.Contains(c.Text("ArticleId"), new[] { "ja", "en" }));
        }

        // Item 6: no silent no-ops.
        [Fact]
        public void AnIdThatNamesNoArticleIsAnErrorAndAnUnknownLanguageIsRefused()
        {
            var id = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' -Id nope");
            Assert.Equal("ArticleIdNotFound,AiDocTools.PowerShell.GetAiArticleCommand", Assert.Single(id.Errors).FullyQualifiedErrorId);

            var wildcard = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' -Id 'nope*'");
            Assert.Empty(wildcard.Errors);

            var language = _session.Run("Get-AiArticle -Language fr");
            Assert.Empty(language.Output);
            Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(language.Errors).FullyQualifiedErrorId);
        }

        private (int Count, int Warnings, string[] Errors) Search(string arguments)
        {
            var result = _session.Run($"$out = Search-AiClaim {arguments} -WarningVariable w -WarningAction SilentlyContinue; [pscustomobject]@{{ Count = @($out).Count; Warnings = $w.Count }}");
            var summary = result.Output.Single();
            return (summary.Get<int>("Count"), summary.Get<int>("Warnings"), result.Errors.Select(e => e.FullyQualifiedErrorId).ToArray());
        }

        [Fact]
        public void ALowerCaseOrJoinsTheWordsAndSaysSo()
        {
            var lower = Search("'Meta or Google'");
            var upper = Search("'Meta OR Google'");
            var meta = Search("Meta");
            Assert.Equal(upper.Count, lower.Count);
            Assert.True(lower.Count > meta.Count);
            Assert.Equal(1, lower.Warnings);
            Assert.Equal(0, upper.Warnings);
        }

        [Fact]
        public void AStarIsDroppedWithAWarningAndAnUnclosedQuoteIsNamed()
        {
            var star = Search("'Meta*'");
            Assert.Equal(Search("Meta").Count, star.Count);
            Assert.True(star.Count > 0);
            Assert.Equal(1, star.Warnings);

            var unclosed = Search("'\"オープン ソース'");
            Assert.True(unclosed.Count > 0);
            Assert.Equal(1, unclosed.Warnings);
        }

        [Fact]
        public void AnEmptyQueryIsAnError()
        {
            var empty = _session.Run("Search-AiClaim ''");
            Assert.Empty(empty.Output);
            Assert.StartsWith("EmptyQuery", Assert.Single(empty.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void PipedArticlesBesidePathAreReportedAsIgnored()
        {
            var result = _session.Run($"Get-AiArticle -LiteralPath '{Clips}' | Search-AiClaim Meta -LiteralPath '{Path.Combine(Clips, "en.txt")}'");
            Assert.StartsWith("PipedArticlesIgnored", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal("en", Assert.Single(result.Output).Text("ArticleId"));
        }

        // Item 11: -Verbose says what was read and found.
        [Theory]
        [InlineData("Get-AiArticle")]
        [InlineData("Get-AiClaim")]
        [InlineData("Get-AiEvent")]
        [InlineData("Get-AiEntity")]
        public void VerboseSaysWhatWasRead(string cmdlet)
        {
            var result = _session.Run($"{cmdlet} -Verbose 4>&1 | Where-Object {{ $_ -is [System.Management.Automation.VerboseRecord] }} | ForEach-Object Message");
            Assert.Contains(result.Output, o => o.ToString()!.Contains("000_"));
        }

        [Fact]
        public void SearchTakesFullNameFromThePipelineAsALiteralPath()
        {
            var file = Path.Combine(Clips, "en.txt");
            var result = _session.Run($"[pscustomobject]@{{ FullName = '{file}' }} | Search-AiClaim Meta");
            Assert.Empty(result.Errors);
            Assert.Equal("en", Assert.Single(result.Output).Text("ArticleId"));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
