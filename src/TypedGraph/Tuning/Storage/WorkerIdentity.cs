using System;
using System.Diagnostics;
using System.Globalization;

namespace TypedGraph.Tuning.Storage;

/// <summary>
/// Who claims a trial: <c>host/pid/process-start-ticks/nonce</c>. A running trial's worker is dead when its heartbeat is
/// older than the lease, or at once when it ran on this host and its process is gone (SIGKILL, crash; a process with the
/// same id that started more than a second apart is another one) — so a study
/// resumed on the same machine reruns the killed trial without waiting for the lease.
/// </summary>
internal static class WorkerIdentity
{
    private static readonly Lazy<string> s_current = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{process.Id}/{process.StartTime.ToUniversalTime().Ticks}/{Guid.NewGuid():N}");
    });

    /// <summary>This process's identity.</summary>
    public static string Current => s_current.Value;

    /// <summary>Whether <paramref name="worker"/> ran on this host in a process that no longer exists.</summary>
    public static bool IsDeadLocalProcess(string worker)
    {
        var parts = worker.Split('/');
        if (parts.Length != 4 || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // Start times read by another process carry the jitter of its boot-time estimate: compare to a second.
            return process.HasExited || Math.Abs(process.StartTime.ToUniversalTime().Ticks - ticks) > TimeSpan.TicksPerSecond;
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
}
