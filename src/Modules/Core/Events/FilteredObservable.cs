namespace MediaCreator.Modules.Core.Events;

/// <summary>Passes on the events that <paramref name="accept"/> lets through, shaped by <paramref name="map"/> when given.</summary>
internal sealed class FilteredObservable(IObservable<DomainEvent> source, Func<DomainEvent, bool> accept, Func<DomainEvent, object?>? map = null)
    : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => source.Subscribe(new Filter(observer, accept, map));

    private sealed class Filter(IObserver<object?> target, Func<DomainEvent, bool> accept, Func<DomainEvent, object?>? map) : IObserver<DomainEvent>
    {
        public void OnNext(DomainEvent value)
        {
            if (accept(value)) target.OnNext(map is null ? value : map(value));
        }

        public void OnError(Exception error) => target.OnError(error);

        public void OnCompleted() => target.OnCompleted();
    }
}
