using System;
using System.Collections.Generic;
using Npgsql;

namespace AiDocTools.Postgres
{
    /// <summary>
    /// The team index's tables, versioned in aidoc_schema and migrated in place: each step runs once, in order, in the
    /// same transaction as the version it brings, under an advisory lock so two sessions never migrate at once.
    /// Ready for Citus on paper: every large table holds its distribution column (path for files and claims, hash for
    /// terms) in its primary key, and no constraint reaches across tables.
    /// </summary>
    internal static class TeamSchema
    {
        /// <summary>Advisory-lock class of the team index: (class, key) pairs keep its locks apart from any other application's.</summary>
        public const int LockClass = 0x41694454;

        private const int MigrationLock = 0;

        /// <summary>The steps, version 1 first. Append only: a released step is never edited.</summary>
        internal static readonly IReadOnlyList<string> Steps = new[]
        {
            // 1: files by stamp (incremental updates), claims with the analysis they are found and ranked by, and the
            // document frequency of each term for BM25. A file's claims and its row change in one transaction.
            @"CREATE TABLE aidoc_file (
                path text COLLATE ""C"" PRIMARY KEY,
                length bigint NOT NULL,
                last_write bigint NOT NULL,
                sha256 text NOT NULL,
                analysis text NOT NULL,
                claims integer NOT NULL,
                tokens bigint NOT NULL,
                folded_length bigint NOT NULL,
                failure text,
                error text);
              CREATE TABLE aidoc_claim (
                path text COLLATE ""C"" NOT NULL,
                ordinal integer NOT NULL,
                seq bigserial NOT NULL,
                kind text NOT NULL,
                speakers text[] NOT NULL,
                entities text[] NOT NULL,
                published_start bigint,
                published_end bigint,
                norm_length real NOT NULL,
                marked text NOT NULL,
                terms integer[] NOT NULL,
                claim text NOT NULL,
                PRIMARY KEY (path, ordinal));
              CREATE INDEX aidoc_claim_terms ON aidoc_claim USING gin (terms);
              CREATE TABLE aidoc_term (
                hash integer PRIMARY KEY,
                df integer NOT NULL);",

            // 2: the speakers and entities the claims name, so a wildcard or alias filter is resolved against a short
            // list instead of every claim; filled from the claims already there.
            @"CREATE TABLE aidoc_name (
                field text NOT NULL,
                value text NOT NULL,
                PRIMARY KEY (field, value));
              INSERT INTO aidoc_name (field, value)
                SELECT DISTINCT 'speaker', s FROM aidoc_claim, unnest(speakers) s
                UNION SELECT DISTINCT 'entity', e FROM aidoc_claim, unnest(entities) e;",
        };

        public static int Current => Steps.Count;

        /// <summary>Brings the database to <paramref name="target"/> (the current version unless a test asks for an older one).</summary>
        /// <returns>The version found before.</returns>
        public static int Migrate(NpgsqlConnection connection, string location, int? target = null)
        {
            var wanted = target ?? Current;
            using var transaction = connection.BeginTransaction();
            Execute(connection, "SELECT pg_advisory_xact_lock($1, $2)", LockClass, MigrationLock);
            Execute(connection, "CREATE TABLE IF NOT EXISTS aidoc_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)");
            int found;
            using (var read = new NpgsqlCommand("SELECT version FROM aidoc_schema WHERE id = 1", connection))
            {
                found = read.ExecuteScalar() is int v ? v : 0;
            }

            if (found > Current)
            {
                throw new InvalidOperationException(Message.Format(Messages.TeamIndexNewer, location, found, Current));
            }

            for (var version = found + 1; version <= wanted; version++)
            {
                Execute(connection, Steps[version - 1]);
            }

            if (wanted > found)
            {
                Execute(connection, "INSERT INTO aidoc_schema (id, version) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET version = excluded.version", wanted);
            }

            transaction.Commit();
            return found;
        }

        private static void Execute(NpgsqlConnection connection, string sql, params object[] values)
        {
            using var command = new NpgsqlCommand(sql, connection);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            command.ExecuteNonQuery();
        }
    }
}
