namespace MediaCreator.Modules.Core.Jobs.Queue.InProcess;

internal sealed class InProcessJobDelivery(InProcessJobQueue queue, JobMessage message, int deliveryCount)
    : JobDelivery(message, deliveryCount)
{
    private int _settled;

    public override Task AckAsync(CancellationToken ct)
    {
        Settle();
        return Task.CompletedTask;
    }

    public override Task RetryAsync(TimeSpan delay, string error, CancellationToken ct)
    {
        Settle();
        queue.Redeliver(Message, DeliveryCount + 1, delay);
        return Task.CompletedTask;
    }

    public override Task DeadLetterAsync(string error, CancellationToken ct)
    {
        Settle();
        queue.DeadLetter(Message, error, DeliveryCount);
        return Task.CompletedTask;
    }

    // A delivery here cannot outlive its consumer, so there is no lease to extend.
    public override Task RenewLeaseAsync(CancellationToken ct) => Task.CompletedTask;

    private void Settle()
    {
        if (Interlocked.Exchange(ref _settled, 1) != 0) throw new InvalidOperationException("The delivery is already settled.");
    }
}
