namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>Bound from <c>Publishing:PlatformAccountOptions</c>.</summary>
public sealed class PlatformAccountOptions
{
    /// <summary>How long a disconnect waits for the platform to confirm the revocation before disconnecting without it.</summary>
    public TimeSpan RevokeTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
