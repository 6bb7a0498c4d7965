using System;
using System.Collections.Generic;
using TorchSharp;

namespace TypedGraph;

/// <summary>One node of a model graph: an input or a layer application, with its output shape and its module.</summary>
public sealed class Node
{
    /// <summary>Creates a node.</summary>
    /// <param name="name">The node's property name.</param>
    /// <param name="layerType">The Keras class name of the layer: <c>InputLayer</c>, <c>Dense</c>, <c>Activation</c>, <c>Dropout</c>, <c>Flatten</c>…</param>
    /// <param name="outputShape">The shape the node produces, batch dimension first.</param>
    /// <param name="inputs">The nodes it reads, in order (empty for inputs).</param>
    /// <param name="module">The TorchSharp module that holds its weights, or <see langword="null"/> when it has none.</param>
    /// <param name="summaryName">The name shown in the summary when it differs from <paramref name="name"/>.</param>
    public Node(string name, string layerType, Shape outputShape, IReadOnlyList<Node> inputs, torch.nn.Module? module, string? summaryName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(layerType);
        ArgumentNullException.ThrowIfNull(outputShape);
        ArgumentNullException.ThrowIfNull(inputs);
        Name = name;
        LayerType = layerType;
        OutputShape = outputShape;
        Inputs = inputs;
        Module = module;
        SummaryName = summaryName ?? name;
    }

    /// <summary>The node's property name.</summary>
    public string Name { get; }

    /// <summary>The Keras class name of the layer (<c>InputLayer</c>, <c>Dense</c>…).</summary>
    public string LayerType { get; }

    /// <summary>The shape the node produces, batch dimension first.</summary>
    public Shape OutputShape { get; }

    /// <summary>The nodes it reads, in order; empty for inputs.</summary>
    public IReadOnlyList<Node> Inputs { get; }

    /// <summary>The module that holds the node's weights, or <see langword="null"/>. Shared layers share one module.</summary>
    public torch.nn.Module? Module { get; }

    /// <summary>The name shown in the summary: <see cref="Name"/> unless the attribute's <c>Name</c> overrides it.</summary>
    public string SummaryName { get; }

    /// <summary>Trainable plus non-trainable parameters of <see cref="Module"/>; 0 without a module.</summary>
    public long ParameterCount
    {
        get
        {
            if (Module is null)
            {
                return 0;
            }

            var (trainable, nonTrainable) = ParameterCounter.Count(Module);
            return trainable + nonTrainable;
        }
    }

    /// <summary>Parameters of <see cref="Module"/> that require gradients.</summary>
    public long TrainableParameterCount => Module is null ? 0 : ParameterCounter.Count(Module).Trainable;

    /// <summary>Frozen parameters and batch-norm statistics of <see cref="Module"/>.</summary>
    public long NonTrainableParameterCount => Module is null ? 0 : ParameterCounter.Count(Module).NonTrainable;

    /// <summary>Returns <c>Name (LayerType)</c>.</summary>
    public override string ToString() => $"{Name} ({LayerType})";
}
