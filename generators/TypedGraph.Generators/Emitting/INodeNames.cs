namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The names one model's emitted code gives its nodes: a local per node and a loop variable per repeated submodel
/// (<see cref="LocalNames"/> for the generated C#, <see cref="PythonNames"/> for <c>model.py</c>).
/// </summary>
internal interface INodeNames
{
    /// <summary>The local holding node <paramref name="index"/>'s tensor (or, in the ONNX export, its value name).</summary>
    string this[int index] { get; }

    /// <summary>The loop variable over the instances of the repeated submodel at node <paramref name="index"/>.</summary>
    string Loop(int index);
}
