using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using StaticNews.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// In the order of the flow, and reported in that order: `-- --filter '*' --join` gives one table, `--job short` a quick run.
Type[] stages =
[
    typeof(LoadBenchmarks), typeof(MarkdownBenchmarks), typeof(BuildBenchmarks), typeof(RelateBenchmarks),
    typeof(RenderBenchmarks), typeof(WriteBenchmarks), typeof(GenerateBenchmarks),
];
var config = DefaultConfig.Instance
    .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
    .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond));
BenchmarkSwitcher.FromTypes(stages).Run(args, config);
