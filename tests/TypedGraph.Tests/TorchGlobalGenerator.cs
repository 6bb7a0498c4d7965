using Xunit;

namespace TypedGraph.Tests;

/// <summary>
/// Tests whose values must be reproducible from <c>torch.manual_seed</c>: two seeded runs compared, a model's default
/// weight initialisation compared against a peer at a tolerance measured on those weights, a learning threshold. The
/// seed sets libtorch's one process-wide generator, which every other test class of the assembly draws from while xUnit
/// runs classes in parallel (weight initialisation, <c>Fit</c>'s shuffle, dropout); a draw from another thread between a
/// seed and its use changes the run. The members of this collection therefore run alone, after the parallel ones.
/// Data a test draws itself come from a local <c>torch.Generator</c> instead, which needs no collection.
/// (The file is linked into every test assembly that uses it: a collection belongs to one assembly.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchGlobalGenerator
{
    /// <summary>The collection's name, for <c>[Collection(TorchGlobalGenerator.Name)]</c>.</summary>
    public const string Name = "torch global generator";
}
