namespace MediaCreator.Modules.Core.Auth;

public static class ApiKeyScopes
{
    /// <summary>Everything the owner can do.</summary>
    public const string Full = "full";

    /// <summary>Read-only access to analytics and the owner's data: no mutations.</summary>
    public const string AnalyticsRead = "analytics:read";

    /// <summary>A plugin worker's key: claims and settles the jobs of its module, and nothing else.</summary>
    public const string Plugin = "plugin";

    public static readonly IReadOnlyList<string> All = [Full, AnalyticsRead, Plugin];
}
