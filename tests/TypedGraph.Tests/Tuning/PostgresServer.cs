using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>
/// A throw-away PostgreSQL server from Debian's package (<c>/usr/lib/postgresql/15/bin</c>): <c>initdb</c> in a temp
/// directory, <c>pg_ctl start</c> listening on a Unix socket in that directory only (no TCP: a free port picked here
/// could be taken by another process before the server binds it), <c>pg_ctl stop</c> and removal on dispose. initdb
/// refuses to run as root, so as root the server runs as the <c>postgres</c> system user (<c>runuser</c>) in a directory
/// it owns.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly TempDirectory _temp = new();
    private readonly string _data;
    private readonly bool _asPostgres;

    public PostgresServer()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            Assert.Fail($"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing). The PostgreSQL tuning tests start a server from Debian's package: apt-get install postgresql-15.");
        }

        _asPostgres = Environment.UserName == "root";
        _data = _temp["data"];
        if (_asPostgres)
        {
            Run("chown", $"-R postgres \"{_temp.Path}\"", asPostgres: false);
        }

        Run(Path.Combine(BinDirectory, "initdb"), $"-D \"{_data}\" -U tuner --auth=trust -E UTF8 --no-sync", _asPostgres);
        Run(Path.Combine(BinDirectory, "pg_ctl"), $"-D \"{_data}\" -l \"{_temp["server.log"]}\" -w -t 300 -o \"-p {Port} -k {_temp.Path} -c listen_addresses='' -c fsync=off\" start", _asPostgres);
    }

    /// <summary>The port in the socket's name (<c>.s.PGSQL.5432</c>); the socket's directory is this server's own.</summary>
    private const int Port = 5432;

    /// <summary>A connection string to the server's <c>postgres</c> database over its Unix socket (Npgsql: a Host that is a directory).</summary>
    public string ConnectionString => $"Host={_temp.Path};Port={Port};Username=tuner;Database=postgres;Pooling=false";

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(BinDirectory, "pg_ctl"), $"-D \"{_data}\" -m fast -w -t 300 stop", _asPostgres);
        }
        finally
        {
            _temp.Dispose();
        }
    }

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}") : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = "/";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{start.FileName} {start.Arguments} failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");
    }
}
