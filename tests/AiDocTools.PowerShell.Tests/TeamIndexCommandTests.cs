using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AiDocTools.Core.Tests.Search;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    [CollectionDefinition(nameof(TeamIndexCommandTests), DisableParallelization = true)]
    public sealed class TeamIndexCommandCollection
    {
    }

    /// <summary>
    /// Update-AiIndex and Search-AiClaim -Connection against a real PostgreSQL, as a team uses them. Some tests set
    /// $env:AIDOCTOOLS_CONNECTION, which is the process's environment: while it is set, a Search-AiClaim given no path
    /// in any other test class would search the team index instead, so this class runs alone.
    /// </summary>
    [Collection(nameof(TeamIndexCommandTests))]
    public sealed class TeamIndexCommandTests : IDisposable
    {
        private readonly TempFolder _articles = new TempFolder();
        private TeamServer? _server;

        private TeamServer Server => _server ??= new TeamServer();

        public void Dispose()
        {
            _server?.Dispose();
            _articles.Dispose();
        }

        private void WriteArticles(string folder, int count)
        {
            for (var i = 0; i < count; i++)
            {
                // Two matching claims per file: a search that ever shows one of them without the other saw half a file.
                _articles.Write($"{folder}/clip{i:D2}.txt",
                    $"会合{folder}{i}\n\n著作権と生成AIの議論が第{i}回も続いた。\n\n研究者は「著作権の扱いを明確にすべきだ」と述べた。\n\nOpen models were discussed in round {i}.\n");
            }
        }

        [TeamServerFact]
        public async Task TwoWritersOnOverlappingFoldersAndAReaderSeeEveryFileWholeAndLoseNothing()
        {
            WriteArticles("a", 40);
            WriteArticles("b", 40);
            var environment = new Dictionary<string, string> { ["AIDOCTOOLS_CONNECTION"] = Server.Connection };
            var root = _articles.Path.Replace("'", "''");
            var writers = new[]
            {
                PwshProcess.RunAsync($"Update-AiIndex -LiteralPath '{root}' -Recurse | ForEach-Object {{ $_.Added }}", environment: environment),
                PwshProcess.RunAsync($"Update-AiIndex -LiteralPath '{root}/b', '{root}/a' | ForEach-Object {{ $_.Added }}", environment: environment),
            };

            // The third session reads while both write: every answer holds both claims of each file it shows.
            using var reader = new ModuleSession();
            var answers = 0;
            var watch = Stopwatch.StartNew();
            while (!writers.All(w => w.IsCompleted) && watch.Elapsed < TimeSpan.FromMinutes(4))
            {
                var result = reader.Run("Search-AiClaim '著作権' -Connection $c | ForEach-Object { $_.Path }", new Dictionary<string, object> { ["c"] = Server.Connection });
                Assert.Empty(result.Errors);
                var perFile = result.Output.GroupBy(o => o.BaseObject.ToString()).ToList();
                Assert.All(perFile, g => Assert.True(g.Count() == 2, $"{g.Key}: {g.Count()} of its 2 claims"));
                answers++;
                await Task.Delay(100);
            }

            var outcomes = await Task.WhenAll(writers);
            Assert.All(outcomes, o => Assert.True(o.ExitCode == 0 && o.Error.Length == 0, o.Error));
            Assert.True(answers > 0);

            // Nothing lost, nothing twice: 80 files, each read once by one writer or the other.
            var final = reader.Run("Search-AiClaim '著作権' -Connection $c | ForEach-Object { $_.Path }", new Dictionary<string, object> { ["c"] = Server.Connection });
            Assert.Equal(160, final.Output.Count);
            Assert.Equal(80, final.Output.Select(o => o.BaseObject.ToString()).Distinct().Count());
            Assert.Equal(80L, Server.Scalar<long>("SELECT count(*) FROM aidoc_file"));
            Assert.Equal(0L, Server.Scalar<long>(
                "SELECT count(*) FROM (SELECT t AS hash, count(*)::integer AS n FROM aidoc_claim, unnest(terms) t GROUP BY t) c " +
                "FULL JOIN (SELECT * FROM aidoc_term WHERE df <> 0) s USING (hash) WHERE c.n IS DISTINCT FROM s.df"));
            var added = outcomes.Sum(o => o.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => int.Parse(l.Trim())).Sum());
            Assert.InRange(added, 80, 160);
        }

        [TeamServerFact]
        public void ThePasswordIsNeitherInVerboseOutputNorInErrors()
        {
            WriteArticles("a", 2);
            var password = new Npgsql.NpgsqlConnectionStringBuilder(Server.Connection).Password!;
            var wrong = new Npgsql.NpgsqlConnectionStringBuilder(Server.Connection) { Password = "Wr0ng'Secret;x" }.ConnectionString;
            using var session = new ModuleSession();
            var good = session.Run(
                "Update-AiIndex -LiteralPath $folder -Connection $c -Verbose 4>&1 | ForEach-Object { \"$_\" }; " +
                "$env:AIDOCTOOLS_CONNECTION = $c; Search-AiClaim '著作権' -Verbose 4>&1 | ForEach-Object { \"$_ $($_.Path)\" }; $env:AIDOCTOOLS_CONNECTION = $null",
                new Dictionary<string, object> { ["c"] = Server.Connection, ["folder"] = _articles.Path + "/a" });
            Assert.Empty(good.Errors);
            var text = string.Join("\n", good.Output.Select(o => o.BaseObject.ToString()));
            Assert.Contains("clip00", text);
            Assert.Contains("Using the index at", text);
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);

            var bad = session.Run(
                "Update-AiIndex -LiteralPath $folder -Connection $c -Verbose 4>&1 | ForEach-Object { \"$_\" }; Search-AiClaim '著作権' -Connection $c -Verbose 4>&1 | ForEach-Object { \"$_\" }",
                new Dictionary<string, object> { ["c"] = wrong, ["folder"] = _articles.Path + "/a" });
            Assert.Equal(2, bad.Errors.Count);
            Assert.All(bad.Errors, e => Assert.Equal("IndexUnavailable", e.FullyQualifiedErrorId.Split(',')[0]));
            var everything = string.Join("\n", bad.Output.Select(o => o.BaseObject.ToString()).Concat(bad.Errors.Select(e => e.ToString() + e.Exception + e.TargetObject)));
            Assert.DoesNotContain("Wr0ng'Secret", everything, StringComparison.Ordinal);
            Assert.Contains("password authentication failed", everything);
        }

        [TeamServerFact]
        public void WhatIfWritesNothingAndTheEnvironmentAloneLeavesPipedArticlesInMemory()
        {
            WriteArticles("a", 3);
            using var session = new ModuleSession();
            var vars = new Dictionary<string, object> { ["c"] = Server.Connection, ["folder"] = _articles.Path + "/a" };
            var whatIf = session.Run("Update-AiIndex -LiteralPath $folder -Connection $c -WhatIf", vars);
            Assert.Empty(whatIf.Errors);
            Assert.False((bool)whatIf.Output.Single().Properties["Applied"].Value);
            Assert.Empty(session.Run("Search-AiClaim '著作権' -Connection $c", vars).Output);

            session.Run("Update-AiIndex -LiteralPath $folder -Connection $c", vars);
            var total = 0;
            foreach (var kind in new[] { "DirectQuote", "ReportedSpeech", "Assertion" })
            {
                var inMemory = session.Run($"Get-AiArticle -LiteralPath $folder | Search-AiClaim '著作権' -Kind {kind}", vars).Output.Count;
                Assert.Equal(inMemory, session.Run($"Search-AiClaim '著作権' -Connection $c -Kind {kind}", vars).Output.Count);
                total += inMemory;
            }

            Assert.Equal(6, total);

            // With the variable set, articles piped in are still searched in memory: only a search given nothing else goes to the team.
            var piped = session.Run("$env:AIDOCTOOLS_CONNECTION = $c; Get-AiArticle -LiteralPath $folder/clip00.txt | Search-AiClaim '著作権'; $env:AIDOCTOOLS_CONNECTION = $null", vars);
            Assert.Equal(2, piped.Output.Count);
        }
    }
}
