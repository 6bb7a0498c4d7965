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
public abstract class Model<TInputs, TOutputs, TTargets> : nn.Module<TInputs, TOutputs>, IModel, ITrainingTarget<TInputs, TTargets>, IPositionalModel
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
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative, NaN or infinite (0 is allowed: it freezes the weights).</exception>
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
            OptimizerSpec.RequireValidLearningRate(value, nameof(value));
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

    /// <summary>
    /// The number of epochs trained so far, counted as Keras counts epochs: after <c>Fit(…, epochs: 3)</c> it is 3, after
    /// <c>Fit(…, epochs: 5, initialEpoch: 3)</c> it is 5. <see cref="SaveTrainingState"/> records it and
    /// <see cref="LoadTrainingState"/> restores it, so it is the <c>initialEpoch</c> to resume with.
    /// </summary>
    public int CompletedEpochs { get; private set; }

    private OptimizerSpec Optimizer => _optimizerSpec ??= Optimizers.RmsProp();

    private TrainingObjective Objective => _objective ??= TrainingObjective.Create(Signature, null);

    /// <summary>The Keras-style summary table of <see cref="Nodes"/>.</summary>
    public string Summary() => SummaryTable.Render(_name, Nodes, SummaryHyperParameters);

    /// <summary>
    /// The hyper-parameter values the model was built with (name → value, declaration order), shown under the table; null
    /// for a model without hyper-parameters. Generated models with <c>[Choice]</c>/<c>[Range]</c> properties override it.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, object>? SummaryHyperParameters => null;

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
    /// <param name="classWeight">
    /// Keras' <c>class_weight</c>: a weight per class index for the loss of each sample, read from the target of the
    /// single trained output (the arg-max of a one-hot or probability target, else the rounded value of a class-index
    /// or 0/1 target); classes missing from the map weigh 1. Models with several trained outputs cannot use it.
    /// </param>
    /// <param name="sampleWeight">
    /// Keras' <c>sample_weight</c>: one weight per sample of <paramref name="x"/>, shape <c>(N)</c> or <c>(N, 1)</c>.
    /// With <paramref name="classWeight"/> the two multiply (Keras 3 refuses the combination; tf.keras 2 multiplied).
    /// A batch's loss is <c>Σ wᵢ·lossᵢ / batch size</c> (Keras' <c>sum_over_batch_size</c>: divided by the number of
    /// samples, not by the sum of the weights). Metrics and validation values are not weighted.
    /// </param>
    /// <param name="initialEpoch">
    /// Keras' <c>initial_epoch</c>: the index of the first epoch to run, to resume training. Epochs
    /// <paramref name="initialEpoch"/> to <paramref name="epochs"/> − 1 run; callbacks and the history see those indices.
    /// </param>
    /// <returns>The values logged at the end of every epoch.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is out of range, the data is empty, sample counts differ, both <paramref name="validationData"/>
    /// and <paramref name="validationSplit"/> are given, or the weights do not fit the data.
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
        int verbose = 1,
        IReadOnlyDictionary<int, double>? classWeight = null,
        Tensor? sampleWeight = null,
        int initialEpoch = 0)
    {
        var (training, validation, weights) = FitData(x, y, epochs, batchSize, validationData, validationSplit, verbose, classWeight, sampleWeight, initialEpoch);
        try
        {
            return Train(
                BatchSource.From(training, batchSize, shuffle),
                validation is null ? null : BatchSource.From(validation, batchSize, shuffle: false),
                epochs,
                initialEpoch,
                callbacks,
                verbose);
        }
        finally
        {
            training.Dispose();
            validation?.Dispose();
            weights?.Dispose();
        }
    }

    /// <summary>
    /// <c>Fit</c>'s argument rules, in one place: checks the arguments and the data, and returns the training samples
    /// (weighted when weights are given), the validation samples (given, or split off) and the weights tensor, which the
    /// caller disposes with the two sets.
    /// </summary>
    private (SampleSet Training, SampleSet? Validation, Tensor? Weights) FitData(
        TInputs x,
        TTargets y,
        int epochs,
        int batchSize,
        (TInputs Inputs, TTargets Targets)? validationData,
        double validationSplit,
        int verbose,
        IReadOnlyDictionary<int, double>? classWeight,
        Tensor? sampleWeight,
        int initialEpoch)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(initialEpoch);
        CheckVerbose(verbose);
        if (!(validationSplit >= 0 && validationSplit < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(validationSplit), validationSplit, "validationSplit must be in [0, 1).");
        }

        if (validationData is not null && validationSplit > 0)
        {
            throw new ArgumentException("Give either validationData or validationSplit, not both.", nameof(validationSplit));
        }

        var training = Samples(x, y, nameof(x));
        var weights = SampleWeights.Create(Objective, training, classWeight, sampleWeight);
        try
        {
            if (weights is not null)
            {
                training = training.WithWeights(weights);
            }

            SampleSet? validation = null;
            if (validationData is { } data)
            {
                validation = Samples(data.Inputs, data.Targets, nameof(validationData));
            }
            else if (validationSplit > 0)
            {
                (training, validation) = training.SplitLast(validationSplit);
            }

            return (training, validation, weights);
        }
        catch
        {
            weights?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Trains the model on a sequence of batches (Keras' <c>fit</c> on a generator or <c>PyDataset</c>). The sequence is
    /// enumerated once per epoch, so a lazy source (files, an .npy read row by row, a database cursor) trains without
    /// holding the data set in memory; a sequence that can be enumerated only once serves one epoch. The batches may
    /// differ in size. Each batch is fetched (<c>MoveNext</c>) inside the dispose scope of its step: tensors the
    /// sequence creates while producing a batch are released after that step, so memory stays flat; tensors that
    /// existed before (a list of batches held in memory) are never disposed. A sequence that creates a tensor to use
    /// across several batches must keep it out of that scope (<c>DetachFromDisposeScope</c>). Without a known length
    /// (a collection) the progress bar counts steps without a total in the first epoch, as Keras does.
    /// </summary>
    /// <param name="batches">The training batches: inputs and targets of equal sample counts.</param>
    /// <param name="epochs">The index the epochs run up to (exclusive), at least 1.</param>
    /// <param name="validationBatches">Batches to compute the <c>val_</c> values on after every epoch, enumerated once per epoch.</param>
    /// <param name="callbacks">Objects notified as training progresses.</param>
    /// <param name="verbose">0: silent; 1: progress bar (one line per epoch when the output is redirected); 2: one line per epoch.</param>
    /// <param name="initialEpoch">The index of the first epoch to run (Keras' <c>initial_epoch</c>).</param>
    /// <returns>The values logged at the end of every epoch.</returns>
    /// <exception cref="ArgumentException">An argument is out of range, or a batch is null, empty or has mismatched sample counts.</exception>
    /// <exception cref="InvalidOperationException">An epoch's enumeration yielded no batch.</exception>
    public History Fit(
        IEnumerable<(TInputs Inputs, TTargets Targets)> batches,
        int epochs = 1,
        IEnumerable<(TInputs Inputs, TTargets Targets)>? validationBatches = null,
        IEnumerable<Callback>? callbacks = null,
        int verbose = 1,
        int initialEpoch = 0)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(initialEpoch);
        CheckVerbose(verbose);
        return Train(
            Stream(batches, nameof(batches)),
            validationBatches is null ? null : Stream(validationBatches, nameof(validationBatches)),
            epochs,
            initialEpoch,
            callbacks,
            verbose);
    }

    /// <summary>Computes the loss and metrics on <paramref name="x"/> and <paramref name="y"/> in eval mode, without gradients (Keras' <c>evaluate</c>).</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="y">The targets.</param>
    /// <param name="batchSize">Samples per forward pass, at least 1.</param>
    /// <param name="verbose">0: silent; 1 or 2: one line on the console.</param>
    /// <returns>
    /// The values by log name (<c>loss</c>, <c>acc</c> and <c>accuracy</c>…): means over the samples, and for precision,
    /// recall and AUC the value of the counts over all samples.
    /// </returns>
    public IReadOnlyDictionary<string, double> Evaluate(TInputs x, TTargets y, int batchSize = 32, int verbose = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        CheckVerbose(verbose);
        var objective = Objective;
        var samples = Samples(x, y, nameof(x));
        var logs = new Dictionary<string, double>(StringComparer.Ordinal);
        new Trainer(this, ForwardLogitsPositional).Evaluate(objective, BatchSource.From(samples, batchSize, shuffle: false), logs, string.Empty);
        if (verbose > 0)
        {
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Evaluate - {samples.Count} samples");
            EpochLogger.AppendValues(line, logs);
            Console.Out.WriteLine(line.ToString());
        }

        return logs;
    }

    /// <summary>
    /// Computes the loss and metrics over a sequence of batches in eval mode, without gradients, enumerating it once;
    /// batches are fetched inside per-batch dispose scopes as in the streaming <c>Fit</c>.
    /// </summary>
    /// <param name="batches">The batches: inputs and targets of equal sample counts.</param>
    /// <param name="verbose">0: silent; 1 or 2: one line on the console.</param>
    /// <returns>The values by log name (<c>loss</c>, <c>acc</c>, <c>accuracy</c>…).</returns>
    /// <exception cref="ArgumentException">A batch is null, empty or has mismatched sample counts.</exception>
    /// <exception cref="InvalidOperationException">The sequence yielded no batch.</exception>
    public IReadOnlyDictionary<string, double> Evaluate(IEnumerable<(TInputs Inputs, TTargets Targets)> batches, int verbose = 0)
    {
        ArgumentNullException.ThrowIfNull(batches);
        CheckVerbose(verbose);
        var objective = Objective;
        var logs = new Dictionary<string, double>(StringComparer.Ordinal);
        new Trainer(this, ForwardLogitsPositional).Evaluate(objective, Stream(batches, nameof(batches)), logs, string.Empty);
        if (verbose > 0)
        {
            var line = new StringBuilder("Evaluate");
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
        var samples = SampleSet.Create(x.ToTensors(), [], Signature.InputNames(), [], nameof(x));
        var outputs = new Trainer(this, ForwardLogitsPositional)
            .Predict(((IPositionalModel)this).Forward, samples, batchSize);
        return TOutputs.FromTensors(outputs);
    }

    /// <inheritdoc/>
    IReadOnlyList<string> ITrainingTarget<TInputs, TTargets>.EpochLogNames(bool validation) => Trainer.EpochLogNames(Objective, validation);

    /// <inheritdoc/>
    void ITrainingTarget<TInputs, TTargets>.CheckFit(TInputs x, TTargets y, int epochs, int batchSize, (TInputs Inputs, TTargets Targets)? validationData, double validationSplit)
    {
        var (training, validation, weights) = FitData(x, y, epochs, batchSize, validationData, validationSplit, verbose: 0, classWeight: null, sampleWeight: null, initialEpoch: 0);
        training.Dispose();
        validation?.Dispose();
        weights?.Dispose();
    }

    /// <inheritdoc/>
    public void SaveWeights(string path) => CheckpointFile.Save(this, path);

    /// <inheritdoc/>
    public void LoadWeights(string path) => load(path);

    /// <summary>
    /// TorchSharp's <c>load</c>, checked first: the file must be laid out as <c>Module.save</c> (and
    /// <see cref="ModelCheckpoint"/>) write it and hold this model's parameter names, shapes and dtypes (with
    /// <paramref name="strict"/> <see langword="false"/>: the entries it shares with the model agree). A truncated,
    /// corrupt, foreign or mismatched file fails with <see cref="CheckpointMismatchException"/> naming the file, before
    /// any weight changes.
    /// </summary>
    /// <param name="location">The checkpoint file.</param>
    /// <param name="strict">Whether the file must hold exactly this model's entries.</param>
    /// <param name="skip">State names to leave as they are.</param>
    /// <param name="loadedParameters">When given, receives every name in the file and whether the model has it.</param>
    /// <returns>This model.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointMismatchException">The file is not a checkpoint, or was saved from another architecture.</exception>
    public override nn.Module load(string location, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null)
    {
        using var stream = CheckpointFile.Open(location);
        CheckpointFile.Verify(this, stream, location, _name, strict, skip, toEnd: true);
        using var reader = new BinaryReader(stream);
        return base.load(reader, strict, skip, loadedParameters);
    }

    /// <summary>
    /// TorchSharp's <c>load</c> from a reader (and from a stream, which reads through this overload), checked as
    /// <see cref="load(string, bool, IList{string}?, Dictionary{string, bool}?)"/> checks a file; other data may follow
    /// the checkpoint in a seekable stream, and the reader is left just after it. A stream that cannot seek is read to
    /// its end into memory first.
    /// </summary>
    /// <param name="reader">A reader positioned at the checkpoint.</param>
    /// <param name="strict">Whether the checkpoint must hold exactly this model's entries.</param>
    /// <param name="skip">State names to leave as they are.</param>
    /// <param name="loadedParameters">When given, receives every name in the checkpoint and whether the model has it.</param>
    /// <returns>This model.</returns>
    /// <exception cref="CheckpointMismatchException">The stream does not hold a checkpoint, or one of another architecture.</exception>
    public override nn.Module load(BinaryReader reader, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        const string Source = "the stream";
        if (reader.BaseStream.CanSeek)
        {
            CheckpointFile.Verify(this, reader.BaseStream, Source, _name, strict, skip, toEnd: false);
            return base.load(reader, strict, skip, loadedParameters);
        }

        using var buffer = new MemoryStream();
        reader.BaseStream.CopyTo(buffer);
        buffer.Position = 0;
        CheckpointFile.Verify(this, buffer, Source, _name, strict, skip, toEnd: false);
        using var buffered = new BinaryReader(buffer);
        return base.load(buffered, strict, skip, loadedParameters);
    }

    /// <summary>
    /// Saves everything needed to resume training: the weights, the optimizer's state (moments, step counts, learning
    /// rate; none when the model has not trained or compiled an optimizer yet), <see cref="CompletedEpochs"/> and the
    /// given records, in one file written atomically (a temp file in the same directory, then a rename).
    /// Resume with <see cref="LoadTrainingState"/> on a model of the same architecture, compiled with the same optimizer
    /// kind, then <c>Fit(…, initialEpoch: state.Epoch)</c>.
    /// </summary>
    /// <param name="path">The file to write; its directory is created when missing.</param>
    /// <param name="hyperParameters">Numeric values to record (batch size, schedule settings…), or <see langword="null"/>.</param>
    /// <param name="notes">Text values to record (run name, data version…), or <see langword="null"/>.</param>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    /// <exception cref="NotSupportedException">The optimizer is not one of TorchSharp's built-in ones, which alone can save their state.</exception>
    public void SaveTrainingState(string path, IReadOnlyDictionary<string, double>? hyperParameters = null, IReadOnlyDictionary<string, string>? notes = null) =>
        TrainingStateFile.Save(this, _optimizer, path, CompletedEpochs, hyperParameters, notes);

    /// <summary>
    /// Reads a file written by <see cref="SaveTrainingState"/>: the weights, the optimizer state (creating the optimizer
    /// that <c>Compile</c> set, or the default RMSprop, first) and <see cref="CompletedEpochs"/>. Call <c>Compile</c>
    /// before, not after: compiling again starts a fresh optimizer.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The recorded epoch count (the <c>initialEpoch</c> to resume with) and records.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointMismatchException">
    /// The file is not a training state, was saved from another architecture, or holds the state of another optimizer kind
    /// than this model's; the model (weights and optimizer) is unchanged then.
    /// </exception>
    public TrainingState LoadTrainingState(string path)
    {
        var state = TrainingStateFile.Load(this, EnsureOptimizer, path);
        CompletedEpochs = state.Epoch;
        return state;
    }

    /// <summary>
    /// Freezes or unfreezes the node named <paramref name="nodeName"/> (<see cref="Node.Trainable"/>), and every node
    /// sharing its module. Generated models call it once at construction for nodes declared with <c>Trainable = false</c>.
    /// </summary>
    /// <param name="nodeName">A node's <see cref="Node.Name"/>.</param>
    /// <param name="trainable">Whether the node's weights are trained.</param>
    /// <exception cref="ArgumentException">No node has that name; the message lists the nodes with weights.</exception>
    public void SetTrainable(string nodeName, bool trainable)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        var found = Nodes.FindNode(nodeName);
        if (found is null)
        {
            var names = new List<string>();
            foreach (var node in Nodes)
            {
                if (node.Module is not null)
                {
                    names.Add(node.Name);
                }
            }

            throw new ArgumentException($"Model {_name} has no node '{nodeName}'. Nodes with weights: {string.Join(", ", names)}.", nameof(nodeName));
        }

        foreach (var node in Nodes)
        {
            if (ReferenceEquals(node, found) || (found.Module is not null && ReferenceEquals(node.Module, found.Module)))
            {
                node.Trainable = trainable;
            }
        }

        train(training);
    }

    /// <summary>
    /// Switches the model to training or inference mode, as TorchSharp does; batch normalizations of frozen nodes
    /// (<see cref="Node.Trainable"/> false) stay in inference mode, as in Keras.
    /// </summary>
    /// <param name="train">Whether to switch to training mode.</param>
    public override void train(bool train = true)
    {
        base.train(train);
        if (!train)
        {
            return;
        }

        foreach (var node in Nodes)
        {
            if (!node.Trainable && node.Module is { } frozen)
            {
                // modules() lists the submodules; the node's own module may be the batch normalization.
                if (frozen is TorchSharp.Modules.BatchNorm)
                {
                    frozen.eval();
                }

                foreach (var module in frozen.modules())
                {
                    if (module is TorchSharp.Modules.BatchNorm)
                    {
                        module.eval();
                    }
                }
            }
        }
    }

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
    /// Writes this model's PyTorch twin into <paramref name="directory"/> (DESIGN §9): <c>model.py</c> (a
    /// <c>torch.nn.Module</c> class named like the model whose <c>forward</c> takes the inputs positionally in declaration
    /// order and returns the outputs — one tensor, or a tuple in declaration order — with final activations applied, the
    /// same state-dict keys and shapes as this model, and <c>load_weights</c> / <c>save_weights</c>), the current weights
    /// as <c>weights.safetensors</c>, <c>train.py</c> (DistributedDataParallel training launched by <c>torchrun</c>, with
    /// this model's losses, loss weights and metrics and Keras-semantics callbacks) and a <c>README.md</c> with the
    /// commands. Everything runs on PyTorch ≥ 1.13 with nothing else installed.
    /// </summary>
    /// <param name="directory">The directory to write; created when missing; files of an earlier export are replaced.</param>
    /// <exception cref="NotSupportedException">
    /// A node cannot be exported (a <c>[Custom]</c> layer: the message names it and says why), or an output has a custom
    /// loss or metric. Nothing is written then.
    /// </exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public void ExportPyTorch(string directory) =>
        Interop.PyTorch.PyTorchExport.Write(directory, _name, Signature, PyTorchSource, SaveSafetensors);

    /// <summary>
    /// Writes the inference graph to <paramref name="path"/> as an ONNX model (atomically): eval-mode semantics (Dropout
    /// removed, BatchNorm with its running statistics), final activations applied, graph inputs and outputs named after
    /// the <c>[Input]</c> and <c>[Output]</c> properties, the batch (<c>N</c>) and symbolic dimensions (<c>T</c> …) as named
    /// <c>dim_param</c>s, the weights as initializers named by their state-dict keys. ONNX Runtime, and every other ONNX
    /// consumer, then runs the model without .NET or libtorch.
    /// </summary>
    /// <param name="path">The file to write; its directory is created when missing.</param>
    /// <param name="opset">The ONNX operator set, 13 to 17 (17, the default, has <c>LayerNormalization</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside 13 to 17.</exception>
    /// <exception cref="NotSupportedException">A node has no ONNX form (a <c>[Custom]</c> layer), or the weights are not Float32.</exception>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public void ExportOnnx(string path, int opset = 17) => Interop.Onnx.OnnxExport.Export(this, _name, path, opset, ExportOnnxGraph);

    /// <summary>
    /// Adds the model's inference graph to <paramref name="onnx"/>; generated for every <c>[Model]</c>. Called by
    /// <see cref="ExportOnnx"/>, and by the graph of a model that uses this one as a <c>[Submodel]</c>.
    /// </summary>
    /// <param name="onnx">The graph being written.</param>
    /// <param name="inputs">The values of the model's inputs in declaration order, in Keras's layout.</param>
    /// <param name="prefix">The prefix of this model's state-dict keys in the exported model: empty, or <c>base.</c> for a submodel.</param>
    /// <returns>The values of the model's outputs in declaration order, activations applied, in Keras's layout.</returns>
    /// <exception cref="NotSupportedException">The model was not generated with an ONNX form, or a node has none.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public virtual IReadOnlyList<string> ExportOnnxGraph(Interop.Onnx.OnnxGraphBuilder onnx, IReadOnlyList<string> inputs, string prefix) =>
        throw new NotSupportedException($"Model '{_name}' has no generated ONNX form (it was not generated by this version of TypedGraph's generator).");

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

    /// <inheritdoc/>
    IReadOnlyList<double> IPositionalModel.CompiledLossWeights => Objective.LossWeights;

    /// <inheritdoc/>
    IReadOnlyList<Tensor> IPositionalModel.Forward(IReadOnlyList<Tensor> inputs) => forward(TInputs.FromTensors(inputs)).ToTensors();

    /// <inheritdoc/>
    IReadOnlyDictionary<string, double> IPositionalModel.Evaluate(IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, int batchSize) =>
        Evaluate(TInputs.FromTensors(x), TTargets.FromTensors(y), batchSize);

    /// <summary>Runs the model on <paramref name="inputs"/>: every output as declared, its activation applied.</summary>
    /// <param name="inputs">The input tensors.</param>
    /// <exception cref="ShapeMismatchException">An input does not match its declaration.</exception>
    /// <remarks>An Int32 tensor given for an Int64 input (token ids) is cast to Int64 once, here, before the entry check.</remarks>
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
    /// The Python classes of this model's PyTorch twin (the model's and its submodels'), generated at compile time from
    /// the same graph as <see cref="ForwardGraph"/>; <see cref="ExportPyTorch"/> writes them into <c>model.py</c>. The
    /// generated override throws <see cref="NotSupportedException"/> naming the node that cannot be exported.
    /// </summary>
    /// <exception cref="NotSupportedException">The model has no PyTorch form.</exception>
    protected virtual string PyTorchSource =>
        throw new NotSupportedException($"Model '{_name}' has no PyTorch form: only models whose class TypedGraph's generator wrote can be exported.");

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

    private History Train(BatchSource training, BatchSource? validation, int epochs, int initialEpoch, IEnumerable<Callback>? callbacks, int verbose)
    {
        var objective = Objective;
        var callbackList = new CallbackList(callbacks, ProgressOutput.For(verbose, Console.Out, Console.IsOutputRedirected));
        var settings = new FitSettings(epochs, initialEpoch, verbose, Optimizer);
        return new Trainer(this, ForwardLogitsPositional)
            .Fit(this, objective, EnsureOptimizer(), training, validation, settings, callbackList, epoch => CompletedEpochs = epoch + 1);
    }

    private BatchSource Stream(IEnumerable<(TInputs Inputs, TTargets Targets)> batches, string argument) =>
        BatchSource.Stream(batches, batch => (batch.Inputs?.ToTensors() ?? [], batch.Targets?.ToTensors() ?? []), Signature.InputNames(), Signature.TargetNames(), argument);

    private SampleSet Samples(TInputs x, TTargets y, string argument) =>
        SampleSet.Create(x.ToTensors(), y.ToTensors(), Signature.InputNames(), Signature.TargetNames(), argument, argument == nameof(x) ? nameof(y) : argument);

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
