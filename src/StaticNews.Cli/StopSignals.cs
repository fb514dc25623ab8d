using System.Runtime.InteropServices;

namespace StaticNews.Cli;

/// <summary>
/// One cancellation for every way a long-running command is asked to stop: Ctrl+C (SIGINT), <c>kill</c> (SIGTERM) and a
/// closed terminal (SIGHUP). Each is handled, so the command ends its work and exits 0 instead of being killed mid-way.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private const int SigInt = 2;
    private static readonly nint DefaultAction = 0;

    private readonly CancellationTokenSource stop;
    private readonly List<PosixSignalRegistration> registrations = [];

    private StopSignals(CancellationToken alsoStopOn)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(alsoStopOn);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            registrations.Add(PosixSignalRegistration.Create(signal, Stop));
    }

    /// <summary>Cancelled on the first stop signal, or when the token given to <see cref="Listen"/> is.</summary>
    public CancellationToken Token => stop.Token;

    public static StopSignals Listen(CancellationToken alsoStopOn)
    {
        // A shell starts a background job (`serve &` in a script) with SIGINT ignored, and .NET keeps an ignored
        // SIGINT ignored, so Ctrl+C or `kill -INT` would never reach the handler: take the default back first.
        if (!OperatingSystem.IsWindows()) RestoreDefault(SigInt, DefaultAction);
        return new StopSignals(alsoStopOn);
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern nint RestoreDefault(int signal, nint action);

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        stop.Dispose();
    }
}
