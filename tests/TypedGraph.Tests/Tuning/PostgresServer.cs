using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>
/// A throw-away PostgreSQL server from Debian's package (<c>/usr/lib/postgresql/15/bin</c>): <c>initdb</c> in a temp
/// directory, <c>pg_ctl start</c> on a free loopback port, <c>pg_ctl stop</c> and removal on dispose. initdb refuses to
/// run as root, so as root the server runs as the <c>postgres</c> system user (<c>runuser</c>) in a directory it owns.
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

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Run(Path.Combine(BinDirectory, "initdb"), $"-D \"{_data}\" -U tuner --auth=trust -E UTF8 --no-sync", _asPostgres);
        Run(Path.Combine(BinDirectory, "pg_ctl"), $"-D \"{_data}\" -l \"{_temp["server.log"]}\" -w -t 300 -o \"-p {Port} -k {_temp.Path} -c listen_addresses=127.0.0.1 -c fsync=off\" start", _asPostgres);
    }

    public int Port { get; }

    /// <summary>A connection string to the server's <c>postgres</c> database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=tuner;Database=postgres;Pooling=false";

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
