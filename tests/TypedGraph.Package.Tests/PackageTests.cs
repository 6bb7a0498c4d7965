using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TypedGraph.Package.Tests;

/// <summary>
/// `dotnet pack src/TypedGraph` (and src/TypedGraph.Applications) with a unique version, then brand-new console projects
/// outside the repository that reference only the TypedGraph package (or only TypedGraph.Applications) and
/// TorchSharp-cpu, built and run with plain dotnet commands.
/// </summary>
public sealed class PackageTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_holds_runtime_generator_analyzers_and_build_step()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        var entries = archive.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net10.0/TypedGraph.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TypedGraph.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TypedGraph.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TypedGraph.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/TypedGraph.targets", entries);
        Assert.Contains("buildTransitive/tasks/netstandard2.0/TypedGraph.Build.Tasks.dll", entries);
    }

    [Fact]
    public void Package_carries_its_readme()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        using var nuspec = new StreamReader(archive.GetEntry("TypedGraph.nuspec")!.Open());
        using var readme = new StreamReader(archive.GetEntry("README.md")!.Open());

        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);
        Assert.Contains("public sealed partial class Mlp", readme.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Package_depends_on_Google_Protobuf_but_not_on_the_build_time_Grpc_Tools_and_carries_the_onnx_licence()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.NupkgPath);
        using var reader = new StreamReader(archive.GetEntry("TypedGraph.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Matches("<dependency id=\"Google.Protobuf\" version=\"[0-9.]+\"", nuspec);
        Assert.DoesNotContain("Grpc.Tools", nuspec, StringComparison.Ordinal);
        Assert.Contains("licenses/onnx/LICENSE.txt", archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void A_fresh_consumer_builds_the_mlp_and_runs_it()
    {
        var consumer = _package.CreateConsumer("Consumer", "Program.cs");

        var build = Dotnet.Run(consumer, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = Dotnet.Run(consumer, "run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);

        Assert.Contains(" Total params: 3,466 (13.54 KB)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Hidden1 \(Dense\)\s+│ \(N, 32\)\s+│\s+2,080 │", run.Output);
        Assert.Contains("ShapeMismatchException: Input 'Features'", run.Output, StringComparison.Ordinal);
        Assert.Contains("(5, 63)", run.Output, StringComparison.Ordinal);
        Assert.Contains("VGG16 parameters: 138357544", run.Output, StringComparison.Ordinal);
        var first = double.Parse(Regex.Match(run.Output, @"first loss (\S+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = double.Parse(Regex.Match(run.Output, @"last loss (\S+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(last < first * 0.8, $"Fit did not lower the loss: {first} → {last}");
    }

    [Fact]
    public void Applications_package_holds_the_compiled_models_and_depends_on_TypedGraph()
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(_package.ApplicationsNupkgPath);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        using var nuspec = new StreamReader(archive.GetEntry("TypedGraph.Applications.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();

        Assert.Contains("lib/net10.0/TypedGraph.Applications.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        // All assets of TypedGraph flow through: the generator (analyzers) and the native fix (buildTransitive).
        Assert.Contains($"<dependency id=\"TypedGraph\" version=\"{_package.Version}\" include=\"All\" />", metadata, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", metadata, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_of_the_applications_package_uses_a_base_as_a_submodel()
    {
        var consumer = _package.CreateConsumer("ApplicationsConsumer", "DualCameraProgram.cs.template", "ApplicationsConsumer.csproj.template");

        var build = Dotnet.Run(consumer, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = Dotnet.Run(consumer, "run --no-build");
        Assert.True(run.ExitCode == 0, run.Output);

        // One XceptionBase shared by both cameras: its 20,861,480 parameters counted once; two bases count twice.
        Assert.Contains("shared: 20861480", run.Output, StringComparison.Ordinal);
        Assert.Contains("two bases: 41722960", run.Output, StringComparison.Ordinal);
        Assert.Contains("merged: [1, 4096, 3, 3]", run.Output, StringComparison.Ordinal);
        Assert.Contains("ResNet50: 25636712", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consumer_with_a_broken_model_sees_the_TG_diagnostic_and_no_CS_errors()
    {
        var consumer = _package.CreateConsumer("BrokenConsumer", "Broken.cs.template");

        var build = Dotnet.Run(consumer, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(Regex.IsMatch(build.Output, @"Broken\.cs\(10,15\): error TG0002: 'Y' reads 'Nowhere', which is not a node of model 'Broken'"), build.Output);
        Assert.False(Regex.IsMatch(build.Output, @"error CS\d+"), build.Output);
    }
}

/// <summary>Packs the repository's TypedGraph once for the test class, into a local feed with a unique version.</summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        RepoRoot = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        Version = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Root = Directory.CreateTempSubdirectory("typedgraph-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        var pack = Dotnet.Run(RepoRoot, $"pack src/TypedGraph -c Release -o \"{Feed}\" -p:Version={Version}");
        Assert.True(pack.ExitCode == 0, pack.Output);
        NupkgPath = Path.Combine(Feed, $"TypedGraph.{Version}.nupkg");
        var packApplications = Dotnet.Run(RepoRoot, $"pack src/TypedGraph.Applications -c Release -o \"{Feed}\" -p:Version={Version}");
        Assert.True(packApplications.ExitCode == 0, packApplications.Output);
        ApplicationsNupkgPath = Path.Combine(Feed, $"TypedGraph.Applications.{Version}.nupkg");
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    public string NupkgPath { get; }

    public string ApplicationsNupkgPath { get; }

    /// <summary>A new project directory outside the repository (so no Directory.Build.* applies) with a nuget.config
    /// that adds the local feed to the machine's usual sources.</summary>
    public string CreateConsumer(string name, string source, string project = "Consumer.csproj.template")
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        var templates = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), File.ReadAllText(Path.Combine(templates, project)).Replace("$VERSION$", Version, StringComparison.Ordinal));
        File.Copy(Path.Combine(templates, source), Path.Combine(directory, source.Replace(".template", string.Empty, StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="typedgraph-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var id in new[] { "typedgraph", "typedgraph.applications" })
            {
                var cached = Path.Combine(packages, id, Version.ToLowerInvariant());
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }
}

/// <summary>Runs the dotnet CLI and captures its output.</summary>
internal static class Dotnet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments + " -nologo")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // A child build must not join this test run's MSBuild node or inherit its properties.
        start.Environment["MSBUILDNOINPROCNODE"] = null;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBuildExtensionsPath"] = null;
        start.Environment["MSBuildSDKsPath"] = null;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
