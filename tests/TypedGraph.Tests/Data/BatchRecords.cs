using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>A one-member inputs record, as the generator emits them.</summary>
public sealed record FeaturesRecord(Tensor Features) : ITensorRecord<FeaturesRecord>
{
    public IReadOnlyList<Tensor> ToTensors() => [Features];

    public static FeaturesRecord FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
}

/// <summary>A one-member targets record.</summary>
public sealed record LabelsRecord(Tensor Labels) : ITensorRecord<LabelsRecord>
{
    public IReadOnlyList<Tensor> ToTensors() => [Labels];

    public static LabelsRecord FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
}

/// <summary>A two-member inputs record.</summary>
public sealed record PairRecord(Tensor Left, Tensor Right) : ITensorRecord<PairRecord>
{
    public IReadOnlyList<Tensor> ToTensors() => [Left, Right];

    public static PairRecord FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0], tensors[1]);
}
