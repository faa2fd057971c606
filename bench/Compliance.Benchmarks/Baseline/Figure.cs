using Compliance.Documents.Catalogue;
using Compliance.Documents.Model;
using Compliance.Rules.Tolerance;

namespace Compliance.Benchmarks.Baseline;

/// <summary>A figure read straight from the tables: present when its cells exist, their sum, and its printed interval.</summary>
internal readonly record struct Figure(bool Present, decimal? Value, Interval Interval)
{
    public static readonly Figure Absent = new(false, null, Interval.Zero);

    public static Figure Of(decimal? value) => new(value is not null, value, Interval.PrintedOrBlank(value));

    public Figure Add(decimal? cell) => cell is { } v
        ? new Figure(true, (Value ?? 0m) + v, Interval + Interval.Printed(v))
        : this with { Present = true };
}

/// <summary>Plain lookups a programmer would write by hand: find the table, find the row, read the column.</summary>
internal static class Tables
{
    public static Table? Find(Document d, string id)
    {
        foreach (var t in d.Tables)
        {
            if (t.Id == id)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>A table that declares its columns and lacks this one does not print the figure.</summary>
    public static bool HasColumn(Table t, string column)
    {
        if (t.Columns.Count == 0)
        {
            return true;
        }

        foreach (var c in t.Columns)
        {
            if (c.Key == column)
            {
                return true;
            }
        }

        return false;
    }

    public static Figure Keys(Table? t, string column, params string[] keys)
    {
        if (t is null || !HasColumn(t, column))
        {
            return Figure.Absent;
        }

        var f = Figure.Absent;
        foreach (var key in keys)
        {
            foreach (var row in t.Rows)
            {
                if (row.Key == key)
                {
                    f = f.Add(row.Value(column));
                }
            }
        }

        return f;
    }

    public static Figure Key(Document d, string table, string key, string column) => Keys(Find(d, table), column, key);

    public static Figure Code(Table? t, string code, string column)
    {
        if (t is null || !HasColumn(t, column))
        {
            return Figure.Absent;
        }

        var f = Figure.Absent;
        foreach (var row in t.Rows)
        {
            if (row.Code == code)
            {
                f = f.Add(row.Value(column));
            }
        }

        return f;
    }

    public static Figure Level(Table? t, int level, string column)
    {
        if (t is null || !HasColumn(t, column))
        {
            return Figure.Absent;
        }

        var f = Figure.Absent;
        foreach (var row in t.Rows)
        {
            if (LevelOf(row) == level)
            {
                f = f.Add(row.Value(column));
            }
        }

        return f;
    }

    public static Figure Cell(Table t, Row row, string column) => HasColumn(t, column) ? Figure.Absent.Add(row.Value(column)) : Figure.Absent;

    public static int LevelOf(Row row)
    {
        var level = FunctionalClasses.Level(row.Code);
        if (level == 0)
        {
            return 0;
        }

        foreach (var c in row.Code!)
        {
            if (!char.IsAsciiDigit(c))
            {
                return 0;
            }
        }

        return level;
    }

    /// <summary>Sum of the cells, null when all are blank or absent (what a rule expression's reference yields).</summary>
    public static decimal? Sum(Document d, string table, string key, string column) => Key(d, table, key, column).Value;
}
