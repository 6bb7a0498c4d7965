using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Analyzers;
using TypedGraph.Generators;

namespace TypedGraph.Generators.Tests.Infrastructure;

/// <summary>
/// In-memory compilations against local references only (the framework this test runs on, TorchSharp and the
/// TypedGraph runtime), with the real generator and analyzers.
/// </summary>
internal static class TestCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        // The generator and analyzers compile the runtime's attributes in as internal types: a user's compilation never
        // references them, and neither may this one (the attribute types would be ambiguous).
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("TypedGraph.Generators", StringComparison.Ordinal)
                && !Path.GetFileName(path).StartsWith("TypedGraph.Analyzers", StringComparison.Ordinal)
                && !Path.GetFileName(path).StartsWith("TypedGraph.CodeFixes", StringComparison.Ordinal));
        return platform
            .Append(typeof(TypedGraph.Node).Assembly.Location)
            .Append(typeof(TorchSharp.torch).Assembly.Location)
            .Where(File.Exists)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    /// <summary>Reads a declaration from <c>Cases/</c>.</summary>
    public static string Case(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", name));

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "TestModels",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Model{i}.cs")),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new ModelGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the output compilation and the generator's run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run) Generate(CSharpCompilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return (output, driver.GetRunResult());
    }

    /// <summary>Generates, then returns every diagnostic of the output compilation plus the analyzers' diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> GenerateAndAnalyze(params string[] sources)
    {
        var (output, _) = Generate(Create(sources));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelDeclarationAnalyzer());
        var withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return all.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
    }

    /// <summary>
    /// The global usings the .NET SDK adds to a console project with <c>ImplicitUsings</c> enabled (the
    /// <c>dotnet new console</c> default), so a snippet compiles here exactly as it would pasted into such a project.
    /// </summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// Compiles <paramref name="source"/> as a console program (top-level statements allowed) with the SDK's implicit
    /// usings, runs the generator, and returns every non-hidden diagnostic of the output compilation plus those of both
    /// analyzers (declarations and training calls).
    /// </summary>
    public static IReadOnlyList<Diagnostic> GenerateAndAnalyzeProgram(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "GlobalUsings.g.cs"),
                CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Program.cs"),
            ],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var (output, _) = Generate(compilation);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ModelDeclarationAnalyzer(), new TrainingCallAnalyzer());
        var withAnalyzers = output.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return all.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
    }
}
