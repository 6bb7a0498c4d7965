using System.Threading;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The work one <see cref="DimComparer"/> decision may do, counted in steps (an evaluation of a side at one assignment,
/// or one residue class of a periodic form), and the cancellation token of the pipeline step asking. A case split over
/// hyper-parameters multiplies the work of the procedures under it (512 assignments × a 16,384-size window), so the whole
/// decision shares one budget: when it is spent the answer is <see cref="DimRelation.Unknown"/> (a run-time check, never
/// a wrong Equal or Different), and a cancelled token stops it between steps, so an editor is never kept waiting.
/// </summary>
internal sealed class ComparisonBudget
{
    /// <summary>
    /// The steps of one decision by default: above every procedure's own limit (a window of 16,384 sizes evaluates both
    /// sides, 32,768 steps; an enumeration at most 8,192), so only splits that would multiply them run out.
    /// </summary>
    public const long DefaultLimit = 1 << 17;

    /// <summary>How often (in steps) the cancellation token is polled.</summary>
    private const long PollInterval = 256;

    private readonly CancellationToken _cancellationToken;
    private long _nextPoll;

    public ComparisonBudget(long limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        Limit = limit;
        _cancellationToken = cancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The most steps the decision may take.</summary>
    public long Limit { get; }

    /// <summary>The steps taken so far (never more than <see cref="Limit"/>).</summary>
    public long Spent { get; private set; }

    /// <summary>
    /// Takes <paramref name="steps"/> steps: throws <see cref="ComparisonBudgetExceededException"/> (which the comparer
    /// answers with Unknown) when they would exceed <see cref="Limit"/>, and <see cref="System.OperationCanceledException"/>
    /// when the token is cancelled.
    /// </summary>
    public void Spend(long steps)
    {
        if (steps > Limit - Spent)
        {
            throw new ComparisonBudgetExceededException();
        }

        Spent += steps;
        if (Spent >= _nextPoll)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _nextPoll = Spent + PollInterval;
        }
    }
}
