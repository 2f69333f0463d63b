namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// The caller of the current operation (one per DI scope). Every owned query is filtered by <see cref="OwnerId"/>;
/// with no owner set, owned queries return nothing.
/// </summary>
public sealed class OwnerContext
{
    public Guid? OwnerId { get; private set; }
    public IReadOnlySet<string> Scopes { get; private set; } = new HashSet<string>();
    public string? ApiKeyModule { get; private set; }

    public bool IsAuthenticated => OwnerId is not null;

    public void Set(Guid ownerId, IEnumerable<string> scopes, string? apiKeyModule = null)
    {
        OwnerId = ownerId;
        Scopes = new HashSet<string>(scopes, StringComparer.Ordinal);
        ApiKeyModule = apiKeyModule;
    }

    public bool HasScope(string scope) => Scopes.Contains(ApiKeyScopes.Full) || Scopes.Contains(scope);

    /// <summary>The owner id, or an <see cref="AuthenticationRequiredError"/> when the caller is anonymous.</summary>
    public Guid RequireOwner() => OwnerId ?? throw new AuthenticationRequiredError();
}
