using System;
using Npgsql;
using Xunit;

namespace AiDocTools.Core.Tests.Search
{
    /// <summary>
    /// A test that needs the PostgreSQL server named by AIDOCTOOLS_TEST_CONNECTION (tools/postgres/throwaway.sh starts a
    /// throwaway one). Without it the test is skipped, saying why, unless AIDOCTOOLS_REQUIRE_POSTGRES=1 (CI): then it
    /// runs and fails, so a CI without its server can never pass by skipping.
    /// </summary>
    public sealed class TeamServerFactAttribute : FactAttribute
    {
        public TeamServerFactAttribute()
        {
            if (TeamServer.Admin == null && Environment.GetEnvironmentVariable("AIDOCTOOLS_REQUIRE_POSTGRES") != "1")
            {
                Skip = "No PostgreSQL server: set AIDOCTOOLS_TEST_CONNECTION (eval \"$(bash tools/postgres/throwaway.sh start)\" starts one).";
            }
        }
    }

    /// <summary>A database of its own on the test server for one test, dropped afterwards.</summary>
    public sealed class TeamServer : IDisposable
    {
        private readonly string _name = "aidoc_test_" + Guid.NewGuid().ToString("N");

        public TeamServer()
        {
            Assert.True(Admin != null, "AIDOCTOOLS_REQUIRE_POSTGRES=1 but AIDOCTOOLS_TEST_CONNECTION names no server: the team index tests need one.");
            Execute(Admin!, $"CREATE DATABASE {_name}");
            Connection = new NpgsqlConnectionStringBuilder(Admin) { Database = _name, Pooling = false }.ConnectionString;
        }

        public static string? Admin
        {
            get
            {
                var value = Environment.GetEnvironmentVariable("AIDOCTOOLS_TEST_CONNECTION");
                return string.IsNullOrWhiteSpace(value) ? null : value;
            }
        }

        /// <summary>A connection string for this test's database, password included.</summary>
        public string Connection { get; }

        public static void Execute(string connection, string sql)
        {
            using var open = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
            open.Open();
            using var command = new NpgsqlCommand(sql, open);
            command.ExecuteNonQuery();
        }

        public T Scalar<T>(string sql)
        {
            using var open = new NpgsqlConnection(Connection);
            open.Open();
            using var command = new NpgsqlCommand(sql, open);
            return (T)command.ExecuteScalar()!;
        }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            Execute(Admin!, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
    }
}
