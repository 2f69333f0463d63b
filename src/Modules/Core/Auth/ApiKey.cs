namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// A partner or plugin API key. Only a SHA-256 hash of the secret is stored; the clear key is shown once at creation.
/// </summary>
public sealed class ApiKey : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public required string Name { get; set; }
    /// <summary>Public lookup part of the key (<c>mc_{Prefix}_{secret}</c>).</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public List<string> Scopes { get; set; } = [];
    /// <summary>A plugin key: it may only claim and settle the jobs of this module (scope <c>plugin</c>).</summary>
    public string? ModuleName { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
