using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Differential.Tests.Infrastructure;

/// <summary>The result of compiling one batch of declarations: every diagnostic, and the assembly image when it emitted.</summary>
internal sealed record CompiledBatch(IReadOnlyList<Diagnostic> Diagnostics, byte[]? Image);
