using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("TypedGraph.Tests")]
