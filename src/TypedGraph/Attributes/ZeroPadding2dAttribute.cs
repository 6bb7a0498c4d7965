using System;

namespace TypedGraph;

/// <summary>Pads height and width with zeros (Keras <c>ZeroPadding2D</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ZeroPadding2dAttribute : NodeAttribute
{
    /// <summary>Creates the padding layer.</summary>
    /// <param name="padding">Rows and columns added on every side.</param>
    public ZeroPadding2dAttribute(int padding)
    {
        Padding = padding;
    }

    /// <summary>Rows and columns added on every side.</summary>
    public int Padding { get; }
}
