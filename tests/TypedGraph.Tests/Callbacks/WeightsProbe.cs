using System;
using System.IO;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

/// <summary>What the weight-keeping tests observe: the bytes a module's state is saved as, and how many tensors the thread created.</summary>
internal static class WeightsProbe
{
    /// <summary>The bytes <c>Module.save</c> writes for <paramref name="module"/> now.</summary>
    public static byte[] Saved(nn.Module module) => Written(writer => module.save(writer));

    /// <summary>The bytes <paramref name="write"/> writes.</summary>
    public static byte[] Written(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Tensors created on this thread so far, in and outside dispose scopes.</summary>
    public static long TensorsCreated()
    {
        var statistics = DisposeScopeManager.Statistics;
        return statistics.CreatedInScopeCount + statistics.CreatedOutsideScopeCount;
    }
}
