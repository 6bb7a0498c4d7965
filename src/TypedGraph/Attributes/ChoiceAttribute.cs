using System;

namespace TypedGraph;

/// <summary>
/// Declares a hyper-parameter that takes one of a fixed list of values (KerasTuner's <c>hp.Choice</c>). The property is
/// <c>partial</c> and of type <c>int</c>, <c>double</c>, <c>bool</c> or <c>string</c>; every value must have that type.
/// The first value is the default (<c>new M()</c>). Node attributes read it with <c>nameof(Property)</c> in place of a
/// numeric argument: <c>[Conv2d(nameof(Filters), 3)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ChoiceAttribute : Attribute
{
    /// <summary>Declares the values, default first.</summary>
    /// <param name="values">The values the hyper-parameter can take; at least one, all of the property's type.</param>
    public ChoiceAttribute(params object[] values)
    {
        Values = values ?? [];
    }

    /// <summary>The values, in declaration order.</summary>
    public object[] Values { get; }
}
