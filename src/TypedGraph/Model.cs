using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TorchSharp;
using TypedGraph.Callbacks;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Base class of every generated model: a TorchSharp module from <typeparamref name="TInputs"/> to
/// <typeparamref name="TOutputs"/> that also offers Keras' <c>Summary</c>, <c>Fit</c>, <c>Evaluate</c> and <c>Predict</c>.
/// </summary>
/// <typeparam name="TInputs">The generated record of input tensors.</typeparam>
/// <typeparam name="TOutputs">The generated record of output tensors.</typeparam>
/// <typeparam name="TTargets">The generated record of target tensors, one per output with a loss.</typeparam>
public abstract class Model<TInputs, TOutputs, TTargets> : nn.Module<TInputs, TOutputs>, IModel
    where TInputs : ITensorRecord<TInputs>
    where TOutputs : ITensorRecord<TOutputs>
    where TTargets : ITensorRecord<TTargets>
{
    private readonly string _name;
    private OptimizerSpec? _optimizerSpec;
    private TrainingObjective? _objective;
    private optim.Optimizer? _optimizer;
    private double? _pendingLearningRate;

    /// <summary>Initializes the module.</summary>
    /// <param name="name">The model's name, shown by <see cref="Summary"/>.</param>
    protected Model(string name)
        : base(name)
    {
        _name = name;
    }

    /// <summary>Every node of the graph, inputs included, in topological order.</summary>
    public abstract IReadOnlyList<Node> Nodes { get; }

    /// <summary>The model's inputs and outputs.</summary>
    public abstract ModelSignature Signature { get; }

    /// <summary>Parameters of all distinct modules of <see cref="Nodes"/> (shared layers count once), batch-norm statistics included.</summary>
    public long ParameterCount => TrainableParameterCount + NonTrainableParameterCount;

    /// <summary>Parameters of all distinct modules of <see cref="Nodes"/> that require gradients.</summary>
    public long TrainableParameterCount => CountParameters().Trainable;

    /// <summary>Frozen parameters and batch-norm statistics of all distinct modules of <see cref="Nodes"/>.</summary>
    public long NonTrainableParameterCount => CountParameters().NonTrainable;

    /// <inheritdoc/>
    public bool StopTraining { get; set; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a finite number greater than 0.</exception>
    public double LearningRate
    {
        get
        {
            if (_optimizer is not null)
            {
                foreach (var group in _optimizer.ParamGroups)
                {
                    return group.LearningRate;
                }
            }

            return _pendingLearningRate ?? Optimizer.LearningRate;
        }

        set
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The learning rate must be a finite number greater than 0.");
            }

            if (_optimizer is null)
            {
                _pendingLearningRate = value;
                return;
            }

            foreach (var group in _optimizer.ParamGroups)
            {
                group.LearningRate = value;
            }
        }
    }

    /// <inheritdoc/>
    public nn.Module AsModule => this;

    private OptimizerSpec Optimizer => _optimizerSpec ??= Optimizers.RmsProp();

    private TrainingObjective Objective => _objective ??= TrainingObjective.Create(Signature, null);

    /// <summary>The Keras-style summary table of <see cref="Nodes"/>.</summary>
    public string Summary() => SummaryTable.Render(_name, Nodes);

    /// <summary>Writes <see cref="Summary"/> to <paramref name="writer"/>, or to the console.</summary>
    /// <param name="writer">Where to write; <see cref="Console.Out"/> when omitted.</param>
    public void PrintSummary(TextWriter? writer = null) => (writer ?? Console.Out).WriteLine(Summary());

    /// <summary>
    /// Trains the model (Keras' <c>fit</c>). Each batch runs in its own dispose scope; the model is in train mode for
    /// the training batches and in eval mode, without gradients, for validation.
    /// </summary>
    /// <param name="x">The training inputs; the first dimension of every tensor indexes the samples.</param>
    /// <param name="y">The training targets, as many samples as <paramref name="x"/>.</param>
    /// <param name="epochs">Number of passes over the training data, at least 1.</param>
    /// <param name="batchSize">Samples per gradient step, at least 1.</param>
    /// <param name="validationData">Data to compute the <c>val_</c> values on after every epoch.</param>
    /// <param name="validationSplit">Fraction of <paramref name="x"/> and <paramref name="y"/> to validate on instead: the last samples, taken before shuffling.</param>
    /// <param name="callbacks">Objects notified as training progresses.</param>
    /// <param name="shuffle">Whether to visit the training samples in a new random order every epoch.</param>
    /// <param name="verbose">
    /// 0: silent; 1: a live progress bar with ETA and running values when the console is a terminal, one line per epoch
    /// when its output is redirected; 2: one line per epoch.
    /// </param>
    /// <returns>The values logged at the end of every epoch.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is out of range, the data is empty, sample counts differ, or both <paramref name="validationData"/>
    /// and <paramref name="validationSplit"/> are given.
    /// </exception>
    public History Fit(
        TInputs x,
        TTargets y,
        int epochs = 1,
        int batchSize = 32,
        (TInputs Inputs, TTargets Targets)? validationData = null,
        double validationSplit = 0,
        IEnumerable<Callback>? callbacks = null,
        bool shuffle = true,
        int verbose = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        CheckVerbose(verbose);
        if (!(validationSplit >= 0 && validationSplit < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(validationSplit), validationSplit, "validationSplit must be in [0, 1).");
        }

        if (validationData is not null && validationSplit > 0)
        {
            throw new ArgumentException("Give either validationData or validationSplit, not both.", nameof(validationSplit));
        }

        var objective = Objective;
        var training = Samples(x, y, nameof(x));
        SampleSet? validation = null;
        if (validationData is { } data)
        {
            validation = Samples(data.Inputs, data.Targets, nameof(validationData));
        }
        else if (validationSplit > 0)
        {
            (training, validation) = training.SplitLast(validationSplit);
        }

        try
        {
            var callbackList = new CallbackList(callbacks, ProgressOutput.For(verbose, Console.Out, Console.IsOutputRedirected));
            var settings = new FitSettings(epochs, batchSize, shuffle, verbose);
            return new Trainer(this, ForwardLogitsPositional)
                .Fit(this, objective, EnsureOptimizer(), training, validation, settings, callbackList);
        }
        finally
        {
            training.Dispose();
            validation?.Dispose();
        }
    }

    /// <summary>Computes the loss and metrics on <paramref name="x"/> and <paramref name="y"/> in eval mode, without gradients (Keras' <c>evaluate</c>).</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="y">The targets.</param>
    /// <param name="batchSize">Samples per forward pass, at least 1.</param>
    /// <param name="verbose">0: silent; 1 or 2: one line on the console.</param>
    /// <returns>The sample-weighted means by log name (<c>loss</c>, <c>acc</c>…).</returns>
    public IReadOnlyDictionary<string, double> Evaluate(TInputs x, TTargets y, int batchSize = 32, int verbose = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        CheckVerbose(verbose);
        var objective = Objective;
        var samples = Samples(x, y, nameof(x));
        var logs = new Dictionary<string, double>(StringComparer.Ordinal);
        new Trainer(this, ForwardLogitsPositional).Evaluate(objective, samples, batchSize, logs, string.Empty);
        if (verbose > 0)
        {
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Evaluate - {samples.Count} samples");
            EpochLogger.AppendValues(line, logs);
            Console.Out.WriteLine(line.ToString());
        }

        return logs;
    }

    /// <summary>
    /// Runs the model on <paramref name="x"/> batch by batch in eval mode, without gradients, and concatenates the
    /// outputs (Keras' <c>predict</c>). The returned tensors belong to the caller (or to the caller's dispose scope).
    /// </summary>
    /// <param name="x">The inputs.</param>
    /// <param name="batchSize">Samples per forward pass, at least 1.</param>
    public TOutputs Predict(TInputs x, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var samples = SampleSet.Create(x.ToTensors(), [], InputNames(), [], nameof(x));
        var outputs = new Trainer(this, ForwardLogitsPositional)
            .Predict(inputs => forward(TInputs.FromTensors(inputs)).ToTensors(), samples, batchSize);
        return TOutputs.FromTensors(outputs);
    }

    /// <inheritdoc/>
    public void SaveWeights(string path) => CheckpointFile.Save(this, path);

    /// <inheritdoc/>
    public void LoadWeights(string path) => CheckpointFile.Load(this, path, _name);

    /// <summary>
    /// Writes the state dict (parameters and buffers, batch-norm statistics included, under TorchSharp's
    /// <c>state_dict()</c> names) to <paramref name="path"/> in the safetensors format, atomically: a temp file in the same
    /// directory, then a rename. PyTorch reads it with <c>safetensors.torch.load_file</c>, or with nothing but the
    /// standard library (a JSON header and raw little-endian data).
    /// </summary>
    /// <param name="path">The file to write; its directory is created when missing.</param>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public void SaveSafetensors(string path) => Interop.SafetensorsCheckpoint.Save(this, path);

    /// <summary>
    /// Reads a safetensors file (from <see cref="SaveSafetensors"/>, <c>safetensors.torch.save_file</c> of a PyTorch
    /// state dict with the same keys …) into the model after checking that it holds exactly this model's state-dict
    /// names, dtypes and shapes. The model is unchanged when the file is refused.
    /// </summary>
    /// <param name="path">The safetensors file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid safetensors file (truncated, corrupt, another format).</exception>
    /// <exception cref="CheckpointMismatchException">The file holds other names, dtypes or shapes than this model.</exception>
    public void LoadSafetensors(string path) => Interop.SafetensorsCheckpoint.Load(this, path, _name);

    /// <summary>
    /// Runs one forward pass on <paramref name="batch"/> in eval mode without gradients and returns what every node of
    /// <see cref="Nodes"/> produced (inputs included, outputs with their activation applied, as <c>forward</c> returns
    /// them), keyed by node in the order of <see cref="Nodes"/>. The tensors belong to the caller (or to the caller's
    /// dispose scope); everything else the pass creates is released.
    /// </summary>
    /// <param name="batch">The input tensors.</param>
    public IReadOnlyDictionary<Node, Tensor> Activations(TInputs batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var nodes = Nodes;
        var recorded = new Tensor?[nodes.Count];
        var wasTraining = training;
        eval();
        try
        {
            using (no_grad())
            {
                using var scope = NewDisposeScope();
                ForwardGraph(batch, logits: false, (index, tensor) =>
                {
                    if ((uint)index >= (uint)recorded.Length)
                    {
                        throw new InvalidOperationException($"The graph of {_name} recorded node index {index}, but the model has {recorded.Length} nodes.");
                    }

                    if (recorded[index] is not null)
                    {
                        throw new InvalidOperationException($"The graph of {_name} recorded node '{nodes[index].Name}' twice.");
                    }

                    // Inputs are the caller's tensors: hand back an alias so disposing the result leaves them alone.
                    recorded[index] = tensor.alias().MoveToOuterDisposeScope();
                });
            }
        }
        catch
        {
            foreach (var tensor in recorded)
            {
                tensor?.Dispose();
            }

            throw;
        }
        finally
        {
            train(wasTraining);
        }

        var result = new Dictionary<Node, Tensor>(nodes.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (recorded[i] is not { } tensor)
            {
                foreach (var other in recorded)
                {
                    other?.Dispose();
                }

                throw new InvalidOperationException($"The graph of {_name} did not record node '{nodes[i].Name}'.");
            }

            result.Add(nodes[i], tensor);
        }

        return result;
    }

    /// <inheritdoc/>
    IReadOnlyDictionary<Node, Tensor> IModel.Activations(IReadOnlyList<Tensor> inputs) => Activations(TInputs.FromTensors(inputs));

    /// <summary>Runs the model on <paramref name="inputs"/>: every output as declared, its activation applied.</summary>
    /// <param name="inputs">The input tensors.</param>
    /// <exception cref="ShapeMismatchException">An input does not match its declaration.</exception>
    public override TOutputs forward(TInputs inputs) => ForwardGraph(inputs, logits: false, record: null);

    /// <summary>
    /// The graph, generated: one entry check, then the TorchSharp calls of every node in topological order. It serves
    /// <c>forward</c>, training and <see cref="Activations"/>, so the graph is written once per model.
    /// </summary>
    /// <param name="inputs">The input tensors.</param>
    /// <param name="logits">
    /// Whether outputs whose <see cref="OutputSpec.FusedActivation"/> is not <see cref="Activation.None"/> are returned
    /// before that activation, as the fused losses read them; <c>forward</c> is this with <see langword="false"/>.
    /// </param>
    /// <param name="record">
    /// When given, receives (index in <see cref="Nodes"/>, tensor) exactly once per node: each input with its input
    /// tensor, each layer with its output, outputs as returned.
    /// </param>
    protected abstract TOutputs ForwardGraph(TInputs inputs, bool logits, Action<int, Tensor>? record);

    /// <summary>
    /// Sets the optimizer and the loss weights <c>Fit</c> uses. Called by the generated <c>Compile</c>; compiling again
    /// starts a fresh optimizer.
    /// </summary>
    /// <param name="optimizer">The optimizer; RMSprop with learning rate 1e-3 when <see langword="null"/>.</param>
    /// <param name="lossWeights">One weight per output with a loss, in order; the declared <c>LossWeight</c>s when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The weights do not match the outputs with a loss.</exception>
    protected void CompileCore(OptimizerSpec? optimizer, IReadOnlyList<double>? lossWeights)
    {
        var objective = TrainingObjective.Create(Signature, lossWeights);
        _optimizer?.Dispose();
        _optimizer = null;
        _pendingLearningRate = null;
        _optimizerSpec = optimizer;
        _objective = objective;
    }

    /// <summary>Releases the optimizer along with the module.</summary>
    /// <param name="disposing">Whether managed resources are released too.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _optimizer?.Dispose();
            _optimizer = null;
        }

        base.Dispose(disposing);
    }

    private optim.Optimizer EnsureOptimizer()
    {
        if (_optimizer is null)
        {
            _optimizer = Optimizer.Create(parameters());
            if (_pendingLearningRate is { } rate)
            {
                _pendingLearningRate = null;
                LearningRate = rate;
            }
        }

        return _optimizer;
    }

    private IReadOnlyList<Tensor> ForwardLogitsPositional(IReadOnlyList<Tensor> inputs) =>
        ForwardGraph(TInputs.FromTensors(inputs), logits: true, record: null).ToTensors();

    private SampleSet Samples(TInputs x, TTargets y, string argument) =>
        SampleSet.Create(x.ToTensors(), y.ToTensors(), InputNames(), TargetNames(), argument);

    private string[] InputNames()
    {
        var inputs = Signature.Inputs;
        var names = new string[inputs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = inputs[i].Name;
        }

        return names;
    }

    private List<string> TargetNames()
    {
        var names = new List<string>();
        foreach (var output in Signature.Outputs)
        {
            if (output.Loss != Loss.None)
            {
                names.Add(output.Name);
            }
        }

        return names;
    }

    private (long Trainable, long NonTrainable) CountParameters()
    {
        var seen = new HashSet<nn.Module>(ReferenceEqualityComparer.Instance);
        long trainable = 0;
        long nonTrainable = 0;
        foreach (var node in Nodes)
        {
            if (node.Module is not null && seen.Add(node.Module))
            {
                var (t, n) = ParameterCounter.Count(node.Module);
                trainable += t;
                nonTrainable += n;
            }
        }

        return (trainable, nonTrainable);
    }

    private static void CheckVerbose(int verbose)
    {
        if (verbose is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(verbose), verbose, "verbose must be 0 (silent), 1 or 2 (one line per epoch).");
        }
    }
}
