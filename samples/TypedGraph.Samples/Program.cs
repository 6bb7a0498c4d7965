using System;
using System.Collections.Generic;
using System.IO;
using TypedGraph.Samples;

// Seed scenarios; each prints its model summary and trains or runs it on synthetic data. The default, the main job,
// trains the social-media profiler with callbacks and writes its checkpoint and TensorBoard logs under ./runs.
// A scenario returns the process exit code.
var scenarios = new Dictionary<string, Func<int>>(StringComparer.OrdinalIgnoreCase)
{
    ["social-media-training"] = Succeeds(() => SocialMediaScenario.Run("runs")),
    ["mlp"] = Succeeds(MlpScenario.Run),
    ["question-answering"] = Succeeds(ForwardScenarios.QuestionAnswering),
    ["social-media"] = Succeeds(ForwardScenarios.SocialMediaProfiler),
    ["inception"] = Succeeds(ForwardScenarios.Inception),
    ["residual"] = Succeeds(ForwardScenarios.Residual),
    ["siamese"] = Succeeds(ForwardScenarios.Siamese),
    ["dual-camera"] = Succeeds(ForwardScenarios.DualCamera),
    ["separable-convnet"] = Succeeds(ForwardScenarios.SeparableConvNet),
    ["fashion"] = () => FashionScenario.Run(Path.Combine("runs", "fashion")),
    ["tune"] = () => TuneScenario.Run(Path.Combine("runs", "tune")),
    ["ensemble"] = EnsembleScenario.Run,
};

var name = args.Length > 0 ? args[0] : "social-media-training";
if (!scenarios.TryGetValue(name, out var scenario))
{
    Console.Error.WriteLine($"Unknown scenario '{name}'. Available: {string.Join(", ", scenarios.Keys)}");
    return 2;
}

return scenario();

static Func<int> Succeeds(Action scenario) => () =>
{
    scenario();
    return 0;
};
