using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace TypedGraph.Tests.EventFiles;

/// <summary>Runs Debian's <c>protoc</c> against TensorBoard's .proto files (EventFiles/proto) for the decoding tests.</summary>
internal static class ProtocRunner
{
    /// <summary>Runs <c>protoc -I proto ARGS</c> with <paramref name="input"/> on stdin; returns stdout, failing the test on any error.</summary>
    public static byte[] Run(string protoDirectory, string arguments, byte[] input)
    {
        var start = new ProcessStartInfo("protoc", $"-I \"{protoDirectory}\" {arguments}")
        {
            WorkingDirectory = protoDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail(
                $"protoc is not installed ({error.Message}). These tests decode TensorBoard files with it and TensorBoard's .proto files: " +
                "install it (Debian/Ubuntu: apt-get install protobuf-compiler) and put it on PATH.");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
            copy.Wait();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"protoc {arguments} failed with exit code {process.ExitCode}: {stderr.Result}");
            Assert.True(stderr.Result.Length == 0, $"protoc {arguments} warned: {stderr.Result}");
            return stdout.ToArray();
        }
    }
}
