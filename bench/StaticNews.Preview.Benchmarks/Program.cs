using System.Globalization;
using StaticNews.Preview.Benchmarks;

// Edit → reload latency of `staticnews serve`: see docs/benchmarks.md ("Preview latency").
// Usage: dotnet run -c Release --project bench/StaticNews.Preview.Benchmarks -- [sample-input-folder] [generated-article-count] [edits]
var sampleInput = Path.GetFullPath(args.Length > 0 ? args[0] : "input");
var generatedCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;

var scratch = Path.Combine(Path.GetTempPath(), $"staticnews-bench-{Guid.NewGuid():N}");
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {edits} edits per site");
    var sample = SiteCopy.Of(sampleInput, Path.Combine(scratch, "sample"));
    await LatencyRun.ReportAsync("sample site", sample, edits);

    var generated = ArchiveGenerator.Generate(sampleInput, Path.Combine(scratch, "generated"), generatedCount);
    await LatencyRun.ReportAsync($"generated site ({generatedCount:N0} articles)", generated, edits);
}
finally
{
    if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
}
