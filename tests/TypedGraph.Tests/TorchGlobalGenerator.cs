using Xunit;

namespace TypedGraph.Tests;

/// <summary>
/// Tests that compare two runs seeded through <c>torch.manual_seed</c>. The seed sets libtorch's one process-wide
/// generator, which every other test class draws from while xUnit runs classes in parallel (weight initialisation,
/// <c>Fit</c>'s shuffle, dropout); a draw from another thread between a seed and its use changes the run. The members of
/// this collection therefore run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchGlobalGenerator
{
    /// <summary>The collection's name, for <c>[Collection(TorchGlobalGenerator.Name)]</c>.</summary>
    public const string Name = "torch global generator";
}
