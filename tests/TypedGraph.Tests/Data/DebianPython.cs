using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace TypedGraph.Tests.Data;

/// <summary>
/// Runs Debian's Python (<c>/usr/bin/python3</c>, with <c>python3-numpy</c>) as the independent peer of the data tests.
/// A missing interpreter or module fails the test with the command that installs it, never skips it.
/// </summary>
internal static class DebianPython
{
    public const string Interpreter = "/usr/bin/python3";

    /// <summary>Runs <paramref name="script"/> in <paramref name="workingDirectory"/> and returns its standard output.</summary>
    public static string Run(string script, string workingDirectory, params string[] arguments)
    {
        if (!File.Exists(Interpreter))
        {
            Assert.Fail($"This test needs Debian's {Interpreter} with numpy: apt-get install -y python3-numpy");
        }

        var start = new ProcessStartInfo(Interpreter)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var error = errorTask.Result;
        if (error.Contains("No module named 'numpy'", StringComparison.Ordinal))
        {
            Assert.Fail($"This test needs numpy for {Interpreter}: apt-get install -y python3-numpy");
        }

        Assert.True(process.ExitCode == 0, $"{Interpreter} failed with exit code {process.ExitCode}:\n{error}\n{output}");
        return output;
    }
}
