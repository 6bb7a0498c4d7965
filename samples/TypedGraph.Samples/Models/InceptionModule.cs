using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>
/// An Inception module: four branches that each halve height and width, concatenated on the channel axis (axis 1,
/// channels-first). Every 3×3 convolution and the pool use Padding.Same so the branches agree for any input size.
/// </summary>
[Model]
public sealed partial class InceptionModule
{
    [Input(256, "H", "W")] public partial Node Image { get; }

    [Conv2d(128, 1, Stride = 2, Activation = Relu, From = nameof(Image))] public partial Node BranchA { get; }

    [Conv2d(128, 1, Activation = Relu, From = nameof(Image))] public partial Node BranchB1 { get; }

    [Conv2d(128, 3, Stride = 2, Padding = Padding.Same, Activation = Relu)] public partial Node BranchB { get; }

    [AvgPool2d(3, Stride = 2, Padding = Padding.Same, From = nameof(Image))] public partial Node BranchC1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node BranchC { get; }

    [Conv2d(128, 1, Activation = Relu, From = nameof(Image))] public partial Node BranchD1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node BranchD2 { get; }

    [Conv2d(128, 3, Stride = 2, Padding = Padding.Same, Activation = Relu)] public partial Node BranchD { get; }

    [Concatenate(nameof(BranchA), nameof(BranchB), nameof(BranchC), nameof(BranchD), Axis = 1)]
    [Output]
    public partial Node Mixed { get; }
}
