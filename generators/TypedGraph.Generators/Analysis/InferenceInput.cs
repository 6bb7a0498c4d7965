using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>One input of a node during inference: the node it comes from, that node's layer and its shape.</summary>
internal sealed record InferenceInput(string Name, LayerSpec Layer, TensorShape Shape)
{
    /// <summary>"Pool is (N, 128, 16, 16) after MaxPool2d(2)", the phrase diagnostics use.</summary>
    public string Describe() => Layer is InputLayer ? $"{Name} is {Shape}" : $"{Name} is {Shape} after {Layer.Describe()}";
}
