using System.Collections.Generic;
using TorchSharp;

namespace TypedGraph;

/// <summary>What callbacks see of the model being trained, whatever its inputs and outputs.</summary>
public interface IModel
{
    /// <summary>Set to <see langword="true"/> to end <c>Fit</c> once the current epoch is finished. <c>Fit</c> resets it when it starts.</summary>
    bool StopTraining { get; set; }

    /// <summary>The optimizer's learning rate (every parameter group); before training starts, the rate it will start with.</summary>
    double LearningRate { get; set; }

    /// <summary>The model's inputs and outputs.</summary>
    ModelSignature Signature { get; }

    /// <summary>Every node of the graph, inputs included, in topological order.</summary>
    IReadOnlyList<Node> Nodes { get; }

    /// <summary>The model as a TorchSharp module, for <c>save</c>, <c>load</c> and <c>state_dict</c>.</summary>
    torch.nn.Module AsModule { get; }

    /// <summary>The Keras-style summary table.</summary>
    string Summary();
}
