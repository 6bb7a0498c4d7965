using System;
using System.Collections.Generic;
using TypedGraph.Data;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// Saves, every <c>frequency</c> epochs, what every node of the model produces for a fixed batch of inputs, as a NumPy
/// <c>.npz</c> archive with one array per node (<c>Hidden1.npy</c>…, inputs included): <c>numpy.load(path)["Hidden1"]</c>.
/// The path may hold placeholders as in <see cref="ModelCheckpoint"/> (<c>"acts/epoch_{epoch:03d}.npz"</c>). The arrays
/// come from <see cref="IModel.Activations"/>; BFloat16 activations are written as float32 (NumPy has no bfloat16), the
/// archive through <see cref="NumPy"/>, atomically.
/// </summary>
public sealed class ActivationLogger : Callback
{
    private readonly PathTemplate _path;
    private readonly Tensor[] _inputs;

    /// <summary>Creates the logger.</summary>
    /// <param name="path">The archive to write, with optional placeholders.</param>
    /// <param name="inputs">The batch to run, one tensor per model input in order (e.g. <c>sample.ToTensors()</c>); kept by reference, not copied.</param>
    /// <param name="frequency">Write every this many epochs, starting with the first.</param>
    /// <exception cref="ArgumentException">The path is malformed or the frequency is less than 1.</exception>
    public ActivationLogger(string path, IReadOnlyList<Tensor> inputs, int frequency = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(frequency, 1);
        _path = new PathTemplate(path, nameof(path));
        _inputs = [.. inputs];
        Frequency = frequency;
    }

    /// <summary>Writes an archive every this many epochs.</summary>
    public int Frequency { get; }

    /// <summary>The archives written by the current or last <c>Fit</c>, in order.</summary>
    public IReadOnlyList<string> WrittenPaths => _written;

    private readonly List<string> _written = [];

    /// <summary>Creates a logger from a model's generated <c>Inputs</c> record.</summary>
    /// <typeparam name="TInputs">The model's <c>Inputs</c> record.</typeparam>
    /// <param name="path">The archive to write, with optional placeholders.</param>
    /// <param name="inputs">The batch to run.</param>
    /// <param name="frequency">Write every this many epochs.</param>
    public static ActivationLogger For<TInputs>(string path, TInputs inputs, int frequency = 1)
        where TInputs : ITensorRecord<TInputs>
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ActivationLogger(path, inputs.ToTensors(), frequency);
    }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs) => _written.Clear();

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (epoch % Frequency != 0)
        {
            return;
        }

        var path = _path.Render(epoch, logs);
        var activations = Model.Activations(_inputs);
        var widened = new List<Tensor>();
        try
        {
            var arrays = new List<KeyValuePair<string, Tensor>>(activations.Count);
            foreach (var (node, tensor) in activations)
            {
                // NumPy has no bfloat16; every bfloat16 value is exactly a float32 value.
                var array = tensor.dtype == ScalarType.BFloat16 ? tensor.to_type(ScalarType.Float32) : tensor;
                arrays.Add(new(node.Name, array));
                if (!ReferenceEquals(array, tensor))
                {
                    widened.Add(array);
                }
            }

            NumPy.WriteArchive(path, arrays, compress: false);
            _written.Add(path);
        }
        finally
        {
            foreach (var tensor in activations.Values)
            {
                tensor.Dispose();
            }

            foreach (var tensor in widened)
            {
                tensor.Dispose();
            }
        }
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters)
    {
        if (_inputs.Length != Model.Signature.Inputs.Count)
        {
            throw new ArgumentException(
                $"ActivationLogger was given {_inputs.Length} input tensor(s) but the model has {Model.Signature.Inputs.Count} input(s).");
        }

        // One pass now, so a model without activation recording or a batch of the wrong shape fails before training.
        foreach (var tensor in Model.Activations(_inputs).Values)
        {
            tensor.Dispose();
        }
    }
}
