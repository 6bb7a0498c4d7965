using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>A tuning worker process (tests/TypedGraph.Tuning.Worker) with its output captured.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public WorkerProcess(string arguments)
    {
        var worker = typeof(WorkerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TuningWorker").Value!;
        Assert.True(File.Exists(worker), $"The tuning worker '{worker}' is not built: build tests/TypedGraph.Tuning.Worker (TypedGraph.Tests builds it first).");
        var start = new ProcessStartInfo("dotnet", $"\"{worker}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits for a normal exit with code 0.</summary>
    public void WaitForSuccess(TimeSpan timeout)
    {
        Assert.True(_process.WaitForExit(timeout), $"The worker did not finish within {timeout}: {Output}");
        _process.WaitForExit();
        Assert.True(_process.ExitCode == 0, $"The worker failed ({_process.ExitCode}): {Output}");
    }

    /// <summary>SIGKILL: no handler, no cleanup, as when a machine's OOM killer or an operator kills it.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
