using System.Reflection;
using System.Runtime.Loader;

namespace TypedGraph.Differential.Tests.Infrastructure;

/// <summary>
/// A collectible context for one compiled batch of generated models. It resolves nothing itself, so TypedGraph,
/// TorchSharp and the framework come from the default context: the models' base types are the test's own.
/// </summary>
internal sealed class ModelLoadContext() : AssemblyLoadContext("TypedGraph.Differential.Models", isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
