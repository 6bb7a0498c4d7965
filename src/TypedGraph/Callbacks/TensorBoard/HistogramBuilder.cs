using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// Builds a TensorFlow <c>HistogramProto</c> of a tensor's values: min, max, count, sum, sum of squares and 30 equal-width
/// buckets between min and max (TensorFlow 2's default bucket count), each given by its right edge and its count.
/// </summary>
internal static class HistogramBuilder
{
    public const int Buckets = 30;

    public static ProtoWriter Build(Tensor values)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var flat = values.detach().flatten().to_type(ScalarType.Float64).cpu();
        var count = flat.numel();
        var min = count == 0 ? 0 : flat.min().item<double>();
        var max = count == 0 ? 0 : flat.max().item<double>();
        var sum = flat.sum().item<double>();
        var squares = flat.square().sum().item<double>();
        var limits = new List<double>(Buckets);
        var counts = new List<double>(Buckets);
        if (count > 0 && max > min)
        {
            var width = (max - min) / Buckets;
            var histogram = new double[Buckets];
            foreach (var value in flat.data<double>())
            {
                histogram[Math.Clamp((int)((value - min) / width), 0, Buckets - 1)]++;
            }

            for (var i = 0; i < Buckets; i++)
            {
                limits.Add(i == Buckets - 1 ? max : min + (width * (i + 1)));
                counts.Add(histogram[i]);
            }
        }
        else if (count > 0)
        {
            limits.Add(max);
            counts.Add(count);
        }

        return new ProtoWriter()
            .Double(1, min)
            .Double(2, max)
            .Double(3, count)
            .Double(4, sum)
            .Double(5, squares)
            .PackedDoubles(6, limits)
            .PackedDoubles(7, counts);
    }
}
