using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Transport.Host;

internal sealed class TestSubscription : ObjectGraphType
{
    /// <summary>How many <c>ticks</c> streams are running now; proves that disconnects unsubscribe.</summary>
    public static int ActiveTicks;

    public TestSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<IntGraphType>>("countdown")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .Resolve(c => c.Source)
            .ResolveStream(c => new AsyncObservable<object?>(async (observer, ct) =>
            {
                for (var i = c.GetArgument<int>("from"); i >= 0; i--)
                {
                    await Task.Delay(20, ct);
                    observer.OnNext(i);
                }
            }));
        Field<NonNullGraphType<IntGraphType>>("ticks")
            .Argument<IntGraphType>("intervalMs")
            .Resolve(c => c.Source)
            .ResolveStream(c => new AsyncObservable<object?>(async (observer, ct) =>
            {
                Interlocked.Increment(ref ActiveTicks);
                try
                {
                    for (var i = 0; ; i++)
                    {
                        await Task.Delay(c.GetArgument("intervalMs", 50), ct);
                        observer.OnNext(i);
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref ActiveTicks);
                }
            }));
        // Each event reports the DI scope and owner it resolved in: proves per-event scopes and initializers.
        Field<NonNullGraphType<StringGraphType>>("scopes")
            .Resolve(c =>
            {
                var probe = c.RequestServices!.GetRequiredService<ScopeProbe>();
                return $"{c.Source}|{probe.ScopeId}|{probe.Owner}";
            })
            .ResolveStream(_ => new AsyncObservable<object?>(async (observer, ct) =>
            {
                for (var i = 0; i < 2; i++)
                {
                    await Task.Delay(20, ct);
                    observer.OnNext(i);
                }
            }));
    }
}

/// <summary>An observable driven by an async loop; disposing the subscription cancels the loop.</summary>
internal sealed class AsyncObservable<T>(Func<IObserver<T>, CancellationToken, Task> producer) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var cts = new CancellationTokenSource();
        _ = RunAsync(observer, cts.Token);
        return new Subscription(cts);
    }

    private async Task RunAsync(IObserver<T> observer, CancellationToken ct)
    {
        try
        {
            await producer(observer, ct);
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Unsubscribed: nothing more goes to the observer.
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
        }
    }

    private sealed class Subscription(CancellationTokenSource cts) : IDisposable
    {
        public void Dispose() => cts.Cancel();
    }
}
