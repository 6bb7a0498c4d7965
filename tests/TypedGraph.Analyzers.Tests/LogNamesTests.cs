using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using TypedGraph.Callbacks;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Parsing;
using TypedGraph.Generators.Tests.Infrastructure;
using static TorchSharp.torch;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// The analyzers' <see cref="LogNames"/> against the runtime: the generated models are compiled and loaded, and
/// <c>Fit</c> (with and without validation) reports its epoch log names to a callback before the first epoch.
/// </summary>
public sealed class LogNamesTests
{
    private static readonly Lazy<(Assembly Assembly, Microsoft.CodeAnalysis.Compilation Compilation)> s_models = new(Build);

    [Theory]
    [InlineData("Single", false)]
    [InlineData("Single", true)]
    [InlineData("ThreeHeads", false)]
    [InlineData("ThreeHeads", true)]
    [InlineData("OneTrainedOfTwo", true)]
    public void Compile_time_names_are_the_runtime_names(string model, bool validation)
    {
        var expected = RuntimeNames(model, validation);

        var symbol = s_models.Value.Compilation.GetTypeByMetadataName("LogNameModels." + model)!;
        var actual = LogNames.Epoch(GraphAnalyzer.Analyze(ModelParser.Parse(symbol, default)), validation);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Aliases_are_normalized_as_the_runtime_does()
    {
        foreach (var key in new[] { "accuracy", "val_accuracy", "age_accuracy", "val_age_accuracy", "myaccuracy", "acc", "loss" })
        {
            Assert.Equal(LogKeys.Normalize(key), LogNames.Normalize(key));
        }
    }

    private static IReadOnlyList<string> RuntimeNames(string modelName, bool validation)
    {
        var type = s_models.Value.Assembly.GetType("LogNameModels." + modelName)!;
        using var model = (IDisposable)Activator.CreateInstance(type)!;
        using var scope = NewDisposeScope();
        const int samples = 10;
        var inputs = Activator.CreateInstance(type.GetNestedType("Inputs")!, randn(samples, 4))!;
        var targetsType = type.GetNestedType("Targets")!;
        var targetParameters = targetsType.GetConstructors().Single().GetParameters();
        var targets = Activator.CreateInstance(targetsType, targetParameters.Select(_ => (object)rand(samples, 1)).ToArray())!;
        var recorder = new Recorder();

        var fit = type.GetMethods().Single(m => m.Name == "Fit" && m.GetParameters()[0].Name == "x"); // the tensor overload, not the streaming one
        var arguments = fit.GetParameters().Select(p => p.Name switch
        {
            "x" => inputs,
            "y" => targets,
            "validationSplit" => validation ? 0.2 : 0.0,
            "callbacks" => new Callback[] { recorder },
            "verbose" => 0,
            _ => p.DefaultValue,
        }).ToArray();
        fit.Invoke(model, arguments);

        return recorder.Names!;
    }

    private static (Assembly, Microsoft.CodeAnalysis.Compilation) Build()
    {
        var compilation = TestCompilation.Create(TestCompilation.Case("LogNameModels.cs"));
        var (output, _) = TestCompilation.Generate(compilation);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return (Assembly.Load(stream.ToArray()), output);
    }

    private sealed class Recorder : Callback
    {
        public IReadOnlyList<string>? Names { get; private set; }

        public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
        {
            Names = Params.LogNames;
            Model.StopTraining = true;
        }
    }
}
