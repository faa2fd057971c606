using Compliance.Cli.Commands;

namespace Compliance.Cli;

/// <summary>Dispatches <c>compliance &lt;command&gt; …</c> to its command; every command returns the process exit code.</summary>
internal static class CommandLine
{
    public const int ExitInputError = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? ExitInputError : 0;
        }

        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "check" => await CheckCommand.RunAsync(rest, stdout, stderr),
                "rules" => await RulesCommand.RunAsync(rest, stdout, stderr),
                "generate" => await GenerateCommand.RunAsync(rest, stdout, stderr),
                "template" => await TemplateCommand.RunAsync(rest, stdout, stderr),
                "parse" => await ParseCommand.RunAsync(rest, stdout, stderr),
                "report" => await ReportCommand.RunAsync(rest, stdout, stderr),
                "digest" => await DigestCommand.RunAsync(rest, stdout, stderr),
                "bench" => await BenchCommand.RunAsync(rest, stdout, stderr),
                "soak" => await SoakCommand.RunAsync(rest, stdout, stderr),
                _ => await Fail(stderr, $"未知命令“{args[0]}”。\n{Usage}"),
            };
        }
        catch (UsageException ex)
        {
            return await Fail(stderr, ex.Message);
        }
    }

    public static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"compliance: {message}");
        return ExitInputError;
    }

    public const string Usage = """
        用法: compliance <命令> [选项]

          check FILE [--rules DIR] [--format json|md|text] [--out PATH]
                         检查一份预算或决算（JSON / 文本 / PDF / Excel 填报稿），输出审核发现
                         退出码: 0 无警告及以上发现, 1 仅有警告, 2 有错误, 3 无法处理输入
          parse FILE [--format json] [--stats]
                         把公开文本或 PDF 解析为规范文档
          report FINDINGS.json [--format html|md] [--out PATH] [--culture zh-CN|en] [--templates DIR]
                         把审核结果（check --format json 的输出）渲染为报告：HTML 可打印，含内联图表
          digest DIR [--week yyyy-Www] [--format html|md] [--out PATH] [--culture zh-CN|en] [--templates DIR]
                         汇总目录中各审核结果为周报（默认上一个完整的 ISO 周）；审核时间取 checkedAt 字段，否则取文件修改时间
          rules list|validate|test|doc [--rules DIR]
                         列出、校验规则集，运行规则自带的测试用例，或输出规则目录（Markdown）
          generate --count N --seed S --out DIR [--kind budget|final|both] [--format json|text-tab|text-space|xlsx]
                   [--faults CATEGORY[,CATEGORY…]|all]
                         生成内部一致的合成预算与决算（规范 JSON、公开文本或 Excel 填报稿；both 时每个序号各一份）；
                         --faults 为每份文档注入一个带标签的故障，并写出 <文件>.fault.json
          template --kind budget|final --year YYYY --out FILE.xlsx
                         写出空白 Excel 填报模板（各标准表、项目绩效目标、绩效自评、填表说明）
          bench quality --count N --seed S [--format json|text-tab|text-space|all] [--rules DIR]
                         质量基准：各故障类别的召回率与无误文档的误报率（解析 + 检查端到端）；未达标时退出码 1
          bench throughput --count N --seed S [--rounds R] [--rules DIR]
                         吞吐基准：全部规则集在所有核上每秒检查的文档数与发现数（中位数轮）
          soak --url URL [--key KEY] [--minutes N] [--concurrency C] [--pid PID] [--seed S]
                         对运行中的服务做限时负载（混合上传与读取），采样其内存、句柄与线程；出现 5xx 或连接失败时退出码 1
        """;
}

/// <summary>The command line was wrong; the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);
