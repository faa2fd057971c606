namespace Compliance.Cli.Generation;

/// <summary>A city or district whose departments publish budgets: printed name, ASCII slug and 行政区划代码.</summary>
/// <param name="Name">Printed name, e.g. 武汉市东西湖区.</param>
/// <param name="Slug">ASCII slug for file names, e.g. wuhan-dongxihu.</param>
/// <param name="AdminCode">Six-digit administrative division code, the prefix of project codes.</param>
internal sealed record Region(string Name, string Slug, string AdminCode);

/// <summary>The districts and cities synthetic departments belong to.</summary>
internal static class Regions
{
    public static IReadOnlyList<Region> All { get; } =
    [
        new("武汉市东西湖区", "wuhan-dongxihu", "420112"),
        new("武汉市江岸区", "wuhan-jiangan", "420102"),
        new("武汉市洪山区", "wuhan-hongshan", "420111"),
        new("成都市武侯区", "chengdu-wuhou", "510107"),
        new("成都市锦江区", "chengdu-jinjiang", "510104"),
        new("杭州市西湖区", "hangzhou-xihu", "330106"),
        new("杭州市余杭区", "hangzhou-yuhang", "330110"),
        new("南京市鼓楼区", "nanjing-gulou", "320106"),
        new("广州市天河区", "guangzhou-tianhe", "440106"),
        new("长沙市岳麓区", "changsha-yuelu", "430104"),
        new("合肥市蜀山区", "hefei-shushan", "340104"),
        new("郑州市金水区", "zhengzhou-jinshui", "410105"),
        new("西安市雁塔区", "xian-yanta", "610113"),
        new("济南市历下区", "jinan-lixia", "370102"),
        new("宜昌市", "yichang", "420500"),
        new("襄阳市", "xiangyang", "420600"),
        new("绵阳市", "mianyang", "510700"),
        new("温州市", "wenzhou", "330300"),
        new("常州市", "changzhou", "320400"),
        new("株洲市", "zhuzhou", "430200"),
        new("芜湖市", "wuhu", "340200"),
        new("洛阳市", "luoyang", "410300"),
        new("宝鸡市", "baoji", "610300"),
        new("烟台市", "yantai", "370600"),
    ];
}
