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

    /// <summary>
    /// Whether the node's weights are trained (Keras' <c>layer.trainable</c>); <see langword="true"/> unless set.
    /// Setting it to <see langword="false"/> freezes the weights: their <c>requires_grad</c> is cleared (so they count as
    /// non-trainable and get no gradient), gradients they still hold are dropped so no optimizer moves them, and a frozen
    /// batch normalization runs in inference mode (its moving statistics stay put) even while the model trains, as in
    /// Keras. Setting it back to <see langword="true"/> trains them again; the optimizer keeps its state for them.
    /// Shared layers share one module: freezing one node freezes the weights of every node that uses it.
    /// </summary>
    public bool Trainable
    {
        get;
        set
        {
            field = value;
            if (Module is null)
            {
                return;
            }

            foreach (var parameter in Module.parameters())
            {
                parameter.requires_grad = value;
                if (!value && parameter.grad is { } gradient)
                {
                    gradient.Dispose();
                    parameter.grad = null;
                }
            }
        }
    } = true;

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
