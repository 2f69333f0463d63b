using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<Box> Boxes => Set<Box>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>(widget =>
        {
            widget.ToTable("test_widgets");
            widget.Property(x => x.Price).HasPrecision(18, 4);
            widget.Property(x => x.PreviousStatus).HasConversion<string>();
        });
        modelBuilder.Entity<Box>().ToTable("test_boxes");
    }
}
