namespace Compliance.Documents.Text;

/// <summary>Assigns a segment's value cells to column keys; blank cells become null, never 0.</summary>
internal static class ValueAssigner
{
    public static Dictionary<string, decimal?> Assign(Segment segment, IReadOnlyList<HeaderColumn> columns, bool tabbed, ValueClusters? clusters)
    {
        var values = columns.ToDictionary(c => c.Key, _ => (decimal?)null, StringComparer.Ordinal);
        if (columns.Count == 0)
        {
            return values;
        }

        if (tabbed)
        {
            var cells = segment.Values.ToList();
            while (cells.Count > columns.Count && cells[0].IsEmpty)
            {
                cells.RemoveAt(0);
            }

            while (cells.Count > columns.Count && cells[^1].IsEmpty)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            for (var i = 0; i < Math.Min(cells.Count, columns.Count); i++)
            {
                values[columns[i].Key] = cells[i].Amount;
            }

            return values;
        }

        var numbers = segment.Values.Where(c => c.IsNumber).ToList();
        if (numbers.Count == 0)
        {
            return values;
        }

        if (clusters is not null && columns.Count > 1 && numbers.Count < columns.Count)
        {
            var map = clusters.ToColumns(columns);
            var taken = new HashSet<int>();
            foreach (var number in numbers)
            {
                var column = map[clusters.IndexOf(number)];
                if (taken.Add(column))
                {
                    values[columns[column].Key] = number.Amount;
                }
            }

            return values;
        }

        for (var i = 0; i < Math.Min(numbers.Count, columns.Count); i++)
        {
            values[columns[i].Key] = numbers[i].Amount;
        }

        return values;
    }
}
