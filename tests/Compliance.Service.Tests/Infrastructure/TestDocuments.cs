using System.Globalization;
using System.Text;

namespace Compliance.Service.Tests.Infrastructure;

/// <summary>Small canonical JSON documents: a summary table whose income total is off by <c>error</c> 万元.</summary>
internal static class TestDocuments
{
    public static byte[] Json(string department = "测试局", int year = 2024, string kind = "FinalAccounts", decimal error = 1m, int variant = 0)
    {
        var general = (900m + variant).ToString("0.00", CultureInfo.InvariantCulture);
        var total = (917.02m + variant + error).ToString("0.00", CultureInfo.InvariantCulture);
        var json = $$"""
            { "info": { "department": "{{department}}", "year": {{year}}, "kind": "{{kind}}", "unit": "万元" },
              "tables": [ { "id": "summary", "title": "收入支出决算总表", "columns": [ { "key": "amount", "header": "金额" } ],
                "rows": [ { "key": "income.total", "name": "本年收入合计", "values": { "amount": {{total}} } },
                          { "key": "income.general", "name": "一般公共预算财政拨款收入", "values": { "amount": {{general}} } },
                          { "key": "income.other", "name": "其他收入", "values": { "amount": 17.02 } } ] } ] }
            """;
        return Encoding.UTF8.GetBytes(json);
    }
}
