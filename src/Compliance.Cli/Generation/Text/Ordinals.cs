namespace Compliance.Cli.Generation.Text;

/// <summary>Chinese ordinal prefixes (一、 … 二十九、) that summary tables print before row names.</summary>
internal static class Ordinals
{
    private const string Digits = "一二三四五六七八九";

    public static string Prefix(int n) => Number(n) + "、";

    public static string Number(int n) => n switch
    {
        < 1 => "",
        < 10 => Digits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 11],
        _ => Digits[(n / 10) - 1] + "十" + (n % 10 == 0 ? "" : Digits[(n % 10) - 1].ToString()),
    };
}
