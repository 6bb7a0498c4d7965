using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// A metric written by the user. Give an output some with <c>[Output(CustomMetrics = [typeof(MyMetric)])]</c> or pass
/// instances in <see cref="OutputSpec.CustomMetrics"/>. The logged value is the mean of the batch values over the epoch,
/// each weighted by its batch's sample count (as Keras' <c>MeanMetricWrapper</c>), under <see cref="Name"/>
/// (<c>&lt;output&gt;_</c> prefix for models with several trained outputs, <c>val_</c> for validation). It is computed
/// without gradients and ignores <c>sampleWeight</c> and <c>classWeight</c>, like the built-in metrics.
/// </summary>
public abstract class CustomMetric
{
    /// <summary>The name in logs, snake_case by convention, e.g. <c>mean_error</c>. Must not collide with another logged name.</summary>
    public abstract string Name { get; }

    /// <summary>Computes the metric's mean over one batch as a scalar.</summary>
    /// <param name="prediction">The output as <c>forward</c> returns it: its activation applied.</param>
    /// <param name="target">The target tensor of the batch, as given to <c>Fit</c>.</param>
    public abstract Tensor Compute(Tensor prediction, Tensor target);
}
