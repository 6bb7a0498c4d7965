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

    /// <summary>
    /// Writes the weights (parameters and buffers) to <paramref name="path"/> in TorchSharp's <c>Module.save</c> format,
    /// atomically: a temp file in the same directory, then a rename. <c>load(path)</c> and <see cref="LoadWeights"/> read it.
    /// </summary>
    /// <param name="path">The file to write; its directory is created when missing.</param>
    /// <exception cref="System.IO.IOException">The file cannot be written; no partial file is left behind.</exception>
    void SaveWeights(string path);

    /// <summary>
    /// Reads weights written by <see cref="SaveWeights"/>, <c>Module.save</c> or <c>ModelCheckpoint</c>, after checking
    /// that the file holds exactly this model's parameter names, shapes and dtypes.
    /// </summary>
    /// <param name="path">The checkpoint file.</param>
    /// <exception cref="System.IO.FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointMismatchException">The file is not a checkpoint, or was saved from another architecture.</exception>
    void LoadWeights(string path);

    /// <summary>
    /// Runs one forward pass in eval mode without gradients and returns what every node of <see cref="Nodes"/> produced,
    /// keyed by node, in the order of <see cref="Nodes"/>. The tensors belong to the caller.
    /// </summary>
    /// <param name="inputs">The input tensors, in the order of the model's inputs.</param>
    IReadOnlyDictionary<Node, torch.Tensor> Activations(IReadOnlyList<torch.Tensor> inputs);
}
