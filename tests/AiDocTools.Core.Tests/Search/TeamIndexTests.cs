using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Postgres;
using AiDocTools.Search;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>The team index against a real PostgreSQL: incremental updates, ranking as the local index ranks, filters, hostile input, migration, secrets.</summary>
    public sealed class TeamIndexTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "aidoctools-team-" + Guid.NewGuid().ToString("N"));
        private TeamServer? _server;

        public TeamIndexTests()
        {
            Directory.CreateDirectory(_root);
        }

        private TeamServer Server => _server ??= new TeamServer();

        public void Dispose()
        {
            _server?.Dispose();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(_root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        private ArticleFileSet Set(string? folder = null, bool recurse = false)
        {
            folder ??= _root;
            return new ArticleFileSet(new[] { folder }, recurse, ArticleFiles.InFolder(folder, recurse).ToList());
        }

        [TeamServerFact]
        public void UpdatesAddChangeAndDeleteFilesAndSearchSeesThem()
        {
            var index = new TeamIndex(Server.Connection);
            Write("a.txt", "生成AIと著作権の議論が続いている。\n\n別の話題もある。");
            var b = Write("b.txt", "著作権法の改正が議論された。");
            var c = Write("c.txt", "オープンモデルの公開が進んだ。");

            var first = index.Update(Set());
            Assert.Equal((3, 0, 0), (first.Added, first.Changed, first.Deleted));
            Assert.Equal(2, index.Search(ClaimQuery.Parse("著作権")).Count);

            File.WriteAllText(b, "規制の議論だけが残った。", new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(b, DateTime.UtcNow.AddMinutes(1));
            File.Delete(c);
            Write("d.txt", "著作権と学習データの関係を問う声。");
            var second = index.Update(Set());
            Assert.Equal((1, 1, 1, 1), (second.Added, second.Changed, second.Deleted, second.Unchanged));
            var found = index.Search(ClaimQuery.Parse("著作権"));
            Assert.Equal(new[] { "a.txt", "d.txt" }, found.Select(r => Path.GetFileName(r.Path!)).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Empty(index.Search(ClaimQuery.Parse("オープンモデル")));

            var third = index.Update(Set());
            Assert.Equal((0, 0, 0, 3), (third.Added, third.Changed, third.Deleted, third.Unchanged));

            // The statistics BM25 reads agree with the claims: every term counted once per claim that holds it.
            Assert.Equal(0L, Server.Scalar<long>(
                "SELECT count(*) FROM (SELECT t AS hash, count(*)::integer AS n FROM aidoc_claim, unnest(terms) t GROUP BY t) c " +
                "FULL JOIN (SELECT * FROM aidoc_term WHERE df <> 0) s USING (hash) WHERE c.n IS DISTINCT FROM s.df"));
        }

        [TeamServerFact]
        public void AWriterStoppedMidwayKeepsWhatItCommittedAndTheNextUpdateFinishes()
        {
            for (var i = 0; i < 260; i++)
            {
                Write($"clip{i:D3}.txt", $"第{i}回の会合で著作権の議論があった。");
            }

            var index = new TeamIndex(Server.Connection);
            using var stop = new System.Threading.CancellationTokenSource();
            Assert.ThrowsAny<OperationCanceledException>(() => index.Update(Set(), progress: p =>
            {
                if (p.Done == 230)
                {
                    stop.Cancel();
                }
            }, cancellation: stop.Token));

            // The first transaction (200 files) was committed whole; the one being written when stopped, not at all.
            Assert.Equal(200L, Server.Scalar<long>("SELECT count(*) FROM aidoc_file"));
            Assert.Equal(200, index.Search(ClaimQuery.Parse("著作権")).Count);
            var rest = index.Update(Set());
            Assert.Equal((60, 200), (rest.Added, rest.Unchanged));
            Assert.Equal(260, index.Search(ClaimQuery.Parse("著作権")).Count);
        }

        [TeamServerFact]
        public void WhatIfShowsThePlanAndWritesNothing()
        {
            var index = new TeamIndex(Server.Connection);
            Write("a.txt", "著作権の議論。");
            IndexUpdatePlan? seen = null;
            var update = index.Update(Set(), plan => { seen = plan; return false; });
            Assert.False(update.Applied);
            Assert.Equal(1, seen!.Added);
            Assert.Empty(index.Search(ClaimQuery.Parse("著作権")));
        }

        [TeamServerFact]
        public void AFolderUpdatedAloneLeavesTheRestOfTheTeamIndexAlone()
        {
            var index = new TeamIndex(Server.Connection);
            Write("one/a.txt", "著作権の議論がある。");
            Write("two/b.txt", "著作権の話は続く。");
            index.Update(Set(Path.Combine(_root, "one")));
            index.Update(Set(Path.Combine(_root, "two")));
            var again = index.Update(Set(Path.Combine(_root, "one")));
            Assert.Equal(0, again.Deleted);
            Assert.Equal(2, index.Search(ClaimQuery.Parse("著作権")).Count);

            // Without -Recurse a sub-folder is not the set's: its files are neither read nor deleted.
            var parent = index.Update(Set(_root, recurse: false));
            Assert.Equal(0, parent.Deleted);
            Assert.Equal(2, index.Search(ClaimQuery.Parse("著作権")).Count);
        }

        [TeamServerFact]
        public void RanksTheTopTenAsTheLocalIndexDoes()
        {
            var corpus = Path.Combine(RepoRoot(), "tests", "corpus", "articles");
            var files = ArticleFiles.InFolder(corpus, recurse: false).ToList();
            var set = new ArticleFileSet(new[] { corpus }, false, files);
            var team = new TeamIndex(Server.Connection);
            team.Update(set);
            var local = new ClaimIndex(Path.Combine(_root, "lucene"));
            local.Update(set);

            var overlaps = new List<double>();
            foreach (var text in new[] { "著作権", "オープン", "モデル 公開", "規制 OR 法案", "open", "open model", "AI -規制", "\"学習データ\"", "Meta", "政府" })
            {
                var query = ClaimQuery.Parse(text);
                var expected = local.Search(query, new SearchOptions { First = 10 }).Select(r => r.Path + "#" + r.Claim.Index).ToList();
                var actual = team.Search(query, new SearchOptions { First = 10 }).Select(r => r.Path + "#" + r.Claim.Index).ToList();
                Assert.Equal(expected.Count, actual.Count);
                if (expected.Count > 0)
                {
                    overlaps.Add((double)expected.Intersect(actual).Count() / expected.Count);
                }
            }

            Assert.True(overlaps.Count >= 8, "most queries should find something in the corpus");
            Assert.True(overlaps.Average() >= 0.9, $"top-10 overlap with the local index: {string.Join(", ", overlaps.Select(o => o.ToString("0.00")))}");
        }

        [TeamServerFact]
        public void EveryFilterKeepsWhatTheLocalIndexKeeps()
        {
            var corpus = Path.Combine(RepoRoot(), "tests", "corpus", "articles");
            var set = new ArticleFileSet(new[] { corpus }, false, ArticleFiles.InFolder(corpus, recurse: false).ToList());
            var team = new TeamIndex(Server.Connection);
            team.Update(set);
            var local = new ClaimIndex(Path.Combine(_root, "lucene"));
            local.Update(set);
            var filters = new (string Name, SearchOptions Options)[]
            {
                ("speaker", new SearchOptions { Speaker = s => s.StartsWith("M", StringComparison.Ordinal) || s.Contains("氏") }),
                ("kind", new SearchOptions { Kinds = new[] { ClaimKind.DirectQuote } }),
                ("entity", new SearchOptions { Entity = e => e == "Meta" || e == "OpenAI" }),
                ("after", new SearchOptions { After = PartialDate.Parse("2024") }),
                ("before", new SearchOptions { Before = PartialDate.Parse("2023-06") }),
                ("claim", new SearchOptions { Filter = c => c.Paragraph % 2 == 0, First = 3 }),
            };
            foreach (var (name, options) in filters)
            {
                foreach (var text in new[] { "AI", "モデル", "/./" })
                {
                    var query = text == "/./" ? ClaimQuery.FromRegex("[a-z]") : ClaimQuery.Parse(text);
                    var expected = local.Search(query, options).Select(r => r.Path + "#" + r.Claim.Index).OrderBy(k => k, StringComparer.Ordinal).ToList();
                    var actual = team.Search(query, options).Select(r => r.Path + "#" + r.Claim.Index).OrderBy(k => k, StringComparer.Ordinal).ToList();
                    if (options.First == 0)
                    {
                        Assert.True(expected.SequenceEqual(actual), $"{name} / {text}: local {expected.Count}, team {actual.Count}");
                    }
                    else
                    {
                        Assert.Equal(expected.Count, actual.Count);
                    }
                }
            }
        }

        [TeamServerFact]
        public void HostileFileNamesAndQueriesAreOnlyEverValues()
        {
            var index = new TeamIndex(Server.Connection);
            var names = new[] { "it's'; DROP TABLE aidoc_claim; --.txt", "100%_\\$1 \"x\".md", "記事）；DELETE FROM aidoc_file.txt" };
            foreach (var name in names)
            {
                Write(name, "著作権の議論。\n\nO'Reilly said \"open\" models matter; 100% of them.");
            }

            var update = index.Update(Set());
            Assert.Equal(3, update.Added);
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), index.Search(ClaimQuery.Parse("著作権")).Select(r => Path.GetFileName(r.Path!)).OrderBy(n => n, StringComparer.Ordinal));
            var articles = ArticleFiles.InFolder(_root, recurse: false).Select(f => AnalysisPipeline.Shipped.NewReader().Read(File.ReadAllBytes(f), f)).ToList();
            foreach (var hostile in new[] { "'); DROP TABLE aidoc_file; --", "%", "_", "\\", "$1", "O'Reilly", "100%", "\u0001", "' OR 1=1 --", "\"open\" models" })
            {
                // What the in-memory search finds in the same articles, no more and no less.
                var query = ClaimQuery.Parse(hostile);
                var expected = ClaimSearch.Search(articles, query).Select(r => r.Path + "#" + r.Claim.Index).OrderBy(k => k, StringComparer.Ordinal);
                var actual = index.Search(query).Select(r => r.Path + "#" + r.Claim.Index).OrderBy(k => k, StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(actual), hostile);
            }

            Assert.Equal(3, index.Search(ClaimQuery.Parse("O'Reilly")).Count);
            Assert.Equal(3, index.Search(ClaimQuery.Parse("100%")).Count);
            Assert.Equal(3L, Server.Scalar<long>("SELECT count(*) FROM aidoc_file"));
        }

        [TeamServerFact]
        public void AnOlderSchemaIsMigratedInPlaceKeepingItsClaims()
        {
            var old = new TeamIndex(Server.Connection);
            old.MigrateTo(1);
            TeamServer.Execute(Server.Connection,
                "INSERT INTO aidoc_claim (path, ordinal, kind, speakers, entities, norm_length, marked, terms, claim) " +
                "VALUES ('/x.txt', 0, 'DirectQuote', ARRAY['Someone'], ARRAY['Meta'], 4, 'x', ARRAY[1], '{}')");
            Assert.Equal(1, Server.Scalar<int>("SELECT version FROM aidoc_schema"));

            var current = new TeamIndex(Server.Connection);
            Write("a.txt", "著作権の議論。");
            current.Update(Set());
            Assert.Equal(TeamIndex.SchemaVersion, Server.Scalar<int>("SELECT version FROM aidoc_schema"));
            Assert.Equal(1L, Server.Scalar<long>("SELECT count(*) FROM aidoc_claim WHERE path = '/x.txt'"));
            Assert.Equal(1L, Server.Scalar<long>("SELECT count(*) FROM aidoc_name WHERE field = 'speaker' AND value = 'Someone'"));
        }

        [TeamServerFact]
        public void ThePasswordIsNeverInAnError()
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(Server.Connection);
            const string Secret = "Hostile'Pass;word=\"x";
            var wrong = new Npgsql.NpgsqlConnectionStringBuilder(Server.Connection) { Password = Secret }.ConnectionString;
            var unreachable = new Npgsql.NpgsqlConnectionStringBuilder(Server.Connection) { Port = 1, Password = Secret, Timeout = 3 }.ConnectionString;
            var malformed = "Host=127.0.0.1;Port=notaport;Password=" + "S3cretValue" + ";Database=x";
            foreach (var (connection, secret) in new[] { (wrong, Secret), (unreachable, Secret), (malformed, "S3cretValue") })
            {
                var ex = Assert.ThrowsAny<IOException>(() => new TeamIndex(connection).Search(ClaimQuery.Parse("著作権")));
                Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, ex.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("Pass", ConnectionText.Redact(connection), StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain(builder.Password!, new TeamIndex(Server.Connection).Location, StringComparison.Ordinal);
        }

        private static string RepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "AiDocTools.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }
}
