using System;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// One logged metric computed over a whole epoch from running sums: each batch adds a small float64 vector of sums
/// (<see cref="Batch"/>), and <see cref="Result"/> turns the epoch's sums into the logged value. Means of batch values
/// and Keras' stateful metrics (precision, recall, AUC: counts of true and false positives…) share this shape.
/// </summary>
internal abstract class EpochStatistic
{
    protected EpochStatistic(string name, int width)
    {
        Name = name;
        Width = width;
    }

    /// <summary>The log name (without <c>val_</c>).</summary>
    public string Name { get; }

    /// <summary>Number of running sums.</summary>
    public int Width { get; }

    /// <summary>The sums one batch contributes, a float64 vector of <see cref="Width"/> values; computed without gradients.</summary>
    /// <param name="output">The output as training sees it (logits when <paramref name="fused"/> is not None).</param>
    /// <param name="fused">The activation still to apply to <paramref name="output"/>.</param>
    /// <param name="target">The batch's target.</param>
    /// <param name="samples">The batch's sample count.</param>
    public abstract Tensor Batch(Tensor output, Activation fused, Tensor target, long samples);

    /// <summary>The logged value from the epoch's sums.</summary>
    /// <param name="sums">The <see cref="Width"/> running sums.</param>
    /// <param name="samples">Samples seen in the epoch.</param>
    public abstract double Result(ReadOnlySpan<double> sums, long samples);

    /// <summary>Keras' <c>divide_no_nan</c>: 0 when the denominator is 0.</summary>
    protected static double DivideNoNan(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;

    /// <summary>
    /// The targets as a boolean tensor shaped like the output, as Keras' confusion metrics read them (non-zero is
    /// positive); class-index targets of a multi-class output are one-hot encoded first.
    /// </summary>
    protected static Tensor PositiveLabels(Tensor prediction, Tensor target, Loss loss, string outputName)
    {
        var classes = prediction.size(-1);
        var isSparse = classes > 1
            && (loss == Loss.SparseCategoricalCrossentropy
                || target.Dimensions < prediction.Dimensions
                || (target.Dimensions == prediction.Dimensions && target.size(-1) == 1));
        return isSparse
            ? nn.functional.one_hot(TargetAlignment.ClassIndices(prediction, target, outputName), classes).ne(0)
            : TargetAlignment.Dense(prediction, target, outputName).ne(0);
    }
}
