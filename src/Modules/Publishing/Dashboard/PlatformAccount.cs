using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>A connected social/publishing account (table <c>platform_accounts</c>).</summary>
public sealed class PlatformAccount : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Column <c>user_id</c> (spec).</summary>
    public Guid OwnerId { get; set; }

    /// <summary>"youtube", "tiktok", "facebook", ... lower case.</summary>
    public required string Platform { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public string? Handle { get; set; }

    public string? MetadataJson { get; set; }

    /// <summary>Reserved for the encrypted tokens of issue 8; never exposed.</summary>
    public string? AuthConfigJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
