using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Analyzers;
using TypedGraph.Generators;

namespace TypedGraph.Differential.Tests.Infrastructure;

/// <summary>
/// Compiles declarations in memory as a user's build would: the real generator adds the models' code, the model
/// analyzer reports TG diagnostics, and the output is emitted to a byte array. References are local only: the framework
/// this test runs on, TorchSharp and the TypedGraph runtime.
/// </summary>
internal static class ModelCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        [.. Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Where(IsManaged)
            .Append(typeof(Node).Assembly.Location)
            .Append(typeof(TorchSharp.torch).Assembly.Location)
            .Where(File.Exists)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview);

    public static CompiledBatch Compile(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, s_parseOptions, path: "Models.cs")],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            [new ModelGenerator().AsSourceGenerator()],
            parseOptions: s_parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        using var image = new MemoryStream();
        var emitted = output.Emit(image);

        // The model analyzer reads the declarations only: running it on the compilation before generation gives the
        // same TG diagnostics without binding every generated method body a second time.
        var analyzed = compilation.WithAnalyzers(
            [new ModelDeclarationAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = generatorDiagnostics
            .Concat(emitted.Diagnostics)
            .Concat(analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .ToList();
        return new CompiledBatch(diagnostics, emitted.Success ? image.ToArray() : null);
    }
}
