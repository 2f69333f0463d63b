using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>State of an account's stored credentials.</summary>
public enum PlatformConnectionStatus
{
    Connected, Expired, Revoked, Error,
}

/// <summary>A connected social/publishing account (table <c>platform_accounts</c>).</summary>
public sealed class PlatformAccount : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Column <c>user_id</c> (spec).</summary>
    public Guid OwnerId { get; set; }

    /// <summary>"youtube", "tiktok", "facebook", "rss_feed", "folder_export", "webhook": lower case.</summary>
    public required string Platform { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public string? Handle { get; set; }

    public string? MetadataJson { get; set; }

    /// <summary>
    /// Column <c>auth_config</c>: the credentials (tokens, webhook secret) as an ASP.NET Data Protection payload, never
    /// clear text and never exposed by the API.
    /// </summary>
    public string? ProtectedAuthConfig { get; set; }

    /// <summary>The channel the account publishes for (<c>ContentChannel.platformAccounts</c>); null when not assigned.</summary>
    public Guid? ChannelId { get; set; }

    public PlatformConnectionStatus ConnectionStatus { get; set; } = PlatformConnectionStatus.Connected;

    /// <summary>Granted OAuth scopes, space separated (names only).</summary>
    public string? Scopes { get; set; }

    /// <summary>When the stored credentials (the refresh token when there is one) expire.</summary>
    public DateTime? CredentialsExpireAt { get; set; }

    /// <summary>Why the connection is in ERROR/EXPIRED (e.g. the refresh was refused).</summary>
    public string? ConnectionError { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? UpdatedAt { get; set; }
}

/// <summary>
/// A started OAuth connection (table <c>oauth_connection_states</c>): the state the platform sends back to the callback
/// and the PKCE verifier, kept in the database so any API instance can complete it, used once.
/// </summary>
public sealed class OAuthConnectionState : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public required string Platform { get; set; }

    /// <summary>SHA-256 (hex) of the opaque state handed to the client; the state itself is not stored.</summary>
    public required string StateHash { get; set; }

    /// <summary>The PKCE code verifier, Data Protection protected.</summary>
    public string? ProtectedCodeVerifier { get; set; }

    public required string RedirectUri { get; set; }

    /// <summary>Where the callback endpoint sends the browser when done (optional).</summary>
    public string? ReturnUrl { get; set; }

    public Guid? ChannelId { get; set; }

    /// <summary>Non-secret connection settings chosen when the connection began (Facebook: <c>{"pageId"}</c>), as JSON.</summary>
    public string? SettingsJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime ExpiresAt { get; set; }

    public DateTime? ConsumedAt { get; set; }
}
