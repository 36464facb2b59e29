using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AiDocTools.Analysis;
using AiDocTools.Articles;
using AiDocTools.Claims;
using AiDocTools.Search;
using Npgsql;
using NpgsqlTypes;

namespace AiDocTools.Postgres
{
    /// <summary>
    /// A team's shared index of claims in PostgreSQL, behind the same <see cref="IClaimStore"/> as the local Lucene index.
    /// Claims are stored with the module's own analysis (<see cref="ClaimTerms"/>): a GIN index over their terms finds the
    /// candidates, a substring count on the marked folded text confirms each word or phrase exactly, and BM25 is computed
    /// in SQL from stored statistics (claims and terms per file, documents per term) the way Lucene computes it, so both
    /// indexes rank alike. Every value reaches the server as a parameter.
    /// Writers take a transaction per batch of files, with an advisory lock per path, so several sessions may update
    /// overlapping folders at once; readers see each file's claims, its row and the term statistics change together.
    /// </summary>
    public sealed class TeamIndex : IClaimStore
    {
        // Lucene's BM25 constants, as the local index uses them.
        private const double K1 = 1.2;
        private const double B = 0.75;
        private const int FilesPerTransaction = 200;
        private const int AnalysisBatch = 32;
        private const int Retries = 5;

        private readonly string _connection;
        private readonly ArticleReader _reader;
        private readonly ClaimExtractor _extractor;
        private readonly string _analysis;
        private readonly NpgsqlDataSource _dataSource;
        private int _migrated;

        public TeamIndex(string connection, ClaimExtractor? extractor = null)
        {
            _connection = connection ?? throw new ArgumentNullException(nameof(connection));
            Location = ConnectionText.Redact(connection);
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(connection) { ApplicationName = "AiDocTools" };
                _dataSource = NpgsqlDataSource.Create(builder);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FormatException || ex is InvalidCastException || ex is KeyNotFoundException)
            {
                throw Unavailable(ex);
            }

            _reader = AnalysisPipeline.Shipped.NewReader();
            _extractor = extractor ?? AnalysisPipeline.Shipped.Claims;
            _analysis = IndexManifest.AnalysisOf(_extractor);
        }

        /// <summary>The server and database, never the password.</summary>
        public string Location { get; }

        /// <summary>The schema version this build writes.</summary>
        public static int SchemaVersion => TeamSchema.Current;

        /// <summary>Opens a connection with the schema brought up to date; connection failures come out as <see cref="IOException"/> without the password.</summary>
        internal NpgsqlConnection Open()
        {
            try
            {
                var connection = _dataSource.OpenConnection();
                if (Volatile.Read(ref _migrated) == 0)
                {
                    TeamSchema.Migrate(connection, Location);
                    Volatile.Write(ref _migrated, 1);
                }

                return connection;
            }
            catch (Exception ex) when (ex is NpgsqlException || ex is InvalidOperationException || ex is TimeoutException || ex is ArgumentException)
            {
                throw Unavailable(ex);
            }
        }

        /// <summary>Only for tests of the migration: the schema as an older build left it.</summary>
        internal void MigrateTo(int version)
        {
            using var connection = _dataSource.OpenConnection();
            TeamSchema.Migrate(connection, Location, version);
        }

        private IOException Unavailable(Exception ex) =>
            new IOException(Message.Format(Messages.TeamIndexUnavailable, Location, ConnectionText.Scrub(ex.Message, _connection)));

        public IndexUpdate Update(ArticleFileSet files, Func<IndexUpdatePlan, bool>? confirm = null,
            Action<IndexProgress>? progress = null, CancellationToken cancellation = default)
        {
            var listing = ListedFiles.Read(files.Files);
            var stamps = listing.Stamps;
            var failures = new List<ArticleLoadException>(listing.Missing);

            try
            {
                using var connection = Open();
                var known = KnownFiles(connection, files);
                var decided = IndexChanges.Between(known.Values.Select(k => k.Entry), stamps, entry => known[entry.Path].Analysis == _analysis);
                var toRead = decided.ToRead;
                var toDelete = decided.ToDelete;
                var plan = decided.Plan(Location);
                var unchanged = stamps.Count - toRead.Count;
                if (confirm != null && !confirm(plan))
                {
                    return new IndexUpdate(plan, applied: false, unchanged, failures);
                }

                for (var from = 0; from < toDelete.Count; from += FilesPerTransaction)
                {
                    var batch = toDelete.Skip(from).Take(FilesPerTransaction).Select(p => new Change(p, null, null)).ToList();
                    WriteWithRetries(connection, batch, cancellation);
                }

                var done = 0;
                for (var from = 0; from < toRead.Count; from += FilesPerTransaction)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var slice = toRead.Skip(from).Take(FilesPerTransaction).ToList();
                    var changes = new List<Change>(slice.Count);
                    for (var at = 0; at < slice.Count; at += AnalysisBatch)
                    {
                        var analysed = slice.Skip(at).Take(AnalysisBatch).AsParallel().AsOrdered()
                            .WithCancellation(cancellation)
                            .Select(r => Analyse(r.Stamp, r.Known))
                            .ToList();
                        foreach (var change in analysed)
                        {
                            progress?.Invoke(new IndexProgress(done++, toRead.Count, change.Path));
                            changes.Add(change);
                        }
                    }

                    WriteWithRetries(connection, changes, cancellation);
                }

                failures.AddRange(StoredFailures(connection, files));
                return new IndexUpdate(plan, applied: true, unchanged, failures);
            }
            catch (Exception ex) when (ex is NpgsqlException || ex is InvalidOperationException)
            {
                throw Unavailable(ex);
            }
        }

        public IReadOnlyList<SearchResult> Search(ClaimQuery query, SearchOptions? options = null, CancellationToken cancellation = default)
        {
            if (query.IsEmpty)
            {
                return new SearchResult[0];
            }

            try
            {
                using var connection = Open();
                var positive = query.Positive.Select(FeatureTerms.Of).ToList();
                var excluded = query.Excluded.Select(FeatureTerms.Of).ToList();
                return positive.Any(f => f == null) || excluded.Any(f => f == null)
                    ? ScanEveryClaim(connection, query, options, cancellation)
                    : Ranked(connection, query, positive!, excluded!, options, cancellation);
            }
            catch (Exception ex) when (ex is NpgsqlException || ex is InvalidOperationException)
            {
                throw Unavailable(ex);
            }
        }

        // ---- searching ----

        private IReadOnlyList<SearchResult> Ranked(NpgsqlConnection connection, ClaimQuery query, List<FeatureTerms> positive,
            List<FeatureTerms> excluded, SearchOptions? options, CancellationToken cancellation)
        {
            // One statement reads the statistics, another ranks: both in one snapshot, so a writer committing in
            // between cannot make the weights disagree with the claims they rank.
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            var (claims, tokens, _) = Totals(connection);
            var df = DocumentFrequencies(connection, positive.SelectMany(f => f.Terms).Distinct().ToArray());
            var averageLength = claims == 0 || tokens == 0 ? 1.0 : (double)(float)((double)tokens / claims);

            var sql = new StringBuilder();
            var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
            string Add(object value, NpgsqlDbType type)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
                return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            }

            var tf = new List<string>();
            var score = new List<string>();
            var k1 = Add(K1, NpgsqlDbType.Double);
            var b = Add(B, NpgsqlDbType.Double);
            var average = Add(averageLength, NpgsqlDbType.Double);
            for (var i = 0; i < positive.Count; i++)
            {
                var pattern = Add(positive[i].Marked, NpgsqlDbType.Text);
                // A phrase weighs the sum of its terms' idf, as Lucene's phrase query does.
                var idf = positive[i].Terms.Sum(t => Idf(df.TryGetValue(t, out var n) ? n : 0, claims));
                var weight = Add(idf * (K1 + 1), NpgsqlDbType.Double);
                tf.Add($"(length(c.marked) - length(replace(c.marked, {pattern}, ''))) / length({pattern}) AS tf{i}");
                score.Add($"CASE WHEN tf{i} > 0 THEN {weight} * tf{i} / (tf{i} + {k1} * (1 - {b} + {b} * norm_length / {average})) ELSE 0 END");
            }

            var candidate = new List<string>();
            var satisfied = new List<string>();
            var index = 0;
            foreach (var group in query.Required)
            {
                var any = new List<string>();
                var found = new List<string>();
                for (var j = 0; j < group.Count; j++, index++)
                {
                    any.Add($"c.terms @> {Add(positive[index].Terms.Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer)}");
                    found.Add($"tf{index} > 0");
                }

                candidate.Add("(" + string.Join(" OR ", any) + ")");
                satisfied.Add("(" + string.Join(" OR ", found) + ")");
            }

            foreach (var feature in excluded)
            {
                candidate.Add($"strpos(c.marked, {Add(feature.Marked, NpgsqlDbType.Text)}) = 0");
            }

            candidate.AddRange(Filters(connection, options, Add));
            var clientFilter = options?.Filter != null;
            var first = options?.First > 0 && !clientFilter ? " LIMIT " + Add(options!.First, NpgsqlDbType.Integer) : string.Empty;
            sql.Append("SELECT path, claim, score FROM (SELECT path, claim, seq, (")
                .Append(string.Join(" + ", score)).Append(")::real AS score FROM (SELECT c.path, c.claim, c.seq, c.norm_length, ")
                .Append(string.Join(", ", tf)).Append(" FROM aidoc_claim c WHERE ").Append(string.Join(" AND ", candidate))
                .Append(") m WHERE ").Append(string.Join(" AND ", satisfied))
                .Append(") r ORDER BY score DESC, seq").Append(first);
            command.CommandText = sql.ToString();

            var results = new List<SearchResult>();
            using (command)
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    cancellation.ThrowIfCancellationRequested();
                    var claim = ClaimJson.Deserialize(reader.GetString(1));
                    if (clientFilter && !options!.Keeps(claim))
                    {
                        continue;
                    }

                    results.Add(ClaimRanker.Result(query, claim, reader.GetString(0), reader.GetFloat(2)));
                    if (clientFilter && options!.First > 0 && results.Count == options.First)
                    {
                        break;
                    }
                }
            }

            transaction.Commit();
            return results;
        }

        /// <summary>A regular expression has no index terms: every claim the filters keep is read and ranked as in memory.</summary>
        private IReadOnlyList<SearchResult> ScanEveryClaim(NpgsqlConnection connection, ClaimQuery query, SearchOptions? options, CancellationToken cancellation)
        {
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            var (claims, _, folded) = Totals(connection);
            var ranker = new ClaimRanker(query);
            ranker.AddUnmatched(claims, folded);
            using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
            string Add(object value, NpgsqlDbType type)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
                return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            }

            var filters = Filters(connection, options, Add);
            command.CommandText = "SELECT c.path, c.claim FROM aidoc_claim c" + (filters.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", filters)) + " ORDER BY c.seq";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    cancellation.ThrowIfCancellationRequested();
                    ranker.AddCounted(ClaimJson.Deserialize(reader.GetString(1)), reader.GetString(0));
                }
            }

            transaction.Commit();
            return ranker.Results(options);
        }

        /// <summary>
        /// The speaker, kind, entity and date filters as SQL conditions. A speaker or entity filter is a test (wildcards,
        /// aliases): it is run on each name the index holds, and the names it keeps go to the server as a list.
        /// </summary>
        private static List<string> Filters(NpgsqlConnection connection, SearchOptions? options, Func<object, NpgsqlDbType, string> add)
        {
            var conditions = new List<string>();
            if (options == null)
            {
                return conditions;
            }

            if (options.Speaker != null)
            {
                conditions.Add($"c.speakers && {add(Names(connection, "speaker", options.Speaker), NpgsqlDbType.Array | NpgsqlDbType.Text)}");
            }

            if (options.Entity != null)
            {
                conditions.Add($"c.entities && {add(Names(connection, "entity", options.Entity), NpgsqlDbType.Array | NpgsqlDbType.Text)}");
            }

            if (options.Kinds != null)
            {
                conditions.Add($"c.kind = ANY({add(options.Kinds.Select(k => k.ToString()).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)})");
            }

            if (options.After != null)
            {
                conditions.Add($"c.published_end >= {add(options.After.Start.Ticks, NpgsqlDbType.Bigint)}");
            }

            if (options.Before != null)
            {
                conditions.Add($"c.published_start <= {add(options.Before.End.Ticks, NpgsqlDbType.Bigint)}");
            }

            return conditions;
        }

        private static string[] Names(NpgsqlConnection connection, string field, Func<string, bool> keep)
        {
            using var command = new NpgsqlCommand("SELECT value FROM aidoc_name WHERE field = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = field });
            var kept = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var name = reader.GetString(0);
                if (keep(name))
                {
                    kept.Add(name);
                }
            }

            return kept.ToArray();
        }

        private static (int Claims, long Tokens, long Folded) Totals(NpgsqlConnection connection)
        {
            using var command = new NpgsqlCommand("SELECT coalesce(sum(claims), 0)::integer, coalesce(sum(tokens), 0)::bigint, coalesce(sum(folded_length), 0)::bigint FROM aidoc_file", connection);
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        private static Dictionary<int, int> DocumentFrequencies(NpgsqlConnection connection, int[] terms)
        {
            using var command = new NpgsqlCommand("SELECT hash, df FROM aidoc_term WHERE hash = ANY($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = terms, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            var df = new Dictionary<int, int>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                df[reader.GetInt32(0)] = reader.GetInt32(1);
            }

            return df;
        }

        // Lucene's BM25 idf, in its single precision.
        private static double Idf(int df, int claims) => (float)Math.Log(1 + ((claims - df + 0.5D) / (df + 0.5D)));

        // ---- updating ----

        /// <summary>One file's change: its new row and claims, only a new stamp (touched), or its removal (no entry).</summary>
        private sealed class Change
        {
            public Change(string path, IndexedFile? entry, List<(Claim Claim, string Folded)>? claims)
            {
                Path = path;
                Entry = entry;
                Claims = claims;
            }

            public string Path { get; }

            public IndexedFile? Entry { get; }

            public List<(Claim Claim, string Folded)>? Claims { get; }

            public List<(Claim Claim, ClaimTerms Terms)>? Stored { get; set; }

            public long Tokens { get; set; }
        }

        private Change Analyse(FileStamp stamp, IndexedFile? known)
        {
            var read = IndexedArticle.Read(stamp, known, _reader, _extractor);
            var change = new Change(stamp.Path, read.Entry, read.Claims);
            if (read.Claims != null)
            {
                change.Stored = read.Claims.Select(c => (c.Claim, ClaimTerms.Of(c.Folded))).ToList();
                change.Tokens = change.Stored.Sum(c => (long)c.Terms.Tokens);
            }
            else if (read.Entry != null && read.Entry.Failure != null)
            {
                change.Stored = new List<(Claim, ClaimTerms)>();
            }

            return change;
        }

        private sealed class KnownFile
        {
            public KnownFile(IndexedFile entry, string analysis, long tokens)
            {
                Entry = entry;
                Analysis = analysis;
                Tokens = tokens;
            }

            public IndexedFile Entry { get; }

            public string Analysis { get; }

            public long Tokens { get; }
        }

        /// <summary>The indexed files that lie where the set looks (its roots, their folders, with -Recurse below them).</summary>
        private static Dictionary<string, KnownFile> KnownFiles(NpgsqlConnection connection, ArticleFileSet files)
        {
            var prefixes = files.Roots.Select(r => r.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? r : r + Path.DirectorySeparatorChar).ToArray();
            using var command = new NpgsqlCommand(
                "SELECT path, length, last_write, sha256, analysis, claims, tokens, folded_length, failure, error FROM aidoc_file f " +
                "WHERE path = ANY($1) OR EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE starts_with(f.path, p))", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = files.Roots.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = prefixes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            var known = new Dictionary<string, KnownFile>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var path = reader.GetString(0);
                if (!files.Covers(path))
                {
                    continue;
                }

                known[path] = new KnownFile(ReadEntry(reader), reader.GetString(4), reader.GetInt64(6));
            }

            return known;
        }

        private static IndexedFile ReadEntry(NpgsqlDataReader reader) => new IndexedFile
        {
            Path = reader.GetString(0),
            Length = reader.GetInt64(1),
            LastWriteUtcTicks = reader.GetInt64(2),
            Sha256 = reader.GetString(3),
            Claims = reader.GetInt32(5),
            FoldedLength = reader.GetInt64(7),
            Failure = reader.IsDBNull(8) ? (ArticleLoadFailure?)null : (ArticleLoadFailure)Enum.Parse(typeof(ArticleLoadFailure), reader.GetString(8)),
            Error = reader.IsDBNull(9) ? null : reader.GetString(9),
        };

        private static IEnumerable<ArticleLoadException> StoredFailures(NpgsqlConnection connection, ArticleFileSet files)
        {
            return KnownFiles(connection, files).Values
                .Where(k => k.Entry.Failure != null)
                .OrderBy(k => k.Entry.Path, StringComparer.Ordinal)
                .Select(k => new ArticleLoadException(k.Entry.Path, k.Entry.Failure!.Value, k.Entry.Error ?? string.Empty))
                .ToList();
        }

        /// <summary>
        /// One transaction per batch. Two writers lock the same paths in the same order and the same term rows in the
        /// same order, so they wait for each other rather than deadlock; should the server still pick one as a deadlock
        /// victim, its batch is simply written again.
        /// </summary>
        private void WriteWithRetries(NpgsqlConnection connection, List<Change> changes, CancellationToken cancellation)
        {
            for (var attempt = 1; ; attempt++)
            {
                cancellation.ThrowIfCancellationRequested();
                try
                {
                    Write(connection, changes);
                    return;
                }
                catch (PostgresException ex) when ((ex.SqlState == PostgresErrorCodes.DeadlockDetected || ex.SqlState == PostgresErrorCodes.SerializationFailure) && attempt < Retries)
                {
                    Thread.Sleep(50 * attempt);
                }
            }
        }

        private void Write(NpgsqlConnection connection, List<Change> changes)
        {
            using var transaction = connection.BeginTransaction();
            var paths = changes.Select(c => c.Path).Distinct(StringComparer.Ordinal).ToArray();
            using (var lockPaths = new NpgsqlCommand(
                "SELECT pg_advisory_xact_lock($1, h) FROM (SELECT DISTINCT hashtext(p) AS h FROM unnest($2::text[]) p) s ORDER BY h", connection, transaction))
            {
                lockPaths.Parameters.Add(new NpgsqlParameter { Value = TeamSchema.LockClass });
                lockPaths.Parameters.Add(new NpgsqlParameter { Value = paths, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                lockPaths.ExecuteNonQuery();
            }

            // What the index holds now, under the locks: another writer may have got to some of these files first.
            var current = new Dictionary<string, KnownFile>(StringComparer.Ordinal);
            using (var read = new NpgsqlCommand("SELECT path, length, last_write, sha256, analysis, claims, tokens, folded_length, failure, error FROM aidoc_file WHERE path = ANY($1)", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter { Value = paths, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    current[reader.GetString(0)] = new KnownFile(ReadEntry(reader), reader.GetString(4), reader.GetInt64(6));
                }
            }

            var replace = new List<Change>();
            var remove = new List<string>();
            var stampOnly = new List<Change>();
            foreach (var original in changes)
            {
                var change = original;
                current.TryGetValue(change.Path, out var now);
                if (change.Entry == null)
                {
                    if (now != null)
                    {
                        remove.Add(change.Path);
                    }

                    continue;
                }

                if (now != null && now.Analysis == _analysis && now.Entry.Length == change.Entry.Length
                    && now.Entry.LastWriteUtcTicks == change.Entry.LastWriteUtcTicks && now.Entry.Sha256 == change.Entry.Sha256)
                {
                    continue; // already as this writer would leave it
                }

                if (change.Stored == null)
                {
                    // Touched, not changed, when it was listed; if the row has moved on since, read the file in full.
                    if (now != null && now.Analysis == _analysis && now.Entry.Sha256 == change.Entry.Sha256 && now.Entry.Failure == change.Entry.Failure)
                    {
                        stampOnly.Add(change);
                        continue;
                    }

                    change = Analyse(new FileStamp(change.Path, change.Entry.Length, change.Entry.LastWriteUtcTicks), null);
                    if (change.Entry == null)
                    {
                        if (now != null)
                        {
                            remove.Add(change.Path);
                        }

                        continue;
                    }
                }

                replace.Add(change);
            }

            var df = new Dictionary<int, int>();
            var dropped = remove.Concat(replace.Select(c => c.Path)).ToArray();
            if (dropped.Length > 0)
            {
                using var delete = new NpgsqlCommand("DELETE FROM aidoc_claim WHERE path = ANY($1) RETURNING terms", connection, transaction);
                delete.Parameters.Add(new NpgsqlParameter { Value = dropped, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                using var reader = delete.ExecuteReader();
                while (reader.Read())
                {
                    foreach (var term in reader.GetFieldValue<int[]>(0))
                    {
                        df[term] = (df.TryGetValue(term, out var n) ? n : 0) - 1;
                    }
                }
            }

            if (remove.Count > 0)
            {
                using var deleteFiles = new NpgsqlCommand("DELETE FROM aidoc_file WHERE path = ANY($1)", connection, transaction);
                deleteFiles.Parameters.Add(new NpgsqlParameter { Value = remove.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                deleteFiles.ExecuteNonQuery();
            }

            var speakers = new SortedSet<string>(StringComparer.Ordinal);
            var entities = new SortedSet<string>(StringComparer.Ordinal);
            if (replace.Any(c => c.Stored!.Count > 0))
            {
                using var import = connection.BeginBinaryImport(
                    "COPY aidoc_claim (path, ordinal, kind, speakers, entities, published_start, published_end, norm_length, marked, terms, claim) FROM STDIN (FORMAT BINARY)");
                foreach (var change in replace)
                {
                    var ordinal = 0;
                    foreach (var (claim, terms) in change.Stored!)
                    {
                        var names = IndexedArticle.Speakers(claim).ToArray();
                        var mentioned = claim.Entities.Distinct(StringComparer.Ordinal).ToArray();
                        speakers.UnionWith(names);
                        entities.UnionWith(mentioned);
                        import.StartRow();
                        import.Write(change.Path, NpgsqlDbType.Text);
                        import.Write(ordinal++, NpgsqlDbType.Integer);
                        import.Write(claim.Kind.ToString(), NpgsqlDbType.Text);
                        import.Write(names, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        import.Write(mentioned, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        if (claim.PublishedValue != null)
                        {
                            import.Write(claim.PublishedValue.Start.Ticks, NpgsqlDbType.Bigint);
                            import.Write(claim.PublishedValue.End.Ticks, NpgsqlDbType.Bigint);
                        }
                        else
                        {
                            import.WriteNull();
                            import.WriteNull();
                        }

                        import.Write(terms.NormLength, NpgsqlDbType.Real);
                        import.Write(terms.Marked, NpgsqlDbType.Text);
                        import.Write(terms.Terms, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                        import.Write(ClaimJson.Serialize(claim), NpgsqlDbType.Text);
                        foreach (var term in terms.Terms)
                        {
                            df[term] = (df.TryGetValue(term, out var n) ? n : 0) + 1;
                        }
                    }
                }

                import.Complete();
            }

            var deltas = df.Where(d => d.Value != 0).OrderBy(d => d.Key).ToArray();
            if (deltas.Length > 0)
            {
                // In ascending order of term, so two writers take the rows' locks in the same order.
                using var upsert = new NpgsqlCommand(
                    "INSERT INTO aidoc_term (hash, df) SELECT h, d FROM unnest($1::integer[], $2::integer[]) AS u(h, d) ORDER BY h " +
                    "ON CONFLICT (hash) DO UPDATE SET df = aidoc_term.df + excluded.df", connection, transaction);
                upsert.Parameters.Add(new NpgsqlParameter { Value = deltas.Select(d => d.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
                upsert.Parameters.Add(new NpgsqlParameter { Value = deltas.Select(d => d.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
                upsert.ExecuteNonQuery();
            }

            if (speakers.Count + entities.Count > 0)
            {
                using var names = new NpgsqlCommand(
                    "INSERT INTO aidoc_name (field, value) SELECT f, v FROM unnest($1::text[], $2::text[]) AS u(f, v) ORDER BY f, v ON CONFLICT DO NOTHING", connection, transaction);
                names.Parameters.Add(new NpgsqlParameter { Value = entities.Select(_ => "entity").Concat(speakers.Select(_ => "speaker")).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                names.Parameters.Add(new NpgsqlParameter { Value = entities.Concat(speakers).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                names.ExecuteNonQuery();
            }

            var rows = replace.Select(c => (c.Entry!, c.Tokens))
                .Concat(stampOnly.Select(c => (c.Entry!, current[c.Path].Tokens)))
                .ToList();
            if (rows.Count > 0)
            {
                using var upsertFiles = new NpgsqlCommand(
                    "INSERT INTO aidoc_file (path, length, last_write, sha256, analysis, claims, tokens, folded_length, failure, error) " +
                    "SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::integer[], $7::bigint[], $8::bigint[], $9::text[], $10::text[]) " +
                    "ON CONFLICT (path) DO UPDATE SET length = excluded.length, last_write = excluded.last_write, sha256 = excluded.sha256, analysis = excluded.analysis, " +
                    "claims = excluded.claims, tokens = excluded.tokens, folded_length = excluded.folded_length, failure = excluded.failure, error = excluded.error",
                    connection, transaction);
                void Column<T>(IEnumerable<T> values, NpgsqlDbType type) =>
                    upsertFiles.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type });
                Column(rows.Select(r => r.Item1.Path), NpgsqlDbType.Text);
                Column(rows.Select(r => r.Item1.Length), NpgsqlDbType.Bigint);
                Column(rows.Select(r => r.Item1.LastWriteUtcTicks), NpgsqlDbType.Bigint);
                Column(rows.Select(r => r.Item1.Sha256), NpgsqlDbType.Text);
                Column(rows.Select(_ => _analysis), NpgsqlDbType.Text);
                Column(rows.Select(r => r.Item1.Claims), NpgsqlDbType.Integer);
                Column(rows.Select(r => r.Item2), NpgsqlDbType.Bigint);
                Column(rows.Select(r => r.Item1.FoldedLength), NpgsqlDbType.Bigint);
                Column(rows.Select(r => r.Item1.Failure?.ToString()), NpgsqlDbType.Text);
                Column(rows.Select(r => r.Item1.Error), NpgsqlDbType.Text);
                upsertFiles.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }
}
