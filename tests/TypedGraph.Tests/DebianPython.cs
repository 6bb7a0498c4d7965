using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace TypedGraph.Tests;

/// <summary>
/// Runs scripts with Debian's Python (<c>/usr/bin/python3</c>, not another python3 on PATH) and its python3-torch,
/// python3-numpy and python3-onnx packages, the reference peers of the interop tests. A missing interpreter or module
/// FAILS the test with the apt command that installs it: these tests must not pass silently on a machine without them.
/// </summary>
internal static class DebianPython
{
    public const string Executable = "/usr/bin/python3";

    /// <summary>Fails the test unless <see cref="Executable"/> imports every module of <paramref name="modules"/>.</summary>
    public static void Require(params string[] modules)
    {
        RequireInterpreter(modules);
        foreach (var module in modules)
        {
            var (exit, _, error) = Execute($"import {module}", []);
            if (exit != 0)
            {
                Assert.Fail($"This test needs the Python module '{module}' for {Executable}: apt-get install -y {Package(module)}\n{error}");
            }
        }
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> (sys.argv[1:]) and returns its standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] arguments) => RunIn(null, script, arguments);

    /// <summary>
    /// <see cref="Run"/> in <paramref name="workingDirectory"/> (relative file names in the script are there); a module
    /// the script imports that is missing fails the test with the apt command that installs it.
    /// </summary>
    public static string RunIn(string? workingDirectory, string script, params string[] arguments)
    {
        RequireInterpreter([]);
        var (exit, output, error) = Execute(script, arguments, workingDirectory);
        if (exit != 0)
        {
            var missing = System.Text.RegularExpressions.Regex.Match(error, "No module named '([A-Za-z0-9_]+)");
            Assert.Fail(missing.Success
                ? $"This test needs the Python module '{missing.Groups[1].Value}' for {Executable}: apt-get install -y {Package(missing.Groups[1].Value)}\n{error}"
                : $"{Executable} exited with {exit}.\nstdout:\n{output}\nstderr:\n{error}");
        }

        return output;
    }

    private static void RequireInterpreter(string[] modules)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"This test needs Debian's {Executable}: apt-get install -y python3 {Packages(modules)}".TrimEnd());
        }
    }

    private static (int Exit, string Output, string Error) Execute(string script, string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Packages(string[] modules) => string.Join(' ', Array.ConvertAll(modules, Package));

    private static string Package(string module) => module switch
    {
        "torch" => "python3-torch",
        "numpy" => "python3-numpy",
        "onnx" => "python3-onnx",
        _ => "python3-" + module,
    };
}
