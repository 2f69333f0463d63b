using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>A <c>plugin</c> key names a module the caller registered, and carries no other scope.</summary>
internal static class PluginKeyRules
{
    public static async Task<IEnumerable<ValidationError>> CheckAsync(CoreDbContext db, Guid ownerId, IReadOnlyList<string> scopes, string? moduleName, CancellationToken ct)
    {
        var isPlugin = scopes.Contains(ApiKeyScopes.Plugin);
        if (!isPlugin && moduleName is null) return [];
        if (!isPlugin) return [new("moduleName goes with the 'plugin' scope.", "input.moduleName", "PLUGIN_SCOPE_REQUIRED")];
        if (scopes.Count > 1) return [new("A plugin key carries the 'plugin' scope only.", "input.scopes", "INVALID_COMBINATION")];
        if (moduleName is null) return [new("A plugin key needs the module it works for.", "input.moduleName", "REQUIRED")];
        var owns = await db.Modules.AnyAsync(m => m.Name == moduleName && !m.BuiltIn && m.RegisteredByOwnerId == ownerId, ct);
        return owns ? [] : [new($"'{moduleName}' is not a plugin module you registered.", "input.moduleName", "UNKNOWN_MODULE")];
    }
}
