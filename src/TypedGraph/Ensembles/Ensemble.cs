using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedGraph;

/// <summary>
/// Creates ensembles of trained models (Deep Learning with Python, §7.3.3): <see cref="ModelEnsemble{TInputs, TOutputs, TTargets}"/>
/// averages the members' outputs after their final activations with weights that are at least 0 and sum to 1.
/// Members of one <c>[Model]</c> class are passed as an array or sequence; members of different classes whose inputs
/// and outputs agree position by position through the overloads taking the first member apart from the others (the
/// first member's records type the ensemble; a mismatch is an <see cref="ArgumentException"/> naming the position, and
/// the compile-time diagnostic TG0041 where the call is visible).
/// </summary>
public static class Ensemble
{
    /// <summary>The plain average: every member weighs <c>1 / count</c>.</summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <exception cref="ArgumentException">No member, a null member, or members on different devices.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Average<TInputs, TOutputs, TTargets>(params Model<TInputs, TOutputs, TTargets>[] members)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets> =>
        Average((IEnumerable<Model<TInputs, TOutputs, TTargets>>)members);

    /// <summary>The plain average of a sequence of models (a tuner's best models, checkpoints loaded in a loop).</summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <exception cref="ArgumentException">No member, a null member, or members on different devices.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Average<TInputs, TOutputs, TTargets>(IEnumerable<Model<TInputs, TOutputs, TTargets>> members)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var checkedMembers = Members(members, nameof(members));
        return new(checkedMembers, Uniform(checkedMembers.Length));
    }

    /// <summary>The plain average of models of different <c>[Model]</c> classes whose inputs and outputs agree position by position.</summary>
    /// <param name="first">The first member; its <c>Inputs</c>, <c>Outputs</c> and <c>Targets</c> type the ensemble and its losses and metrics score it.</param>
    /// <param name="others">The other members, of any <c>[Model]</c> class matching <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException">A null member, members on different devices, or a member whose inputs or outputs disagree with <paramref name="first"/> (the message names the position).</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Average<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> first, params IModel[] others)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var checkedMembers = Members(first, others);
        return new(checkedMembers, Uniform(checkedMembers.Length));
    }

    /// <summary>A weighted average: member i weighs <c>weights[i] / Σ weights</c>.</summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <param name="weights">One finite weight of at least 0 per member, not all 0; normalized to sum to 1.</param>
    /// <exception cref="ArgumentException">No member, a null member, members on different devices, a weight count that differs from the member count, or a negative, non-finite or all-zero weight.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Weighted<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets>[] members, double[] weights)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets> =>
        Weighted((IEnumerable<Model<TInputs, TOutputs, TTargets>>)members, (IReadOnlyList<double>)weights);

    /// <summary>A weighted average of a sequence of models: member i weighs <c>weights[i] / Σ weights</c>.</summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <param name="weights">One finite weight of at least 0 per member, not all 0; normalized to sum to 1.</param>
    /// <exception cref="ArgumentException">As <see cref="Weighted{TInputs, TOutputs, TTargets}(Model{TInputs, TOutputs, TTargets}[], double[])"/>.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Weighted<TInputs, TOutputs, TTargets>(IEnumerable<Model<TInputs, TOutputs, TTargets>> members, IReadOnlyList<double> weights)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var checkedMembers = Members(members, nameof(members));
        return new(checkedMembers, Normalized(weights, checkedMembers.Length));
    }

    /// <summary>A weighted average of models of different <c>[Model]</c> classes whose inputs and outputs agree position by position.</summary>
    /// <param name="first">The first member, which types and scores the ensemble.</param>
    /// <param name="others">The other members.</param>
    /// <param name="weights">One weight per member, <paramref name="first"/>'s first; normalized to sum to 1.</param>
    /// <exception cref="ArgumentException">As the other overloads, or a member that disagrees with <paramref name="first"/>.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> Weighted<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> first, IModel[] others, double[] weights)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var checkedMembers = Members(first, others);
        return new(checkedMembers, Normalized(weights, checkedMembers.Length));
    }

    /// <summary>
    /// Fits the weights on validation data: <c>w* = argmin_{w ≥ 0, Σw = 1} L(Σᵢ wᵢ · pᵢ(x), y)</c>, where <c>pᵢ(x)</c> are
    /// member i's outputs after their final activations and <c>L</c> the first member's compiled loss (losses and loss
    /// weights) on the averaged outputs. The members run once over the data; the convex problem is then solved by a
    /// projected Newton method on the simplex (gradient and Hessian from autograd, Armijo backtracking), from equal
    /// weights, until a step moves no weight by more than 1e-9 (docs/ensembles.md). Fit on data the members did not train on.
    /// </summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <param name="x">The validation inputs.</param>
    /// <param name="y">The validation targets.</param>
    /// <param name="batchSize">Samples per forward pass of the members.</param>
    /// <exception cref="ArgumentException">No member, a null member, members on different devices, or empty or inconsistent data.</exception>
    /// <exception cref="InvalidOperationException">No output has a loss to fit the weights to.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> LearnWeights<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets>[] members, TInputs x, TTargets y, int batchSize = 32)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets> =>
        LearnWeights((IEnumerable<Model<TInputs, TOutputs, TTargets>>)members, x, y, batchSize);

    /// <summary>Fits the weights of a sequence of models on validation data, as <see cref="LearnWeights{TInputs, TOutputs, TTargets}(Model{TInputs, TOutputs, TTargets}[], TInputs, TTargets, int)"/>.</summary>
    /// <param name="members">The trained models, at least one, all on one device.</param>
    /// <param name="x">The validation inputs.</param>
    /// <param name="y">The validation targets.</param>
    /// <param name="batchSize">Samples per forward pass of the members.</param>
    /// <exception cref="ArgumentException">No member, a null member, members on different devices, or empty or inconsistent data.</exception>
    /// <exception cref="InvalidOperationException">No output has a loss to fit the weights to.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> LearnWeights<TInputs, TOutputs, TTargets>(IEnumerable<Model<TInputs, TOutputs, TTargets>> members, TInputs x, TTargets y, int batchSize = 32)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets> =>
        Learn<TInputs, TOutputs, TTargets>(Members(members, nameof(members)), x, y, batchSize);

    /// <summary>Fits the weights of models of different <c>[Model]</c> classes whose inputs and outputs agree position by position.</summary>
    /// <param name="first">The first member, which types and scores the ensemble.</param>
    /// <param name="others">The other members.</param>
    /// <param name="x">The validation inputs.</param>
    /// <param name="y">The validation targets.</param>
    /// <param name="batchSize">Samples per forward pass of the members.</param>
    /// <exception cref="ArgumentException">As the other overloads, or a member that disagrees with <paramref name="first"/>.</exception>
    /// <exception cref="InvalidOperationException">No output has a loss to fit the weights to.</exception>
    public static ModelEnsemble<TInputs, TOutputs, TTargets> LearnWeights<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> first, IModel[] others, TInputs x, TTargets y, int batchSize = 32)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets> =>
        Learn<TInputs, TOutputs, TTargets>(Members(first, others), x, y, batchSize);

    private static ModelEnsemble<TInputs, TOutputs, TTargets> Learn<TInputs, TOutputs, TTargets>(IPositionalModel[] members, TInputs x, TTargets y, int batchSize)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var start = new ModelEnsemble<TInputs, TOutputs, TTargets>(members, Uniform(members.Length));
        var (weights, iterations) = EnsembleWeights.Learn(start, x.ToTensors(), y.ToTensors(), batchSize);
        return new(members, Normalized(weights, members.Length)) { FitIterations = iterations };
    }

    private static IPositionalModel[] Members<TInputs, TOutputs, TTargets>(IEnumerable<Model<TInputs, TOutputs, TTargets>> members, string argument)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        ArgumentNullException.ThrowIfNull(members, argument);
        var list = new List<IPositionalModel>();
        foreach (var member in members)
        {
            list.Add(member ?? throw new ArgumentException($"Ensemble member {list.Count} is null.", argument));
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("An ensemble needs at least one member, but none was given.", argument);
        }

        return Checked(list, argument);
    }

    private static IPositionalModel[] Members<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> first, IModel[] others)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(others);
        var list = new List<IPositionalModel> { first };
        foreach (var other in others)
        {
            list.Add(other switch
            {
                null => throw new ArgumentException($"Ensemble member {list.Count} is null.", nameof(others)),
                IPositionalModel member => member,
                _ => throw new ArgumentException(
                    $"Ensemble member {list.Count} ({other.GetType().Name}) is not a generated model (Model<TInputs, TOutputs, TTargets>).", nameof(others)),
            });
            EnsembleCompatibility.Check(first, list[^1], list.Count - 1, nameof(others));
        }

        return Checked(list, nameof(others));
    }

    private static IPositionalModel[] Checked(List<IPositionalModel> members, string argument)
    {
        var device = DeviceOf(members[0]);
        for (var i = 1; i < members.Count; i++)
        {
            var other = DeviceOf(members[i]);
            if (other != device)
            {
                throw new ArgumentException(
                    $"Ensemble members must be on one device, but member 0 ({members[0].GetType().Name}) is on {device} and member {i} ({members[i].GetType().Name}) on {other}. Move them with .to(device) first.",
                    argument);
            }
        }

        return [.. members];
    }

    private static string DeviceOf(IModel member)
    {
        foreach (var parameter in member.AsModule.parameters())
        {
            return parameter.device.ToString();
        }

        return "cpu";
    }

    private static double[] Uniform(int count)
    {
        var weights = new double[count];
        Array.Fill(weights, 1.0 / count);
        return weights;
    }

    private static double[] Normalized(IReadOnlyList<double> weights, int count)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != count)
        {
            throw new ArgumentException($"Expected {count} weight(s), one per ensemble member, but got {weights.Count}.", nameof(weights));
        }

        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            var weight = weights[i];
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The weight of ensemble member {i} is {weight}; weights must be finite and at least 0."), nameof(weights));
            }

            sum += weight;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("The ensemble weights are all 0; at least one member must have a weight greater than 0.", nameof(weights));
        }

        return weights.Select(weight => weight / sum).ToArray();
    }
}
