namespace Compliance.Documents.Catalogue;

/// <summary>
/// The 类 (3-digit) level of the government functional classification (政府收支分类 支出功能分类), with the
/// names summary tables print instead of codes.
/// </summary>
public static class FunctionalClasses
{
    /// <summary>Code → name of every 类.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
        ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
        ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"),
        ("214", "交通运输支出"), ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"),
        ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), ("222", "粮油物资储备支出"),
        ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"), ("227", "预备费"), ("229", "其他支出"),
        ("230", "转移性支出"), ("231", "债务还本支出"), ("232", "债务付息支出"), ("233", "债务发行费用支出"),
        ("234", "抗疫特别国债安排的支出"),
    ];

    private static readonly Dictionary<string, string> ByName = All.ToDictionary(c => Normalize(c.Name), c => c.Code);

    /// <summary>The 类 code for a printed class name ("八、社会保障和就业支出" → 208), or null.</summary>
    public static string? CodeOf(string printedName)
    {
        var name = Normalize(printedName);
        if (ByName.TryGetValue(name, out var code))
        {
            return code;
        }

        // Older and regional names: 资源勘探信息等支出, 商品服务业等支出, 债务付息.
        return name switch
        {
            "资源勘探信息等支出" or "资源勘探电力信息等支出" => "215",
            "商品服务业等支出" => "216",
            "债务付息" => "232",
            "债务还本" => "231",
            "文化体育与传媒支出" => "207",
            "医疗卫生与计划生育支出" or "医疗卫生支出" => "210",
            _ => null,
        };
    }

    /// <summary>Level of a functional code: 1 类 (3 digits), 2 款 (5), 3 项 (7); 0 for anything else.</summary>
    public static int Level(string? code) => code?.Length switch
    {
        3 => 1,
        5 => 2,
        7 => 3,
        _ => 0,
    };

    /// <summary>The parent code (款 of a 项, 类 of a 款), or null for a 类.</summary>
    public static string? Parent(string code) => code.Length switch
    {
        5 => code[..3],
        7 => code[..5],
        _ => null,
    };

    private static string Normalize(string s)
    {
        var span = s.AsSpan().Trim();
        // Strip an ordinal prefix such as "八、" or "8." that summary tables print.
        var cut = span.IndexOfAny('、', '.', '．');
        if (cut is > 0 and <= 4)
        {
            span = span[(cut + 1)..];
        }

        return span.ToString().Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);
    }
}
