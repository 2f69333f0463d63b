using System.Threading.Channels;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Core.Jobs.Engine;

namespace MediaCreator.Modules.Audio.Jobs;

/// <summary>
/// Carries the engines' synchronous <see cref="IProgress{T}"/> reports to the job (throttled there) from one pump
/// task, mapping each stage onto its share of 0..1. When the job is cancelled the pump sees it at the next report
/// and cancels <see cref="Token"/>, which stops the engine (and kills its ffmpeg).
/// </summary>
internal sealed class JobProgressPump : IAsyncDisposable
{
    private readonly JobContext _context;
    private readonly CancellationTokenSource _cts;
    private readonly Channel<AudioProgress> _reports = Channel.CreateBounded<AudioProgress>(
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

    /// <summary>A progress sink whose 0..1 maps onto [<paramref name="from"/>, <paramref name="to"/>] of the job.</summary>
    public IProgress<AudioProgress> Stage(double from, double to, string? prefix = null) =>
        new Sink(p => _reports.Writer.TryWrite(new AudioProgress(
            from + (to - from) * Math.Clamp(p.Fraction, 0, 1), prefix is null ? p.Message : $"{prefix}: {p.Message}")));

    /// <summary>Reports directly (between stages).</summary>
    public void Report(double fraction, string message) => _reports.Writer.TryWrite(new AudioProgress(fraction, message));

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

    private sealed class Sink(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value) => report(value);
    }
}
