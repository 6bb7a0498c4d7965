using TypedGraph;
using TypedGraph.Applications;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>
/// Depth estimation from two cameras: one Xception base applied to both (shared weights, counted once), features
/// concatenated on the channel axis.
/// </summary>
[Model]
public sealed partial class DualCamera
{
    [Input(3, 250, 250)] public partial Node LeftCamera { get; }

    [Input(3, 250, 250)] public partial Node RightCamera { get; }

    [Submodel(typeof(XceptionBase), From = nameof(LeftCamera))] public partial Node LeftFeatures { get; }

    [Shared(nameof(LeftFeatures), From = nameof(RightCamera))] public partial Node RightFeatures { get; }

    [Concatenate(nameof(LeftFeatures), nameof(RightFeatures), Axis = 1)]
    [Output]
    public partial Node Merged { get; }
}
