using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Tests.Analysis;

using Dim = TypedGraph.Generators.Analysis.Dim;

/// <summary>
/// Exact answers of <see cref="DimComparer"/>: Equal only when equal for every size, Different only when different
/// for every size greater than 1, Unknown otherwise, for the shapes real models build.
/// </summary>
public sealed class DimComparerTests
{
    private static readonly Dim H = Dim.Symbol("H");
    private static readonly Dim W = Dim.Symbol("W");
    private static readonly Dim K = Dim.Symbol("K");

    [Fact]
    public void Ceil_by_1024_and_ceil_by_2048_are_equal_only_for_small_sizes() =>
        Assert.Equal(DimRelation.Unknown, Compare(Dim.CeilDivide(H, 1024), Dim.CeilDivide(H, 2048)));

    [Fact]
    public void A_size_and_its_half_differ_for_every_size_above_1() =>
        Assert.Equal(DimRelation.Different, Compare(H, Dim.CeilDivide(H, 2)));

    [Fact]
    public void Valid_3x3_stride_2_and_ceil_of_h_minus_2_halves_agree_for_every_size() =>
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide(H - 3, 2) + 1, Dim.CeilDivide(H - 2, 2)));

    [Fact]
    public void Valid_1x1_stride_2_equals_same_stride_2() =>
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide(H - 1, 2) + 1, Dim.CeilDivide(H, 2)));

    [Fact]
    public void Valid_3x3_stride_2_is_one_less_than_same_stride_2() =>
        Assert.Equal(DimRelation.Different, Compare(Dim.FloorDivide(H - 3, 2) + 1, Dim.CeilDivide(H, 2)));

    [Fact]
    public void Resnet_stem_conv_then_pool_against_same_padding_by_4()
    {
        // 7x7/2 "same" then 3x3/2 valid after ZeroPadding(1): ceil(H/2) → (ceil(H/2)+2-3)/2+1 = ceil(ceil(H/2)/2) = ceil(H/4)
        var stem = Dim.FloorDivide(Dim.CeilDivide(H, 2) + 2 - 3, 2) + 1;
        Assert.Equal(DimRelation.Equal, Compare(stem, Dim.CeilDivide(H, 4)));
        Assert.Equal(DimRelation.Unknown, Compare(stem, Dim.FloorDivide(H, 4)));
    }

    [Fact]
    public void Nested_halvings_equal_one_division()
    {
        Assert.Equal(DimRelation.Equal, Compare(Dim.CeilDivide(Dim.CeilDivide(Dim.CeilDivide(H, 2), 2), 2), Dim.CeilDivide(H, 8)));
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide(Dim.FloorDivide(H, 3), 5), Dim.FloorDivide(H, 15)));
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide(H * Dim.Of(6) + 4, 3), H * Dim.Of(2) + 1));
    }

    [Fact]
    public void Constants_compare_by_value()
    {
        Assert.Equal(DimRelation.Equal, Compare(Dim.Of(7), Dim.Of(7)));
        Assert.Equal(DimRelation.Different, Compare(Dim.Of(32), Dim.Of(16)));
        Assert.Equal(DimRelation.Different, Compare(Dim.Of(1), Dim.Of(16)));
    }

    [Fact]
    public void A_constant_against_a_symbol()
    {
        Assert.Equal(DimRelation.Unknown, Compare(H, Dim.Of(7)));
        Assert.Equal(DimRelation.Different, Compare(H + 1, Dim.Of(2)));
        Assert.Equal(DimRelation.Different, Compare(H, Dim.Of(1)));
        Assert.Equal(DimRelation.Unknown, Compare(Dim.CeilDivide(H, 1024), Dim.Of(1)));
    }

    [Fact]
    public void Sums_of_several_symbols_decompose()
    {
        Assert.Equal(DimRelation.Equal, Compare(H + W, W + H));
        Assert.Equal(DimRelation.Equal, Compare(H + 1 + W, H + (W + 1)));
        Assert.Equal(DimRelation.Equal, Compare(Dim.CeilDivide(H, 2) + W, W + (Dim.FloorDivide(H + 1, 2))));
        Assert.Equal(DimRelation.Different, Compare(H + W, H));
        Assert.Equal(DimRelation.Different, Compare(H + W, H + 1));
        Assert.Equal(DimRelation.Different, Compare(H * Dim.Of(2), W * Dim.Of(2) + 1));
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide((H + W) * Dim.Of(2), 2), W + H));
        Assert.Equal(DimRelation.Unknown, Compare(Dim.FloorDivide(H + W, 2), Dim.CeilDivide(W + H, 2)));
        Assert.Equal(DimRelation.Unknown, Compare(H, W));
        Assert.Equal(DimRelation.Unknown, Compare(H + W, Dim.Of(64)));
    }

    [Fact]
    public void Symbol_products_are_compared_as_opaque_terms()
    {
        Assert.Equal(DimRelation.Equal, Compare(H * W * Dim.Of(2), (H * W) + (H * W)));
        Assert.Equal(DimRelation.Different, Compare(H * W, (H * W) + 1));
        Assert.Equal(DimRelation.Unknown, Compare(H * W, H + W));
        Assert.Equal(DimRelation.Different, Compare(Dim.CeilDivide(H * W, 2), Dim.CeilDivide(H * W, 2) + 3));
    }

    [Fact]
    public void Domains_narrow_the_sizes()
    {
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(H, Dim.CeilDivide(H, 2), _ => SymbolDomain.Range(1, 1)));
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(Dim.FloorDivide(H - 3, 2) + 1, Dim.Of(2), _ => SymbolDomain.Range(5, 6)));
        Assert.Equal(DimRelation.Unknown, DimComparer.Compare(Dim.FloorDivide(H - 3, 2) + 1, Dim.Of(2), _ => SymbolDomain.Range(5, 7)));
        Assert.Equal(DimRelation.Different, DimComparer.Compare(Dim.CeilDivide(H, 1024), Dim.CeilDivide(H, 2048), _ => SymbolDomain.Range(1025)));
    }

    [Fact]
    public void Finite_domains_are_decided_exactly()
    {
        Assert.Equal(DimRelation.Different, DimComparer.Compare(K, Dim.Of(4), _ => SymbolDomain.OfValues([3, 5, 7])));
        Assert.Equal(DimRelation.Unknown, DimComparer.Compare(K * Dim.Of(2), Dim.Of(6), _ => SymbolDomain.OfValues([3, 5])));
        Assert.Equal(DimRelation.Different, DimComparer.Compare(K * Dim.Of(2), Dim.Of(6), _ => SymbolDomain.OfValues([5, 7])));
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(Dim.CeilDivide(K, 2), Dim.FloorDivide(K + 1, 2), name => name == "K" ? SymbolDomain.OfValues([16, 32]) : null));
        Assert.Equal(DimRelation.Different, DimComparer.Compare(H + K, H, name => name == "K" ? SymbolDomain.OfValues([16, 32]) : null));
    }

    [Fact]
    public void Periods_beyond_the_limit_fall_back_to_unknown() =>
        Assert.Equal(DimRelation.Unknown, Compare(Dim.CeilDivide(Dim.CeilDivide(H, 65537), 65539), Dim.CeilDivide(H, 65539)));

    [Fact]
    public void Huge_numbers_fall_back_to_unknown_without_throwing() =>
        Assert.Equal(DimRelation.Unknown, Compare((H * Dim.Of(1L << 62)) + (H * Dim.Of(1L << 62)), H));

    [Fact]
    public void A_hyper_parameter_divisor_is_split_over_its_values()
    {
        // Pool ∈ {2, 3}; H an input size (every integer ≥ 1), never enumerated.
        var pool = Dim.Symbol("Pool");
        SymbolDomain? Domains(string name) => name == "Pool" ? SymbolDomain.OfValues([2, 3]) : null;
        var pooled = Dim.FloorDivide(H, pool);

        Assert.Equal("H/Pool", pooled.ToString());
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(pooled, Dim.FloorDivide(H, pool), Domains));
        // The valid-window form floor((H − Pool)/Pool) + 1 is the same size for every H and every Pool.
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(pooled, Dim.FloorDivide(H - pool, pool) + 1, Domains));
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(Dim.CeilDivide(H, pool), Dim.FloorDivide(H + pool - 1, pool), Domains));
        Assert.Equal(DimRelation.Different, DimComparer.Compare(pooled, pooled + 1, Domains));
        // Pool = 2: H/2 against H/2, equal; Pool = 3: H/3 against H/2, equal at H = 3 only: neither for the whole space.
        Assert.Equal(DimRelation.Unknown, DimComparer.Compare(pooled, Dim.FloorDivide(H, 2), Domains));
        // floor(H/2) < H and floor(H/3) < H for every H > 1: different at each value of Pool.
        Assert.Equal(DimRelation.Different, DimComparer.Compare(pooled, H, Domains));
    }

    [Fact]
    public void A_divisor_value_of_1_counts_for_equal_only()
    {
        // Pool = 1 makes H/Pool equal to H; Different asks about sizes > 1 only, so Pool ∈ {1, 2} still gives Different.
        var pool = Dim.Symbol("Pool");
        Assert.Equal(DimRelation.Different, DimComparer.Compare(Dim.FloorDivide(H, pool), H, name => name == "Pool" ? SymbolDomain.OfValues([1, 2]) : null));
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(Dim.FloorDivide(H, pool), H, name => name == "Pool" ? SymbolDomain.OfValues([1]) : null));
    }

    [Fact]
    public void A_hyper_parameter_factor_is_split_over_its_values()
    {
        var factor = Dim.Symbol("Factor");
        var upsampled = H * factor;

        Assert.Equal(DimRelation.Equal, DimComparer.Compare(upsampled, H * Dim.Of(2), name => name == "Factor" ? SymbolDomain.OfValues([2]) : null));
        Assert.Equal(DimRelation.Different, DimComparer.Compare(upsampled, H * Dim.Of(2), name => name == "Factor" ? SymbolDomain.OfValues([3, 4]) : null));
        Assert.Equal(DimRelation.Unknown, DimComparer.Compare(upsampled, H * Dim.Of(2), name => name == "Factor" ? SymbolDomain.OfValues([2, 3]) : null));
        // Upsampling by Factor then pooling by Factor gives H back, whatever the factor.
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(Dim.FloorDivide(upsampled, factor), H, name => name == "Factor" ? SymbolDomain.OfValues([2, 3, 5]) : null));
    }

    [Fact]
    public void A_divisor_without_a_finite_domain_stays_an_opaque_term()
    {
        // W is an input size: no split is possible, and no answer is claimed that brute force could refute.
        Assert.Equal(DimRelation.Unknown, Compare(Dim.FloorDivide(H, W), H));
        Assert.Equal(DimRelation.Different, Compare(Dim.FloorDivide(H, W), Dim.FloorDivide(H, W) + 1));
        Assert.Equal("H/W", Dim.FloorDivide(H, W).ToString());
        Assert.Equal("ceil((H+1)/(W*2))", Dim.CeilDivide(H + 1, W * Dim.Of(2)).ToString());
    }

    [Fact]
    public void Subtraction_is_normalised_as_the_sum_with_the_negated_operand()
    {
        // The same normal form the layers built by hand (a + b·(−1)), so generated code does not change.
        Assert.Equal(H + (K * Dim.Of(-1)), H - K);
        Assert.Equal(H + (K * Dim.Of(-2)), H - (K * Dim.Of(2)));
        Assert.Equal(H - 4, H - Dim.Of(4));
        Assert.Equal(H, H - Dim.Of(0));
        Assert.Equal(Dim.Of(4), Dim.Of(7) - Dim.Of(3));
        Assert.Equal(K * Dim.Of(-1) + 7, Dim.Of(7) - K);
        Assert.Equal("H-K", (H - K).ToString());
        Assert.Equal("H-K*2", (H - (K * Dim.Of(2))).ToString());
        Assert.Equal("7-K", (Dim.Of(7) - K).ToString());
        Assert.Equal("H+W-K", ((H + W) - K).ToString());
        Assert.Equal(7, (H - K).Evaluate(name => name == "H" ? 10 : 3));
        Assert.Equal(-3, (Dim.Of(2) - (H - Dim.Of(1)) - H).Evaluate(_ => 3));
    }

    [Fact]
    public void A_difference_plus_its_subtrahend_is_the_minuend()
    {
        // Nothing cancels when the expression is built ((H-K)+K stays a sum); the comparer proves the equality.
        var restored = (H - K) + K;
        Assert.NotEqual(H, restored);
        Assert.Equal(DimRelation.Equal, Compare(restored, H));
        Assert.Equal(DimRelation.Equal, DimComparer.Compare(restored, H, name => name == "K" ? SymbolDomain.OfValues([3, 5]) : null));
        Assert.Equal(DimRelation.Equal, Compare(Dim.FloorDivide((H - K) + K, 2), Dim.FloorDivide(H, 2)));
        Assert.Equal(DimRelation.Equal, Compare(H - H, Dim.Of(0)));
        Assert.Equal(DimRelation.Different, Compare(restored, H + 1));
        Assert.Equal(DimRelation.Unknown, Compare(H - K, H - W));
    }

    [Fact]
    public void A_pathological_split_returns_unknown_within_its_budget()
    {
        // Pool takes 64 values, A and B 64 each: the split decides 64 sides of two symbols, each by enumerating 64 × 64
        // assignments — 64 × 8,192 evaluations, four times the budget. The sides differ everywhere.
        var (a, b, pool) = (Dim.Symbol("A"), Dim.Symbol("B"), Dim.Symbol("Pool"));
        SymbolDomain? Domains(string name) => SymbolDomain.OfValues(Enumerable.Range(name == "Pool" ? 2 : 1, 64).Select(v => (long)v));
        var left = Dim.FloorDivide(a + b, pool);
        var right = left + 1;

        var budget = new ComparisonBudget();
        Assert.Equal(DimRelation.Unknown, DimComparer.Compare(left, right, Domains, budget));
        Assert.InRange(budget.Spent, ComparisonBudget.DefaultLimit - 1, ComparisonBudget.DefaultLimit);

        // With room for the whole split, the answer is Different: the budget, not a wrong rule, made it Unknown.
        var unbounded = new ComparisonBudget(limit: 1 << 22);
        Assert.Equal(DimRelation.Different, DimComparer.Compare(left, right, Domains, unbounded));
        Assert.Equal(64L * (1 + (64 * 64 * 2)), unbounded.Spent);
    }

    [Fact]
    public void A_cancelled_token_stops_the_comparison()
    {
        var pool = Dim.Symbol("Pool");
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<System.OperationCanceledException>(() =>
            DimComparer.Compare(Dim.FloorDivide(H, pool), H, name => name == "Pool" ? SymbolDomain.OfValues([2, 3]) : null, cancelled.Token));

        // Cancelled once the decision has started (by the first domain lookup): the budget polls the token between steps.
        using var later = new System.Threading.CancellationTokenSource();
        SymbolDomain? Domains(string name)
        {
            later.Cancel();
            return name == "Pool" ? SymbolDomain.OfValues([2, 3]) : null;
        }

        Assert.Throws<System.OperationCanceledException>(() => DimComparer.Compare(Dim.FloorDivide(H, pool), H, Domains, later.Token));
    }

    private static DimRelation Compare(Dim a, Dim b) => DimComparer.Compare(a, b);
}
