namespace Compliance.Documents.Text;

/// <summary>A candidate cluster→column map (or value→column map for a lone row) with its scores.</summary>
internal sealed record MapFit(int[] Map, int Arith, double Prior, int Closeness);

/// <summary>
/// The candidate maps of values to columns (every increasing choice of columns) and the choice among them:
/// arithmetic first, then the table's column pattern, then agreement with the printed positions.
/// </summary>
internal static class ColumnMaps
{
    /// <summary>
    /// Every increasing choice of <paramref name="count"/> column indexes out of <paramref name="of"/>. A page can have
    /// hundreds, so they come in one buffer that each step overwrites: a caller copies the map it keeps.
    /// </summary>
    public static IEnumerable<int[]> Increasing(int of, int count)
    {
        var current = new int[count];
        for (var i = 0; i < count; i++)
        {
            current[i] = i;
        }

        while (true)
        {
            yield return current;
            var k = count - 1;
            while (k >= 0 && current[k] == of - count + k)
            {
                k--;
            }

            if (k < 0)
            {
                yield break;
            }

            current[k]++;
            for (var j = k + 1; j < count; j++)
            {
                current[j] = current[j - 1] + 1;
            }
        }
    }

    /// <summary>
    /// The best-scoring map (the first of equals, in the order the maps come), how many other maps share its
    /// arithmetic, and the highest prior among those rivals (meaningless when there are none).
    /// </summary>
    public static (MapFit Best, int Rivals, double RivalPrior) Choose(
        IEnumerable<int[]> maps, Func<int[], (int Arith, double Prior, int Closeness)> score)
    {
        MapFit? best = null;
        var bestAt = -1;
        var scores = new List<(int Arith, double Prior)>();
        foreach (var map in maps)
        {
            var (arith, prior, closeness) = score(map);
            if (best is null || arith > best.Arith
                || (arith == best.Arith && (prior > best.Prior || (prior == best.Prior && closeness > best.Closeness))))
            {
                best = new MapFit([.. map], arith, prior, closeness);
                bestAt = scores.Count;
            }

            scores.Add((arith, prior));
        }

        if (best is null)
        {
            throw new InvalidOperationException("No candidate map to choose from.");
        }

        var rivals = 0;
        var rivalPrior = double.MinValue;
        for (var i = 0; i < scores.Count; i++)
        {
            if (i != bestAt && scores[i].Arith == best.Arith)
            {
                rivals++;
                rivalPrior = scores[i].Prior > rivalPrior ? scores[i].Prior : rivalPrior;
            }
        }

        return (best, rivals, rivalPrior);
    }
}
