using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace TypedGraph.Tuning.Storage;

/// <summary>
/// Who claims a trial: <c>host/pid/process-start/nonce</c>. A running trial's worker is dead when its heartbeat is older
/// than the lease, or at once when it ran on this host and its process is gone (SIGKILL, crash; a process with the same
/// id but another start is another one) — so a study resumed on the same machine reruns the killed trial without waiting
/// for the lease.
/// </summary>
/// <remarks>
/// On Linux the start is the kernel's own record, <c>starttime</c> of <c>/proc/&lt;pid&gt;/stat</c> (clock ticks since
/// boot), compared exactly: it is the same number whoever reads it. Elsewhere it is <see cref="Process.StartTime"/>,
/// whose value read by another process carries the jitter of its boot-time estimate, compared to a second.
/// </remarks>
internal static class WorkerIdentity
{
    private static readonly Lazy<string> s_current = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{process.Id}/{StartOf(process)}/{Guid.NewGuid():N}");
    });

    /// <summary>This process's identity.</summary>
    public static string Current => s_current.Value;

    /// <summary>Whether <paramref name="worker"/> ran on this host in a process that no longer exists.</summary>
    public static bool IsDeadLocalProcess(string worker)
    {
        var parts = worker.Split('/');
        if (parts.Length != 4 || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return true;
            }

            var now = StartOf(process);
            return OperatingSystem.IsLinux() ? now != start : Math.Abs(now - start) > TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static long StartOf(Process process)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // Fields after the command name, which is in parentheses and may contain spaces: state is field 3,
                // starttime field 22.
                var stat = File.ReadAllText($"/proc/{process.Id}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[22 - 3], NumberStyles.None, CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                throw new InvalidOperationException($"Process {process.Id} has exited.");
            }
        }

        return process.StartTime.ToUniversalTime().Ticks;
    }
}
