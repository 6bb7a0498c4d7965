using System;

namespace TypedGraph;

/// <summary>Escape hatch: a TorchSharp module of your own (<c>torch.nn.Module&lt;Tensor, Tensor&gt;</c> with a public parameterless constructor). Its output shape is declared and checked at run time.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class CustomAttribute : NodeAttribute
{
    /// <summary>Uses an instance of <paramref name="module"/> as the layer.</summary>
    /// <param name="module">The module type (use <c>typeof</c>).</param>
    public CustomAttribute(Type module)
    {
        Module = module;
    }

    /// <summary>The module type.</summary>
    public Type Module { get; }

    /// <summary>Per-sample output shape: <see cref="int"/> sizes or <see cref="string"/> symbols.</summary>
    public object[] OutputShape { get; set; } = [];
}
