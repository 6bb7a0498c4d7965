using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Recurrent;

/// <summary>A generated LSTM computes the LSTM equations on its own state dict in every mode.</summary>
public sealed class LstmInferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Eval_no_grad_and_Predict_equal_the_lstm_equations_and_the_training_forward()
    {
        using var scope = NewDisposeScope();
        manual_seed(11);
        using var model = new LstmProbe();
        var x = randn(2, 7, 3);
        var expected = Equations(model, x);

        model.train();
        var training = model.forward(x).Hidden.detach();
        model.eval();
        var eval = model.forward(x).Hidden.detach();
        Tensor noGrad;
        using (no_grad())
        {
            noGrad = model.forward(x).Hidden;
        }

        var predicted = model.Predict(new LstmProbe.Inputs(x)).Hidden;

        double Worst(Tensor t) => (t - expected).abs().max().item<float>();
        output.WriteLine($"train {Worst(training):E2}, eval {Worst(eval):E2}, eval+no_grad {Worst(noGrad):E2}, Predict {Worst(predicted):E2}");
        Assert.True(Worst(predicted) < 1e-5, $"Predict differs from the equations by {Worst(predicted)}");
        Assert.True(Worst(training) < 1e-5, $"training forward differs from the equations by {Worst(training)}");
        Assert.True(Worst(eval) < 1e-5, $"eval forward differs from the equations by {Worst(eval)}");
        Assert.True(Worst(noGrad) < 1e-5, $"no_grad forward differs from the equations by {Worst(noGrad)}");
    }

    /// <summary>h_t = o ⊙ tanh(c_t), c_t = f ⊙ c_{t-1} + i ⊙ g, gates from W_ih x + b_ih + W_hh h + b_hh in the order i, f, g, o.</summary>
    private static Tensor Equations(LstmProbe model, Tensor x)
    {
        using var noGrad = no_grad();
        var p = model.state_dict().ToDictionary(kv => kv.Key.Split('.').Last(), kv => kv.Value.detach().clone());
        var batch = x.shape[0];
        var units = p["weight_hh_l0"].shape[1];
        var h = zeros(batch, units);
        var c = zeros(batch, units);
        var steps = new Tensor[x.shape[1]];
        for (var t = 0; t < steps.Length; t++)
        {
            var gates = x[.., t].matmul(p["weight_ih_l0"].t()) + p["bias_ih_l0"] + h.matmul(p["weight_hh_l0"].t()) + p["bias_hh_l0"];
            var chunks = gates.chunk(4, 1);
            c = sigmoid(chunks[1]) * c + sigmoid(chunks[0]) * tanh(chunks[2]);
            h = sigmoid(chunks[3]) * tanh(c);
            steps[t] = h;
        }

        return stack(steps, 1);
    }
}
