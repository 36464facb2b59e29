using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AiDocTools.Postgres;
using AiDocTools.Search;
using Npgsql;

namespace AiDocTools.Bench
{
    /// <summary>
    /// The team index in PostgreSQL on the same corpus as the local index: build, incremental update after 1% of files
    /// change, search latency for the same query sets, and how many of the local index's top 10 it also ranks top 10.
    /// The server is the one AIDOCTOOLS_BENCH_CONNECTION (else AIDOCTOOLS_TEST_CONNECTION) names; a database of its own
    /// is made for the run and dropped after (tools/postgres/throwaway.sh starts a throwaway server).
    /// </summary>
    public sealed class PostgresBenchmark
    {
        private const int LatencySamples = 20;

        private readonly Corpus _corpus;
        private readonly int _seed;

        public PostgresBenchmark(Corpus corpus, int seed)
        {
            _corpus = corpus;
            _seed = seed;
        }

        public static string? Server =>
            new[] { "AIDOCTOOLS_BENCH_CONNECTION", "AIDOCTOOLS_TEST_CONNECTION" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        public void Run(ResultsReport report, string section)
        {
            var server = Server;
            if (server == null)
            {
                report.Note(section, $"no PostgreSQL server named (AIDOCTOOLS_BENCH_CONNECTION or AIDOCTOOLS_TEST_CONNECTION); the team index was not measured.");
                return;
            }

            var database = "aidoc_bench_" + Guid.NewGuid().ToString("N").Substring(0, 12);
            Execute(server, $"CREATE DATABASE {database}");
            var cache = _corpus.Folder + "-pg-lucene";
            try
            {
                var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
                var team = new TeamIndex(connection);
                var set = new ArticleFileSet(new[] { _corpus.Folder }, true, _corpus.Files);
                var build = Measurement.Median(1, () => team.Update(set));
                report.Add(section, "Team index (PostgreSQL) build", $"{ResultsReport.Number(build.Seconds, "0.0")} s");
                report.Add(section, "Team index size in the database (tables and indexes)", ResultsReport.Mb(Scalar(connection, "SELECT pg_database_size(current_database())")));
                report.Add(section, "Team index build peak working set (client)", ResultsReport.Mb(build.PeakBytes));

                // The local index of the same files, for the overlap of the top 10 (built before the files change).
                if (Directory.Exists(cache))
                {
                    Directory.Delete(cache, recursive: true);
                }

                var local = new ClaimIndex(cache);
                local.Update(set);

                var changed = CorpusGenerator.Touch(_corpus.Files, 100, _seed);
                IndexUpdate? update = null;
                var incremental = Measurement.Median(1, () => update = team.Update(set));
                local.Update(set);
                report.Add(section, $"Team index incremental update after 1% of files change ({changed.Count:N0} files)",
                    $"{ResultsReport.Number(incremental.Seconds, "0.00")} s ({update!.Changed:N0} re-read)");

                var overlaps = new List<double>();
                foreach (var (name, terms) in SearchBenchmark.Queries)
                {
                    var query = ClaimQuery.Parse(string.Join(" ", terms));
                    var options = new SearchOptions { First = 10 };
                    team.Search(query, options); // warm-up
                    var latencies = new List<double>();
                    IReadOnlyList<SearchResult> found = new SearchResult[0];
                    for (var i = 0; i < LatencySamples; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        found = team.Search(query, options);
                        latencies.Add(watch.Elapsed.TotalSeconds);
                    }

                    var expected = local.Search(query, options).Select(Key).ToList();
                    var overlap = expected.Count == 0 ? 1.0 : (double)expected.Intersect(found.Select(Key)).Count() / expected.Count;
                    overlaps.Add(overlap);
                    report.Add(section, $"Search-AiClaim -Connection, {name}, p50 / p95",
                        $"{ResultsReport.Ms(Measurement.Percentile(latencies, 50))} / {ResultsReport.Ms(Measurement.Percentile(latencies, 95))}");
                    report.Add(section, $"Top-10 overlap with the local index, {name}", ResultsReport.Number(overlap, "0.00"), "≥ 0.9", overlap >= 0.9);
                }

                report.Add(section, "Top-10 overlap with the local index, mean of the query sets", ResultsReport.Number(overlaps.Average(), "0.00"), "≥ 0.9", overlaps.Average() >= 0.9);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                if (Directory.Exists(cache))
                {
                    Directory.Delete(cache, recursive: true);
                }
            }
        }

        private static string Key(SearchResult result) => result.Path + "#" + result.Claim.Index;

        private static void Execute(string connection, string sql)
        {
            using var open = new NpgsqlConnection(connection);
            open.Open();
            using var command = new NpgsqlCommand(sql, open);
            command.ExecuteNonQuery();
        }

        private static long Scalar(string connection, string sql)
        {
            using var open = new NpgsqlConnection(connection);
            open.Open();
            using var command = new NpgsqlCommand(sql, open);
            return Convert.ToInt64(command.ExecuteScalar());
        }
    }
}
