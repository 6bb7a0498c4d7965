using System.Collections.Generic;

namespace TypedGraph.Tuning;

/// <summary>
/// Implemented by the generated record <c>M.HyperParameters</c>: one point of a model's search space, convertible to and
/// from name → value pairs (what samplers draw and storages persist).
/// </summary>
/// <typeparam name="TSelf">The record itself.</typeparam>
public interface IHyperParameters<TSelf>
    where TSelf : IHyperParameters<TSelf>
{
    /// <summary>The record for <paramref name="values"/> (one entry per hyper-parameter, each of its declared type).</summary>
    /// <exception cref="System.ArgumentException">A name is missing or unknown, or a value is not of the declared type or outside the space.</exception>
    static abstract TSelf FromValues(IReadOnlyDictionary<string, object> values);

    /// <summary>The values, in declaration order, keyed by property name.</summary>
    IReadOnlyDictionary<string, object> ToValues();
}
