using System.Diagnostics;
using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>Times one run of a finder and samples the managed heap meanwhile, to report the Relate stage's peak memory.</summary>
public sealed record RelateMeasurement(TimeSpan Elapsed, TimeSpan Cpu, long HeapBefore, long PeakHeap, long Allocated, IReadOnlyDictionary<string, RelatedStories> Result)
{
    public long PeakExtra => PeakHeap - HeapBefore;

    public static RelateMeasurement Run(IRelatedArticlesFinder finder, Site site)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2)) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }) { IsBackground = true };
        sampler.Start();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = finder.FindAll(site);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        done.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        return new RelateMeasurement(clock.Elapsed, cpu, before, peak, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, result);
    }
}
