using System;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// Marks a <see cref="LayerSpec"/> record as the home of the node attributes it names (the runtime's attribute classes,
/// compiled into this assembly); the record has a static <c>Parse(LayerReader)</c> that reads them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class LayerKindAttribute(params Type[] attributes) : Attribute
{
    /// <summary>The node attribute classes this kind reads (<c>typeof(Conv1dAttribute)</c>, <c>typeof(Conv2dAttribute)</c>).</summary>
    public Type[] Attributes { get; } = attributes;
}
