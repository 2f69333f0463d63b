namespace MediaCreator.Modules.Core.Events;

/// <summary>Passes on the events that <paramref name="accept"/> lets through.</summary>
internal sealed class FilteredObservable(IObservable<DomainEvent> source, Func<DomainEvent, bool> accept) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => source.Subscribe(new Filter(observer, accept));

    private sealed class Filter(IObserver<object?> target, Func<DomainEvent, bool> accept) : IObserver<DomainEvent>
    {
        public void OnNext(DomainEvent value)
        {
            if (accept(value)) target.OnNext(value);
        }

        public void OnError(Exception error) => target.OnError(error);

        public void OnCompleted() => target.OnCompleted();
    }
}
