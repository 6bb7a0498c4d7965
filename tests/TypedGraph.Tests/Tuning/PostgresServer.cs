using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>
/// A throw-away PostgreSQL server from Debian's package (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, the newest
/// installed: Debian's <c>postgresql</c> package pulls in its release's version, 15 on bookworm): <c>initdb</c> in a temp
/// directory, <c>pg_ctl start</c> listening on a Unix socket in that directory only (no TCP: a free port picked here
/// could be taken by another process before the server binds it), <c>pg_ctl stop</c> and removal on dispose. initdb
/// refuses to run as root, so as root the server runs as the <c>postgres</c> system user (<c>runuser</c>) in a directory
/// it owns.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private static readonly string? BinDirectory = NewestInstalled();
    private readonly TempDirectory _temp = new();
    private readonly string _data;
    private readonly bool _asPostgres;

    public PostgresServer()
    {
        if (BinDirectory is null)
        {
            Assert.Fail("PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb). The PostgreSQL tuning tests start a server from Debian's package: apt-get install postgresql (build/test.sh installs it).");
        }

        _asPostgres = Environment.UserName == "root";
        _data = _temp["data"];
        if (_asPostgres)
        {
            Run("chown", $"-R postgres \"{_temp.Path}\"", asPostgres: false);
        }

        Run(Path.Combine(BinDirectory!, "initdb"), $"-D \"{_data}\" -U tuner --auth=trust -E UTF8 --no-sync", _asPostgres);
        Run(Path.Combine(BinDirectory!, "pg_ctl"), $"-D \"{_data}\" -l \"{_temp["server.log"]}\" -w -t 300 -o \"-p {Port} -k {_temp.Path} -c listen_addresses='' -c fsync=off\" start", _asPostgres);
    }

    /// <summary>The port in the socket's name (<c>.s.PGSQL.5432</c>); the socket's directory is this server's own.</summary>
    private const int Port = 5432;

    /// <summary>A connection string to the server's <c>postgres</c> database over its Unix socket (Npgsql: a Host that is a directory).</summary>
    public string ConnectionString => $"Host={_temp.Path};Port={Port};Username=tuner;Database=postgres;Pooling=false";

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(BinDirectory!, "pg_ctl"), $"-D \"{_data}\" -m fast -w -t 300 stop", _asPostgres);
        }
        finally
        {
            _temp.Dispose();
        }
    }

    private static string? NewestInstalled()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        var newest = -1;
        foreach (var directory in Directory.GetDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(directory), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
                && version > newest && File.Exists(Path.Combine(directory, "bin", "initdb")))
            {
                newest = version;
            }
        }

        return newest < 0 ? null : Path.Combine(root, newest.ToString(System.Globalization.CultureInfo.InvariantCulture), "bin");
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
