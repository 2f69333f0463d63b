using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>Provider conventions shared by every module's DbContext.</summary>
public static class ModelConventions
{
    public static void UseSqliteConventions(this ModelConfigurationBuilder builder)
    {
        builder.Properties<decimal>().HaveConversion<double>();
        builder.Properties<decimal?>().HaveConversion<double?>();
    }

    /// <summary>String properties named <c>…Json</c> hold JSON documents: store them as <c>jsonb</c>.</summary>
    public static void UseJsonbForJsonColumns(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            foreach (var property in entity.GetProperties()
                         .Where(p => p.ClrType == typeof(string) && p.Name.EndsWith("Json", StringComparison.Ordinal)))
            {
                property.SetColumnType("jsonb");
            }
        }
    }
}
