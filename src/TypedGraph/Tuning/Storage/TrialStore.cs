using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Globalization;
using System.IO;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TypedGraph.Tuning.Storage;

/// <summary>
/// A study's trials in a relational database — SQLite (<c>directory/study.db</c>, best checkpoints as files beside it)
/// or PostgreSQL (checkpoints in a table) — with the same tables and statements on both. Claims and rung reports run in
/// one exclusive transaction each (SQLite <c>BEGIN IMMEDIATE</c>, PostgreSQL <c>LOCK TABLE … EXCLUSIVE</c>), so
/// workers sharing the store never take the same trial number or the same point. Thread-safe (one connection, one lock).
/// </summary>
internal sealed class TrialStore : IDisposable
{
    /// <summary>How long a running trial's heartbeat may be silent before another worker reruns it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    /// <summary>How often a running trial's heartbeat is written.</summary>
    public static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromSeconds(10);

    private readonly int _busyTimeoutSeconds;
    private readonly DbConnection _connection;
    private readonly bool _postgres;
    private readonly string? _checkpointDirectory;
    private readonly Lock _gate = new();

    private TrialStore(DbConnection connection, bool postgres, string location, string? checkpointDirectory, int busyTimeoutSeconds)
    {
        _busyTimeoutSeconds = busyTimeoutSeconds;
        _connection = connection;
        _postgres = postgres;
        Location = location;
        _checkpointDirectory = checkpointDirectory;
    }

    /// <summary>The file or server, for messages.</summary>
    public string Location { get; }

    /// <summary>Opens (creating when missing) <c>study.db</c> in <paramref name="directory"/>.</summary>
    /// <exception cref="TuningStorageException">The file is locked, corrupt or not a SQLite database.</exception>
    /// <param name="directory">The study's directory.</param>
    /// <param name="busyTimeoutSeconds">How long to wait for another worker's write lock before reporting the file as locked (at least 1 s).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="busyTimeoutSeconds"/> is below 1.</exception>
    public static TrialStore OpenSqlite(string directory, int busyTimeoutSeconds = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(busyTimeoutSeconds, 1);
        var path = Path.GetFullPath(Path.Combine(directory, "study.db"));
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = busyTimeoutSeconds, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        var store = new TrialStore(connection, postgres: false, path, Path.Combine(Path.GetDirectoryName(path)!, "checkpoints"), busyTimeoutSeconds);
        store.Open();
        return store;
    }

    /// <summary>Opens the PostgreSQL database of <paramref name="connectionString"/>, creating the tables when missing.</summary>
    /// <exception cref="TuningStorageException">The server cannot be reached or refuses.</exception>
    public static TrialStore OpenPostgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            // Not the string itself: it usually holds a password.
            throw new TuningStorageException($"The storage is not a PostgreSQL connection string: {error.Message}", error);
        }

        var location = string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}");
        var store = new TrialStore(new NpgsqlConnection(connectionString), postgres: true, location, checkpointDirectory: null, busyTimeoutSeconds: 30);
        store.Open();
        return store;
    }

    /// <summary>Creates the study, or checks that the stored one was created with the same settings.</summary>
    /// <exception cref="TuningStorageException">The stored study differs (objective, strategy, seed or space).</exception>
    public void EnsureStudy(StudyInfo study) => Run("open the study", () =>
    {
        using var transaction = Begin();
        using var select = Command(transaction, "SELECT objective, direction, strategy, seed, space, budget FROM tg_studies WHERE name = @name", ("name", study.Name));
        using (var reader = select.ExecuteReader())
        {
            if (reader.Read())
            {
                var stored = new StudyInfo(study.Name, reader.GetString(0), reader.GetString(1) == "max", Enum.Parse<SearchStrategy>(reader.GetString(2)), Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5));
                reader.Close();
                if (stored.Budget.Length == 0 && study.Budget.Length > 0 && stored with { Budget = study.Budget } == study)
                {
                    // A study from before the budget column: it takes this search's settings.
                    using var update = Command(transaction, "UPDATE tg_studies SET budget = @budget WHERE name = @name", ("budget", study.Budget), ("name", study.Name));
                    update.ExecuteNonQuery();
                    stored = study;
                }

                transaction.Commit();
                if (stored != study)
                {
                    throw new TuningStorageException(
                        $"The study '{study.Name}' in {Location} was created with {Settings(stored)}; this search asks for {Settings(study)}. Use another directory (or study name) for a new study.");
                }

                return;
            }
        }

        if (_checkpointDirectory is not null)
        {
            // A SQLite directory holds one study: its checkpoints and TensorBoard runs are named by trial number only.
            using var other = Command(transaction, "SELECT name FROM tg_studies LIMIT 1");
            if (other.ExecuteScalar() is string existing)
            {
                throw new TuningStorageException($"{Location} already holds the study '{existing}'; a directory holds one study (its checkpoints and TensorBoard runs are per trial number). Use another directory for the study '{study.Name}'.");
            }
        }

        using var insert = Command(
            transaction,
            "INSERT INTO tg_studies (name, objective, direction, strategy, seed, space, budget, created) VALUES (@name, @objective, @direction, @strategy, @seed, @space, @budget, @created)",
            ("name", study.Name), ("objective", study.Objective), ("direction", study.Maximize ? "max" : "min"), ("strategy", study.Strategy.ToString()), ("seed", study.Seed), ("space", study.Space), ("budget", study.Budget), ("created", Now()));
        insert.ExecuteNonQuery();
        transaction.Commit();
    });

    /// <summary>
    /// Claims the next trial for <paramref name="worker"/>, atomically: a running trial whose worker died (it is run
    /// again, same number and point), else a new trial with the point <paramref name="propose"/> returns — unless the study
    /// already holds <paramref name="maxTrials"/> trials or <paramref name="propose"/> has no point left.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="worker">This worker (<see cref="WorkerIdentity"/>).</param>
    /// <param name="maxTrials">The study's trial budget.</param>
    /// <param name="propose">
    /// Given the new number and every trial so far, the point's canonical JSON (<see cref="PointCodec"/>), or null. The JSON
    /// is also the point's key: the study holds a point once.
    /// </param>
    /// <returns>The claimed trial and whether it is a rerun of a dead worker's trial; null when there is nothing to claim.</returns>
    public (StoredTrial Trial, bool Rerun)? Claim(string study, string worker, int maxTrials, Func<int, IReadOnlyList<StoredTrial>, string?> propose) =>
        Run("claim a trial", () =>
        {
            using var transaction = Begin();
            LockTables(transaction);
            var trials = ReadTrials(transaction, study, out var heartbeats);
            var now = Now();
            foreach (var trial in trials)
            {
                if (trial.State == TrialState.Running && trial.Worker != worker
                    && (now - heartbeats[trial.Number] > (long)Lease.TotalMilliseconds || WorkerIdentity.IsDeadLocalProcess(trial.Worker ?? string.Empty)))
                {
                    using var take = Command(
                        transaction,
                        "UPDATE tg_trials SET worker = @worker, heartbeat = @now, started = @now WHERE study = @study AND number = @number",
                        ("worker", worker), ("now", now), ("study", study), ("number", trial.Number));
                    take.ExecuteNonQuery();
                    using var forget = Command(transaction, "DELETE FROM tg_rungs WHERE study = @study AND number = @number", ("study", study), ("number", trial.Number));
                    forget.ExecuteNonQuery();
                    transaction.Commit();
                    return ((StoredTrial Trial, bool Rerun)?)(trial with { Worker = worker }, true);
                }
            }

            if (trials.Count >= maxTrials || propose(trials.Count, trials) is not { } point)
            {
                transaction.Commit();
                return null;
            }

            using var insert = Command(
                transaction,
                "INSERT INTO tg_trials (study, number, point_key, params, state, worker, heartbeat, started) VALUES (@study, @number, @key, @params, @state, @worker, @now, @now)",
                ("study", study), ("number", trials.Count), ("key", point), ("params", point), ("state", nameof(TrialState.Running)), ("worker", worker), ("now", now));
            insert.ExecuteNonQuery();
            transaction.Commit();
            return (new StoredTrial(trials.Count, point, TrialState.Running, null, null, null, worker), false);
        });

    /// <summary>Writes the heartbeat of a running trial.</summary>
    public void Heartbeat(string study, int number, string worker) => Run("write a heartbeat", () =>
    {
        using var update = Command(null, "UPDATE tg_trials SET heartbeat = @now WHERE study = @study AND number = @number AND worker = @worker", ("now", Now()), ("study", study), ("number", number), ("worker", worker));
        update.ExecuteNonQuery();
    });

    /// <summary>Whether <paramref name="worker"/> still owns the running trial <paramref name="number"/> (no other worker took it over).</summary>
    public bool Owns(string study, int number, string worker) => Run("read a trial's owner", () =>
    {
        using var select = Command(null, "SELECT COUNT(*) FROM tg_trials WHERE study = @study AND number = @number AND worker = @worker AND state = @state", ("study", study), ("number", number), ("worker", worker), ("state", nameof(TrialState.Running)));
        return Convert.ToInt64(select.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    });

    /// <summary>Records the end of a trial (only while <paramref name="worker"/> still owns it).</summary>
    /// <returns>Whether the trial was still this worker's.</returns>
    public bool Finish(string study, int number, string worker, TrialState state, double? score, string? history, string? error) => Run("record a trial", () =>
    {
        using var update = Command(
            null,
            "UPDATE tg_trials SET state = @state, score = @score, history = @history, error = @error, finished = @now WHERE study = @study AND number = @number AND worker = @worker",
            ("state", state.ToString()), ("score", score), ("history", history), ("error", error), ("now", Now()), ("study", study), ("number", number), ("worker", worker));
        return update.ExecuteNonQuery() == 1;
    });

    /// <summary>Records a trial's objective at a Hyperband rung and ranks it among the values of that rung and bracket.</summary>
    /// <param name="study">The study.</param>
    /// <param name="bracket">The bracket's s.</param>
    /// <param name="rung">The rung's index.</param>
    /// <param name="number">The trial.</param>
    /// <param name="loss">Its value, oriented so that lower is better.</param>
    /// <returns>How many reported values are strictly better, and how many there are (this one included).</returns>
    public (int Rank, int Reported) ReportRung(string study, int bracket, int rung, int number, double loss) => Run("report a rung", () =>
    {
        using var transaction = Begin();
        LockTables(transaction);
        using var insert = Command(
            transaction,
            "INSERT INTO tg_rungs (study, bracket, rung, number, loss) VALUES (@study, @bracket, @rung, @number, @loss) ON CONFLICT (study, bracket, rung, number) DO UPDATE SET loss = @loss",
            ("study", study), ("bracket", bracket), ("rung", rung), ("number", number), ("loss", loss));
        insert.ExecuteNonQuery();
        using var count = Command(
            transaction,
            "SELECT COUNT(*), SUM(CASE WHEN loss < @loss THEN 1 ELSE 0 END) FROM tg_rungs WHERE study = @study AND bracket = @bracket AND rung = @rung",
            ("loss", loss), ("study", study), ("bracket", bracket), ("rung", rung));
        using var reader = count.ExecuteReader();
        reader.Read();
        var result = (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        reader.Close();
        transaction.Commit();
        return result;
    });

    /// <summary>Every trial of <paramref name="study"/>, in number order.</summary>
    public IReadOnlyList<StoredTrial> Trials(string study) => Run("read the trials", () =>
    {
        using var transaction = Begin();
        var trials = ReadTrials(transaction, study, out _);
        transaction.Commit();
        return trials;
    });

    /// <summary>Stores the best checkpoint of a trial: a file written atomically (SQLite), a row (PostgreSQL).</summary>
    public void SaveCheckpoint(string study, int number, byte[] data)
    {
        if (_checkpointDirectory is not null)
        {
            AtomicFile.Write(CheckpointPath(number), "trial checkpoint", stream => stream.Write(data));
            return;
        }

        Run("store a checkpoint", () =>
        {
            using var upsert = Command(
                null,
                "INSERT INTO tg_checkpoints (study, number, data) VALUES (@study, @number, @data) ON CONFLICT (study, number) DO UPDATE SET data = @data",
                ("study", study), ("number", number), ("data", data));
            upsert.ExecuteNonQuery();
        });
    }

    /// <summary>The best checkpoint of a trial.</summary>
    /// <exception cref="TuningStorageException">There is none.</exception>
    public byte[] LoadCheckpoint(string study, int number)
    {
        if (_checkpointDirectory is not null)
        {
            var path = CheckpointPath(number);
            return File.Exists(path) ? File.ReadAllBytes(path) : throw new TuningStorageException($"The checkpoint of trial {number}, '{path}', is missing.");
        }

        return Run("read a checkpoint", () =>
        {
            using var select = Command(null, "SELECT data FROM tg_checkpoints WHERE study = @study AND number = @number", ("study", study), ("number", number));
            return select.ExecuteScalar() as byte[] ?? throw new TuningStorageException($"{Location} holds no checkpoint of trial {number} of study '{study}'.");
        });
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private string CheckpointPath(int number) => Path.Combine(_checkpointDirectory!, string.Create(CultureInfo.InvariantCulture, $"trial_{number:D4}.bin"));

    private static string Settings(StudyInfo study) =>
        $"objective '{study.Objective}', strategy {study.Strategy}{(study.Budget.Length > 0 ? $" ({study.Budget})" : string.Empty)}, seed {study.Seed} and space [{study.Space.ReplaceLineEndings("; ")}]";

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private void Open() => Run("open", () =>
    {
        _connection.Open();
        var blob = _postgres ? "BYTEA" : "BLOB";
        var schema = $"""
            CREATE TABLE IF NOT EXISTS tg_studies (name TEXT PRIMARY KEY, objective TEXT NOT NULL, direction TEXT NOT NULL, strategy TEXT NOT NULL, seed BIGINT NOT NULL, space TEXT NOT NULL, budget TEXT NOT NULL DEFAULT '', created BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS tg_trials (study TEXT NOT NULL, number INTEGER NOT NULL, point_key TEXT NOT NULL, params TEXT NOT NULL, state TEXT NOT NULL, score DOUBLE PRECISION, history TEXT, error TEXT, worker TEXT, heartbeat BIGINT, started BIGINT, finished BIGINT, PRIMARY KEY (study, number), UNIQUE (study, point_key));
            CREATE TABLE IF NOT EXISTS tg_rungs (study TEXT NOT NULL, bracket INTEGER NOT NULL, rung INTEGER NOT NULL, number INTEGER NOT NULL, loss DOUBLE PRECISION NOT NULL, PRIMARY KEY (study, bracket, rung, number));
            CREATE TABLE IF NOT EXISTS tg_checkpoints (study TEXT NOT NULL, number INTEGER NOT NULL, data {blob} NOT NULL, PRIMARY KEY (study, number));
            """;
        if (!_postgres)
        {
            // Wait for another worker's write lock in SQLite's own busy handler (sleeps of 1, 2, 5, 10 … ms) rather
            // than in Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms per attempt and does not set this: two
            // workers claiming at the same moment would otherwise lose 150 ms a collision.
            var busyMilliseconds = Math.Min(_busyTimeoutSeconds * 1000L, int.MaxValue);
            using var busy = Command(null, FormattableString.Invariant($"PRAGMA busy_timeout = {busyMilliseconds}"));
            busy.ExecuteNonQuery();
            using var wal = Command(null, "PRAGMA journal_mode = WAL");
            wal.ExecuteScalar();
        }

        using var transaction = Begin();
        if (_postgres)
        {
            // CREATE TABLE IF NOT EXISTS races between sessions in PostgreSQL; one schema creator at a time.
            using var advisory = Command(transaction, "SELECT pg_advisory_xact_lock(7245031)");
            advisory.ExecuteScalar();
        }

        using var create = Command(transaction, schema);
        create.ExecuteNonQuery();

        // Stores created before the budget column get it (an empty budget: the next search's settings are taken).
        using var columns = Command(transaction, _postgres
            ? "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'tg_studies' AND column_name = 'budget' AND table_schema = current_schema()"
            : "SELECT COUNT(*) FROM pragma_table_info('tg_studies') WHERE name = 'budget'");
        if (Convert.ToInt64(columns.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            using var add = Command(transaction, "ALTER TABLE tg_studies ADD COLUMN budget TEXT NOT NULL DEFAULT ''");
            add.ExecuteNonQuery();
        }

        transaction.Commit();
    });

    private List<StoredTrial> ReadTrials(DbTransaction transaction, string study, out Dictionary<int, long> heartbeats)
    {
        using var select = Command(transaction, "SELECT number, params, state, score, history, error, worker, heartbeat FROM tg_trials WHERE study = @study ORDER BY number", ("study", study));
        using var reader = select.ExecuteReader();
        var trials = new List<StoredTrial>();
        heartbeats = [];
        while (reader.Read())
        {
            var number = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            trials.Add(new StoredTrial(
                number,
                reader.GetString(1),
                Enum.Parse<TrialState>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
            heartbeats[number] = reader.IsDBNull(7) ? 0 : Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture);
        }

        return trials;
    }

    private DbTransaction Begin() => _postgres ? _connection.BeginTransaction(IsolationLevel.ReadCommitted) : ((SqliteConnection)_connection).BeginTransaction(deferred: false);

    private void LockTables(DbTransaction transaction)
    {
        if (_postgres)
        {
            using var command = Command(transaction, "LOCK TABLE tg_trials, tg_rungs IN EXCLUSIVE MODE");
            command.ExecuteNonQuery();
        }
    }

    private DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = _busyTimeoutSeconds;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private T Run<T>(string what, Func<T> action)
    {
        lock (_gate)
        {
            try
            {
                return action();
            }
            catch (SqliteException error) when (error.SqliteErrorCode is 5 or 6)
            {
                throw new TuningStorageException($"The study database '{Location}' is locked: another process held it for more than {_busyTimeoutSeconds} s while this one tried to {what}. Is a program other than a tuner holding it open?", error);
            }
            catch (SqliteException error) when (error.SqliteErrorCode is 11 or 26)
            {
                throw new TuningStorageException($"The study database '{Location}' is corrupt or not a SQLite database ({error.Message.TrimEnd('.')}). Move it away to start a new study.", error);
            }
            catch (SqliteException error)
            {
                throw new TuningStorageException($"The study database '{Location}' failed to {what}: {error.Message}", error);
            }
            catch (NpgsqlException error)
            {
                throw new TuningStorageException($"The {Location} failed to {what}: {error.Message}", error);
            }
        }
    }

    private void Run(string what, Action action) => Run<object?>(what, () =>
    {
        action();
        return null;
    });
}
