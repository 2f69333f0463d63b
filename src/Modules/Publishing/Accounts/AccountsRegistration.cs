using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Publishing.Accounts;

public static class AccountsRegistration
{
    /// <summary>
    /// Data Protection with the key ring in the database (table <c>data_protection_keys</c>, shared by every API and
    /// worker process of the deployment), the credential protector and the connection factory.
    /// </summary>
    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("MediaCreator").PersistKeysToDbContext<PublishingDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PlatformCredentialProtector>();
        services.TryAddScoped<IPlatformConnectionFactory, PlatformConnectionFactory>();
        return services;
    }
}
