using MediaCreator.Modules.Core.Jobs.Engine;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// Publishers report progress synchronously from their upload loops; this forwards each value to the job in order
/// (JobContext throttles to about two updates a second). The platform's last step is the job's to report, so bytes
/// sent count up to 95 %.
/// </summary>
internal sealed class JobProgressSink(JobContext context, CancellationToken ct, ILogger logger) : IProgress<double>
{
    private readonly Lock _gate = new();
    private Task _chain = Task.CompletedTask;

    public void Report(double value)
    {
        lock (_gate) _chain = _chain.ContinueWith(_ => SendAsync(value), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    public Task DrainAsync()
    {
        lock (_gate) return _chain;
    }

    private async Task SendAsync(double value)
    {
        try
        {
            await context.ReportProgressAsync(Math.Clamp(value, 0, 1) * 0.95, "uploading", ct);
        }
        catch (OperationCanceledException)
        {
            // The job was cancelled: the upload's own token stops it.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Progress of job {JobId} was not recorded", context.Job.Id);
        }
    }
}
