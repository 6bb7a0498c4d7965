using System;
using System.Collections.Generic;
using TypedGraph.Samples;

// Seed scenarios; each prints its model summary and trains or runs it on synthetic data. The default, the main job,
// trains the social-media profiler with callbacks and writes its checkpoint and TensorBoard logs under ./runs.
var scenarios = new Dictionary<string, Action>(StringComparer.OrdinalIgnoreCase)
{
    ["social-media-training"] = () => SocialMediaScenario.Run("runs"),
    ["mlp"] = MlpScenario.Run,
    ["question-answering"] = ForwardScenarios.QuestionAnswering,
    ["social-media"] = ForwardScenarios.SocialMediaProfiler,
    ["inception"] = ForwardScenarios.Inception,
    ["residual"] = ForwardScenarios.Residual,
    ["siamese"] = ForwardScenarios.Siamese,
    ["dual-camera"] = ForwardScenarios.DualCamera,
    ["separable-convnet"] = ForwardScenarios.SeparableConvNet,
};

var name = args.Length > 0 ? args[0] : "social-media-training";
if (!scenarios.TryGetValue(name, out var scenario))
{
    Console.Error.WriteLine($"Unknown scenario '{name}'. Available: {string.Join(", ", scenarios.Keys)}");
    return 2;
}

scenario();
return 0;
