using MediaCreator.Modules.Core.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Core.Persistence;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider: <typeparamref name="TContext"/> resolves to the
    /// SQLite or PostgreSQL subclass, whose migrations run at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddModuleDbContext<TContext, TSqlite, TPostgres>(this IHostApplicationBuilder builder)
        where TContext : DbContext where TSqlite : TContext where TPostgres : TContext
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ResolveConnectionString();
        builder.Services.AddScoped<OwnerContext>();
        if (options.Provider == DatabaseProvider.Sqlite) EnsureSqliteFolder(connectionString);
        if (options.Provider == DatabaseProvider.Postgres)
            builder.Services.AddDbContext<TContext, TPostgres>(o => o.UseModuleDatabase<TContext>(options.Provider, connectionString));
        else
            builder.Services.AddDbContext<TContext, TSqlite>(o => o.UseModuleDatabase<TContext>(options.Provider, connectionString));
        builder.Services.AddSingleton<IDatabaseMigration>(new DatabaseMigration<TContext>());
        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:") Directory.CreateDirectory(folder);
    }
}
