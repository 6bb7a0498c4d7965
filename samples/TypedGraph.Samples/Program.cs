using System;
using TypedGraph.Samples;

// Seed scenarios; each prints its model summary and trains or runs it on synthetic data.
var scenario = args.Length > 0 ? args[0] : "mlp";
switch (scenario)
{
    case "mlp":
        MlpScenario.Run();
        return 0;
    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Available: mlp");
        return 2;
}
