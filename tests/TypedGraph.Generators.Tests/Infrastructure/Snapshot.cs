using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions for generated sources, following Verify.SourceGenerators' conventions so that a later move to
/// Verify is a swap: one file per generated source, <c>_snapshots/{Class}.{Method}#{HintName}.verified.cs</c>, starting
/// with a <c>//HintName:</c> line. A mismatch (or a missing snapshot) writes <c>.received.cs</c> beside it and fails;
/// set <c>TYPEDGRAPH_ACCEPT_SNAPSHOTS=1</c> to accept received output instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "TYPEDGRAPH_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// The snapshot folder. The project directory is stamped into the test assembly at build time: a
    /// <c>[CallerFilePath]</c> would read <c>/_/…</c> in a deterministic CI build (<c>ContinuousIntegrationBuild</c>
    /// maps source paths), where the verified files cannot be found.
    /// </summary>
    public static string Directory { get; } = Path.Combine(
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TypedGraph.ProjectDirectory").Value!,
        "_snapshots");

    public static void Verify(GeneratorDriverRunResult run, string testClass, [CallerMemberName] string method = "")
    {
        var sources = run.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sources);
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var failures = new System.Collections.Generic.List<string>();
        foreach (var source in sources)
        {
            var stem = Path.Combine(Directory, $"{testClass}.{method}#{source.HintName.Replace(".cs", string.Empty, StringComparison.Ordinal)}");
            var verified = stem + ".verified.cs";
            var received = stem + ".received.cs";
            var actual = $"//HintName: {source.HintName}\n{source.SourceText.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)}";
            var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            if (expected == actual)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, actual);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual);
            failures.Add(expected is null
                ? $"No snapshot {Path.GetFileName(verified)}; wrote {Path.GetFileName(received)}."
                : $"{Path.GetFileName(verified)} differs; wrote {Path.GetFileName(received)}. Compare them, then rerun with {AcceptVariable}=1 to accept.");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
