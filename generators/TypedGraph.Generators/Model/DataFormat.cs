namespace TypedGraph.Generators.Model;

/// <summary>Mirror of the runtime's <c>TypedGraph.DataFormat</c> (same members, same values): the generator reads attribute arguments as these numbers.</summary>
internal enum DataFormat
{
    ChannelsFirst,
    ChannelsLast,
}
