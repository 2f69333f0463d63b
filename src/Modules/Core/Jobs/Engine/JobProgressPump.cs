using System.Threading.Channels;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// Carries the engines' synchronous <see cref="IProgress{T}"/> reports to the job (throttled there) from one pump
/// task, mapping each stage onto its share of 0..1. When the job is cancelled the pump sees it at the next report
/// and cancels <see cref="Token"/>, which stops the engine (and kills its ffmpeg).
/// </summary>
public sealed class JobProgressPump : IAsyncDisposable
{
    private readonly JobContext _context;
    private readonly CancellationTokenSource _cts;
    private readonly Channel<(double Fraction, string Message)> _reports = Channel.CreateBounded<(double Fraction, string Message)>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Task _pump;
    private Exception? _failure;

    public JobProgressPump(JobContext context, CancellationToken ct)
    {
        _context = context;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _pump = Task.Run(PumpAsync, CancellationToken.None);
    }

    /// <summary>Cancelled with the job, or when the job was cancelled meanwhile.</summary>
    public CancellationToken Token => _cts.Token;

    /// <summary>
    /// A progress sink for an engine's own progress type <typeparamref name="T"/> (read with <paramref name="fraction"/>
    /// and <paramref name="message"/>) whose 0..1 maps onto [<paramref name="from"/>, <paramref name="to"/>] of the job.
    /// </summary>
    public IProgress<T> Stage<T>(double from, double to, Func<T, double> fraction, Func<T, string> message, string? prefix = null) =>
        new Sink<T>(p => _reports.Writer.TryWrite((
            from + (to - from) * Math.Clamp(fraction(p), 0, 1), prefix is null ? message(p) : $"{prefix}: {message(p)}")));

    /// <summary>Reports directly (between stages).</summary>
    public void Report(double fraction, string message) => _reports.Writer.TryWrite((fraction, message));

    public async ValueTask DisposeAsync()
    {
        _reports.Writer.TryComplete();
        await _pump;
        _cts.Dispose();
        if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
    }

    private async Task PumpAsync()
    {
        await foreach (var report in _reports.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (_cts.IsCancellationRequested) continue;
            try
            {
                await _context.ReportProgressAsync(Math.Min(0.99, report.Fraction), report.Message, _cts.Token);
            }
            catch (OperationCanceledException)
            {
                await _cts.CancelAsync();
            }
            catch (Exception e)
            {
                _failure = e;
                await _cts.CancelAsync();
            }
        }
    }

    private sealed class Sink<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
