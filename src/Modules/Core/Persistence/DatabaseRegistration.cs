using MediaCreator.Modules.Core.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Persistence;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext: <typeparamref name="TContext"/> resolves to the SQLite or PostgreSQL subclass
    /// chosen by <see cref="DatabaseOptions"/> (read when first needed, so any configuration source counts), and its
    /// migrations run at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddModuleDbContext<TContext, TSqlite, TPostgres>(this IHostApplicationBuilder builder)
        where TContext : DbContext where TSqlite : TContext where TPostgres : TContext
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database");
        builder.Services.AddScoped<OwnerContext>();
        builder.Services.TryAddSingleton<ResolvedConnectionString>();
        // Options are built once per process (singleton); only the context itself is per scope.
        builder.Services.AddDbContext<TSqlite>((sp, o) => o.UseModuleDatabase<TContext>(DatabaseProvider.Sqlite, sp.GetRequiredService<ResolvedConnectionString>().Value),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        builder.Services.AddDbContext<TPostgres>((sp, o) => o.UseModuleDatabase<TContext>(DatabaseProvider.Postgres, sp.GetRequiredService<ResolvedConnectionString>().Value),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        builder.Services.AddScoped<TContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<TPostgres>()
                : sp.GetRequiredService<TSqlite>());
        builder.Services.AddSingleton<IDatabaseMigration>(new DatabaseMigration<TContext>());
        return builder;
    }

    /// <summary>The configured connection string, checked once (and the SQLite folder created) per process.</summary>
    private sealed class ResolvedConnectionString
    {
        public ResolvedConnectionString(IOptions<DatabaseOptions> options)
        {
            Value = options.Value.ResolveConnectionString();
            if (options.Value.Provider == DatabaseProvider.Sqlite) EnsureSqliteFolder(Value);
        }

        public string Value { get; }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (path is "" or ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
