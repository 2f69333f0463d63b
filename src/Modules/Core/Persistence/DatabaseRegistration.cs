using MediaCreator.Modules.Core.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        builder.Services.AddDbContext<TSqlite>((sp, o) => o.UseModuleDatabase<TContext>(DatabaseProvider.Sqlite, ConnectionString(sp)));
        builder.Services.AddDbContext<TPostgres>((sp, o) => o.UseModuleDatabase<TContext>(DatabaseProvider.Postgres, ConnectionString(sp)));
        builder.Services.AddScoped<TContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<TPostgres>()
                : sp.GetRequiredService<TSqlite>());
        builder.Services.AddSingleton<IDatabaseMigration>(new DatabaseMigration<TContext>());
        return builder;
    }

    private static string ConnectionString(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var connectionString = options.ResolveConnectionString();
        if (options.Provider == DatabaseProvider.Sqlite) EnsureSqliteFolder(connectionString);
        return connectionString;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (path is "" or ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
