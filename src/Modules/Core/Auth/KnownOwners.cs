using System.Collections.Concurrent;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>Owner ids already provisioned in the database, so a request does not re-check its owner row.</summary>
public sealed class KnownOwners
{
    private readonly ConcurrentDictionary<Guid, byte> _ids = new();

    public bool Contains(Guid id) => _ids.ContainsKey(id);

    public void Add(Guid id) => _ids.TryAdd(id, 0);
}
