using System;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.Samples;

/// <summary>Scenarios that print a seed model's summary and run one forward pass on synthetic data.</summary>
internal static class ForwardScenarios
{
    public static void QuestionAnswering()
    {
        using var model = new QuestionAnswering();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        var answer = model.forward(randint(0, 10_000, [4, 100]), randint(0, 10_000, [4, 20])).Answer;
        Console.WriteLine($"Answer: {Shape.Format(answer.shape)}");
    }

    public static void SocialMediaProfiler()
    {
        using var model = new Models.SocialMediaProfiler();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        var outputs = model.forward(randint(0, Models.SocialMediaProfiler.Vocabulary, [4, 500]));
        Console.WriteLine($"Age: {Shape.Format(outputs.Age.shape)}, Income: {Shape.Format(outputs.Income.shape)}, Gender: {Shape.Format(outputs.Gender.shape)}");
    }

    public static void Inception()
    {
        using var model = new Models.InceptionModule();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        Console.WriteLine($"Mixed: {Shape.Format(model.forward(randn(2, 256, 31, 31)).Mixed.shape)}");
    }

    public static void Residual()
    {
        using var model = new ResidualBlock();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        Console.WriteLine($"Y: {Shape.Format(model.forward(randn(2, 64, 32, 32)).Y.shape)}");
    }

    public static void Siamese()
    {
        using var model = new SiameseLstm();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        Console.WriteLine($"Similar: {Shape.Format(model.forward(randn(3, 12, 128), randn(3, 7, 128)).Similar.shape)}");
    }

    public static void DualCamera()
    {
        using var model = new Models.DualCamera();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        model.eval();
        Console.WriteLine($"Merged: {Shape.Format(model.forward(randn(1, 3, 250, 250), randn(1, 3, 250, 250)).Merged.shape)}");
    }

    public static void SeparableConvNet()
    {
        using var model = new Models.SeparableConvNet();
        Show(model.Summary());
        using var scope = NewDisposeScope();
        Console.WriteLine($"Classes: {Shape.Format(model.forward(randn(2, 64, 64, 3)).Classes.shape)}");
    }

    private static void Show(string summary) => Console.WriteLine(summary);
}
