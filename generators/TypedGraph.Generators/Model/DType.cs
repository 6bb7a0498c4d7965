namespace TypedGraph.Generators.Model;

/// <summary>Mirror of the runtime's <c>TypedGraph.DType</c> (same members, same values): the generator reads attribute arguments as these numbers.</summary>
internal enum DType
{
    Float32,
    Float64,
    Float16,
    BFloat16,
    Int32,
    Int64,
    Bool,
}
