using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Publishing.Accounts;

public static class AccountsRegistration
{
    /// <summary>
    /// Data Protection with the key ring in the database (table <c>data_protection_keys</c>, shared by every API and
    /// worker process of the deployment), the credential protector, the connection factory and the account connection handlers
    /// (the callback endpoint is mapped by <see cref="ConnectCallbackEndpoint.MapPlatformAccountCallback"/>).
    /// </summary>
    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton<KeyRingSecret>();
        services.AddDataProtection().SetApplicationName("MediaCreator").PersistKeysToDbContext<PublishingDbContext>();
        // The key ring itself is encrypted at rest with a secret kept outside the database.
        services.AddOptions<KeyManagementOptions>().Configure<KeyRingSecret>((options, secret) => options.XmlEncryptor = new KeyRingEncryptor(secret));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PlatformCredentialProtector>();
        services.TryAddScoped<IPlatformConnectionFactory, PlatformConnectionFactory>();
        services.TryAddScoped<OAuthConnectionHandler>();
        services.TryAddScoped<OfflineAccountHandler>();
        services.AddOptions<PlatformAccountOptions>().BindConfiguration($"Publishing:{nameof(PlatformAccountOptions)}");
        services.TryAddScoped<PlatformGrantRevoker>();
        services.TryAddScoped<AccountMaintenanceHandler>();
        return services;
    }
}
