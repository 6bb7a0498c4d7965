using System;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// What a careful person writes by hand in TorchSharp for the same training: the same layers, RMSprop with the same
/// settings, a shuffled permutation per epoch, each batch in a dispose scope, fused log-softmax cross-entropy on
/// one-hot targets, loss and accuracy accumulated on the device and read once per epoch.
/// </summary>
public sealed class HandWrittenLoop : IDisposable
{
    private readonly Network _network;
    private readonly optim.Optimizer _optimizer;

    public HandWrittenLoop(long vocabulary)
    {
        _network = new Network(new QuestionAnsweringLayers(vocabulary));
        _optimizer = optim.RMSProp(_network.parameters(), 1e-3, alpha: 0.9, eps: 1e-7);
    }

    /// <summary>Starts from the weights of <paramref name="source"/> (same module names: embedded_text, encoded_text, …).</summary>
    public void CopyWeightsFrom(nn.Module source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _network.load_state_dict(source.state_dict());
    }

    /// <summary>One epoch; returns the sample-weighted mean loss and accuracy.</summary>
    public (double Loss, double Accuracy) Epoch(Tensor text, Tensor question, Tensor answers, int batchSize)
    {
        _network.train();
        var count = text.size(0);
        using var order = randperm(count);
        using var sums = zeros(2, dtype: ScalarType.Float64);
        for (long start = 0; start < count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(batchSize, count - start);
            var indices = order.narrow(0, start, length);
            var target = answers.index_select(0, indices);
            _optimizer.zero_grad();
            var logits = _network.forward(text.index_select(0, indices), question.index_select(0, indices));
            var loss = -(target * nn.functional.log_softmax(logits, -1)).sum(-1).mean();
            loss.backward();
            _optimizer.step();
            using (no_grad())
            {
                var accuracy = logits.argmax(-1).eq(target.argmax(-1)).to_type(ScalarType.Float32).mean();
                sums.add_(stack([loss.detach(), accuracy]).to_type(ScalarType.Float64), length);
            }
        }

        var values = sums.data<double>().ToArray();
        return (values[0] / count, values[1] / count);
    }

    public void Dispose()
    {
        _optimizer.Dispose();
        _network.Dispose();
    }

    private sealed class Network : nn.Module<Tensor, Tensor, Tensor>
    {
        private readonly QuestionAnsweringLayers _layers;

        public Network(QuestionAnsweringLayers layers)
            : base("HandWritten")
        {
            _layers = layers;
            register_module("embedded_text", layers.EmbeddedText);
            register_module("encoded_text", layers.EncodedText);
            register_module("embedded_question", layers.EmbeddedQuestion);
            register_module("encoded_question", layers.EncodedQuestion);
            register_module("answer", layers.Answer);
        }

        public override Tensor forward(Tensor text, Tensor question) => _layers.Logits(text, question);
    }
}
