using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>How every module's DbContext talks to the database; shared by the app, design-time tools and tests.</summary>
public static class DbContextConfiguration
{
    /// <summary>Each module keeps its own migration history table, so modules migrate independently.</summary>
    public static string HistoryTable<TContext>() => $"__ef_migrations_{typeof(TContext).Name}";

    public static DbContextOptionsBuilder UseModuleDatabase<TContext>(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable<TContext>()));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(HistoryTable<TContext>()));
        }
        return options.UseSnakeCaseNamingConvention();
    }

    /// <summary>Options for the provider subclass <typeparamref name="TImplementation"/> of <typeparamref name="TContext"/>.</summary>
    public static DbContextOptions<TImplementation> OptionsFor<TContext, TImplementation>(DatabaseProvider provider, string connectionString)
        where TImplementation : DbContext =>
        (DbContextOptions<TImplementation>)new DbContextOptionsBuilder<TImplementation>().UseModuleDatabase<TContext>(provider, connectionString).Options;
}
