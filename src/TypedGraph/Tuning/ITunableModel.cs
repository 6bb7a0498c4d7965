namespace TypedGraph.Tuning;

/// <summary>
/// Implemented by every generated model that declares hyper-parameters (<c>[Choice]</c> / <c>[Range]</c> properties):
/// what <c>Tuner&lt;TModel, THyperParameters&gt;</c> needs to build a trial's model.
/// </summary>
/// <typeparam name="TSelf">The model class.</typeparam>
/// <typeparam name="THyperParameters">Its generated <c>HyperParameters</c> record.</typeparam>
public interface ITunableModel<TSelf, THyperParameters> : IModel
    where TSelf : ITunableModel<TSelf, THyperParameters>
    where THyperParameters : IHyperParameters<THyperParameters>
{
    /// <summary>The model's search space: every hyper-parameter with its domain, the size and the parameter-count range.</summary>
    static abstract SearchSpace SearchSpace { get; }

    /// <summary>A new model built for <paramref name="hyperParameters"/> (<c>new M(hp)</c>).</summary>
    static abstract TSelf Create(THyperParameters hyperParameters);

    /// <summary>The values this model was built with.</summary>
    THyperParameters GetHyperParameters();
}
