namespace MediaCreator.Modules.Core.Auth;

/// <summary>An auth user (the JWT <c>sub</c>) that owns projects and everything in them.</summary>
public sealed class Owner
{
    public Guid Id { get; set; }
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
