using System;
using BenchmarkDotNet.Attributes;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>
/// The one case the plain harness could not resolve: the seed MLP at batch 1 (≈ 20 µs per forward), where a gap of a
/// microsecond is within that harness's run-to-run noise. BenchmarkDotNet runs each method in-process with its own
/// pilot, warm-up and outlier handling, and reports allocations. Every call runs in eval mode, without gradients, inside
/// a dispose scope, exactly as the harness does.
/// </summary>
[InProcess]
[MemoryDiagnoser]
public class MlpBatchOneBenchmarks : IDisposable
{
    private Mlp _generated = null!;
    private HandWrittenMlp _handWritten = null!;
    private Mlp.Inputs _inputs = null!;
    private Tensor _x = null!;
    private IDisposable? _noGrad;

    [GlobalSetup]
    public void Setup()
    {
        set_num_threads(1);
        manual_seed(1);
        _noGrad = no_grad();
        _generated = new Mlp();
        _handWritten = new HandWrittenMlp();
        _handWritten.load_state_dict(_generated.state_dict());
        _generated.eval();
        _handWritten.eval();
        _x = randn(1, 64);
        _inputs = new Mlp.Inputs(_x);
        if (!_generated.forward(_x).Digits.allclose(_handWritten.forward(_x), rtol: 1e-5, atol: 1e-6))
        {
            throw new InvalidOperationException("generated and hand-written outputs differ");
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _generated?.Dispose();
            _handWritten?.Dispose();
            _x?.Dispose();
            _noGrad?.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written forward(x)")]
    public void HandWritten()
    {
        using var scope = NewDisposeScope();
        _handWritten.forward(_x);
    }

    [Benchmark(Description = "generated forward(x)")]
    public void Generated()
    {
        using var scope = NewDisposeScope();
        _generated.forward(_x);
    }

    [Benchmark(Description = "generated forward(Inputs)")]
    public void GeneratedFromInputs()
    {
        using var scope = NewDisposeScope();
        _generated.forward(_inputs);
    }

    [Benchmark(Description = "entry check alone")]
    public void EntryCheck() => InputValidator.Validate(_generated.Signature.Inputs, [_x]);
}
