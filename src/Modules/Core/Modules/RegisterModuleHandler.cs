using System.Text.RegularExpressions;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Modules;

public sealed record RegisterModuleCommand(
    string Name, string? DisplayName, ModuleCategory Category, string Version, string? Description,
    IReadOnlyList<ModuleCapabilityState> Capabilities, IReadOnlyList<ProviderState> Providers, CostProfile? CostProfile);

/// <summary>
/// Registers or updates a plugin module. Built-in names are reserved, and a plugin can only be re-registered by
/// the owner that registered it first.
/// </summary>
public sealed partial class RegisterModuleHandler(CoreDbContext db, OwnerContext owner, TimeProvider clock)
{
    public async Task<MutationPayload> HandleAsync(RegisterModuleCommand command, CancellationToken ct)
    {
        var errors = Validate(command).ToArray();
        if (errors.Length > 0) return MutationPayload.Fail(errors);
        var ownerId = owner.RequireOwner();
        var record = await db.Modules.FirstOrDefaultAsync(m => m.Name == command.Name, ct);
        if (record is { BuiltIn: true } || (record is not null && record.RegisteredByOwnerId != ownerId))
        {
            return MutationPayload.Fail(new ConflictError($"The module name '{command.Name}' is already taken.", GlobalId.Encode("Module", record.Id)));
        }
        if (record is null)
        {
            record = new ModuleRecord { Name = command.Name, DisplayName = command.Name, Version = command.Version, RegisteredByOwnerId = ownerId };
            db.Modules.Add(record);
        }
        record.DisplayName = command.DisplayName ?? command.Name;
        record.Category = command.Category;
        record.Version = command.Version;
        record.Description = command.Description;
        record.Capabilities = [.. command.Capabilities];
        record.Providers = [.. command.Providers];
        record.CostProfile = command.CostProfile;
        record.RegisteredAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(record);
    }

    private static IEnumerable<ValidationError> Validate(RegisterModuleCommand c)
    {
        if (!ModuleName().IsMatch(c.Name))
            yield return new("Module names are 2-64 characters of a-z, 0-9, '-', '_' or '.', starting with a letter.", "input.name", "INVALID_FORMAT");
        if (string.IsNullOrWhiteSpace(c.Version)) yield return new("A version is required.", "input.version", "REQUIRED");
        if (c.Capabilities.Count == 0) yield return new("A module needs at least one capability.", "input.capabilities", "REQUIRED");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Capabilities.Count; i++)
        {
            var cap = c.Capabilities[i];
            if (!CapabilityKey().IsMatch(cap.Key)) yield return new("Capability keys look like \"module.task\".", $"input.capabilities.{i}.key", "INVALID_FORMAT");
            if (!keys.Add(cap.Key)) yield return new($"Capability '{cap.Key}' is declared twice.", $"input.capabilities.{i}.key", "DUPLICATE");
            if (string.IsNullOrWhiteSpace(cap.TaskName)) yield return new("A task name is required.", $"input.capabilities.{i}.taskName", "REQUIRED");
            if (cap.InputSchemaJson is { } schema && !schema.TrimStart().StartsWith('{'))
                yield return new("inputSchema must be a JSON Schema object.", $"input.capabilities.{i}.inputSchema", "INVALID_FORMAT");
        }
        var providerKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Providers.Count; i++)
        {
            var provider = c.Providers[i];
            if (!providerKeys.Add(provider.Key)) yield return new($"Provider '{provider.Key}' is declared twice.", $"input.providers.{i}.key", "DUPLICATE");
            foreach (var unknown in provider.Capabilities.Where(k => !keys.Contains(k)))
                yield return new($"Provider '{provider.Key}' names unknown capability '{unknown}'.", $"input.providers.{i}.capabilities", "UNKNOWN_CAPABILITY");
        }
        foreach (var (cap, i) in c.Capabilities.Select((cap, i) => (cap, i)))
        {
            if (cap.DefaultProvider is { } p && !providerKeys.Contains(p))
                yield return new($"Default provider '{p}' is not among the module's providers.", $"input.capabilities.{i}.defaultProvider", "UNKNOWN_PROVIDER");
        }
        foreach (var (profile, path) in c.Providers.Select((p, i) => (p.CostProfile, $"input.providers.{i}.costProfile")).Append((c.CostProfile, "input.costProfile")))
        {
            if (profile is null) continue;
            if (profile.UnitCost < 0 || profile.MinimumCost < 0) yield return new("Costs must not be negative.", path, "OUT_OF_RANGE");
            if (!Currency().IsMatch(profile.Currency)) yield return new("The currency must be an ISO 4217 code.", path + ".currency", "INVALID_FORMAT");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{1,63}$")]
    private static partial Regex ModuleName();

    [GeneratedRegex("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+$")]
    private static partial Regex CapabilityKey();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
