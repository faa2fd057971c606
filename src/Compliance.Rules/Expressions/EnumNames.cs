using System.Runtime.CompilerServices;

namespace Compliance.Rules.Expressions;

/// <summary>
/// An enum member's name as expressions compare it (<c>kind == 'Budget'</c>, <c>c.kind == 'Amount'</c>): read from
/// an array for the usual members numbered 0, 1, 2 …, where <see cref="Enum.ToString()"/> looks it up on each call
/// (rule conditions and claim filters ask it for every rule, claim and check).
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = [.. Values.Select(v => v.ToString())];
    private static readonly bool Indexed = Enum.GetUnderlyingType(typeof(T)) == typeof(int);

    public static string Of(T value)
    {
        if (Indexed)
        {
            var i = Unsafe.As<T, int>(ref value);
            if ((uint)i < (uint)Values.Length && EqualityComparer<T>.Default.Equals(Values[i], value))
            {
                return Names[i];
            }
        }

        return value.ToString();
    }
}
