using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.Layouts;

/// <summary>Keeps the built-in layout catalogue (no owner) in the database: one or more ready layouts per template type.</summary>
internal sealed class TemplateLayoutSeeder : IStartupTask
{
    /// <summary>Name, category and structure (the renderer's options, see each renderer's documentation).</summary>
    internal static readonly IReadOnlyList<(string Name, TemplateCategory Category, string Structure)> BuiltIn =
    [
        ("Mandala coloring book (A4)", TemplateCategory.ColoringBook, """{"paper":"A4","dpi":300,"theme":"mandala"}"""),
        ("Animal coloring book (Letter)", TemplateCategory.ColoringBook, """{"paper":"Letter","dpi":300,"theme":"animals"}"""),
        ("Pastel hearts pattern", TemplateCategory.Pattern, """{"tileSize":512,"motifs":["heart","star"],"palette":"pastel"}"""),
        ("Origami crane", TemplateCategory.Origami, """{"model":"crane","sheets":2,"paper":"A4"}"""),
        ("Origami masu box", TemplateCategory.Origami, """{"model":"masu","sheets":2,"paper":"A4"}"""),
        ("Origami fortune teller", TemplateCategory.Origami, """{"model":"fortune-teller","sheets":1,"paper":"A4"}"""),
        ("Poker deck", TemplateCategory.PlayingCards, """{"dpi":300,"bleedMm":3,"paper":"A4","jokers":2}"""),
        ("Hex board, 4 players", TemplateCategory.BoardGame, """{"layout":"hex","players":4,"paper":"A4"}"""),
        ("Race track board", TemplateCategory.BoardGame, """{"layout":"track","spaces":30,"players":4,"paper":"A4"}"""),
        ("LINE cat stickers (8)", TemplateCategory.Sticker, """{"count":8,"species":"cat"}"""),
        ("LINE bear emoji (8)", TemplateCategory.Emoji, """{"count":8,"species":"bear"}"""),
        ("90s retro quote", TemplateCategory.Quote90s, """{"palette":"retro","font":"Hand"}"""),
        ("Bottom band caption", TemplateCategory.Caption, """{"band":"bottom","bandHeight":0.28}"""),
        ("Retro poster (4:5)", TemplateCategory.Poster, """{"style":"retro","width":1080,"height":1350}"""),
        ("Pastel story (9:16)", TemplateCategory.Story, """{"style":"pastel","width":1080,"height":1920}"""),
        ("Minimal infographic (1:1)", TemplateCategory.Infographic, """{"style":"minimal","width":1080,"height":1080}"""),
    ];

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken ct)
    {
        var db = scopedServices.GetRequiredService<ImageDbContext>();
        var existing = await db.TemplateLayouts.IgnoreQueryFilters().Where(l => l.OwnerId == null).ToDictionaryAsync(l => l.Name, ct);
        foreach (var (name, category, structure) in BuiltIn)
        {
            if (!existing.TryGetValue(name, out var layout))
            {
                layout = new TemplateLayout { Name = name, Category = category };
                db.TemplateLayouts.Add(layout);
            }
            layout.Category = category;
            layout.StructureJson = structure;
        }
        await db.SaveChangesAsync(ct);
    }
}
