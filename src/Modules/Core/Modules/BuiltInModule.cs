namespace MediaCreator.Modules.Core.Modules;

/// <summary>
/// A module compiled into this server. Each module's <c>AddXxxModule()</c> registers one; the registry
/// writes it to the <c>modules</c> table at start-up so that <c>modules</c> lists it beside plugins.
/// </summary>
public sealed record BuiltInModule(string Name, string DisplayName, ModuleCategory Category, string Version, string Description);
