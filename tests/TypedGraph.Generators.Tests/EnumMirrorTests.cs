using System;
using System.Linq;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// The generator reads attribute arguments as numbers and cannot reference the runtime assembly, so it mirrors the
/// runtime's pinned enums. This keeps every mirror identical (names, order, values) to the runtime's.
/// </summary>
public sealed class EnumMirrorTests
{
    [Theory]
    [InlineData(typeof(TypedGraph.Activation), typeof(Model.Activation))]
    [InlineData(typeof(TypedGraph.Padding), typeof(Model.Padding))]
    [InlineData(typeof(TypedGraph.DType), typeof(Model.DType))]
    [InlineData(typeof(TypedGraph.Loss), typeof(Model.Loss))]
    [InlineData(typeof(TypedGraph.Metric), typeof(Model.Metric))]
    [InlineData(typeof(TypedGraph.DataFormat), typeof(Model.DataFormat))]
    public void Generator_enums_mirror_the_runtime_enums(Type runtime, Type mirror)
    {
        static string[] Members(Type type) => Enum.GetValues(type).Cast<object>().Select(v => $"{v}={Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)}").ToArray();

        Assert.Equal(Members(runtime), Members(mirror));
    }
}
