namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// Which piece of source a <see cref="GraphDiagnostic"/> points at. Locations are resolved by the analyzer from the
/// symbols it already holds, so the generator's pipeline never carries a <c>Location</c>.
/// </summary>
internal enum DiagnosticTarget
{
    /// <summary>The model class's identifier.</summary>
    ModelClass,

    /// <summary>The node property's identifier.</summary>
    Property,

    /// <summary>The node attribute (<c>[Dense(...)]</c>) of the property.</summary>
    NodeAttribute,

    /// <summary>One argument of the node attribute, named by <see cref="GraphDiagnostic.Argument"/> (a property name such as
    /// <c>From</c>, or the zero-based position of a constructor argument as a number).</summary>
    NodeArgument,

    /// <summary>The <c>[Output]</c> attribute of the property.</summary>
    OutputAttribute,
}
