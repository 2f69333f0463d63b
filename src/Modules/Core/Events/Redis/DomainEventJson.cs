using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MediaCreator.Modules.Core.Events.Redis;

/// <summary>
/// JSON for events crossing processes: <c>$type</c> names the record (its class name), enums are strings.
/// Every concrete <see cref="DomainEvent"/> in Core is known without registration, so a new event record in
/// <c>Core/Events</c> travels as soon as it exists.
/// </summary>
internal static class DomainEventJson
{
    public static readonly JsonSerializerOptions Options = Create(
        typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract));

    public static JsonSerializerOptions Create(IEnumerable<Type> eventTypes)
    {
        var derived = eventTypes.Select(t => new JsonDerivedType(t, t.Name)).ToList();
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == typeof(DomainEvent))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                };
                foreach (var type in derived) info.PolymorphismOptions.DerivedTypes.Add(type);
            }
            if (info.Kind == JsonTypeInfoKind.Object && info.Type.IsAssignableTo(typeof(DomainEvent)))
            {
                // Topics are derived from the other fields; sending them would only invite disagreement.
                var topics = info.Properties.FirstOrDefault(p => p.AttributeProvider is PropertyInfo { Name: nameof(DomainEvent.Topics) });
                if (topics is not null) info.Properties.Remove(topics);
            }
        });
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = resolver };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
