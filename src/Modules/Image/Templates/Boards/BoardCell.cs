using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Boards;

/// <summary>One space of a board: its outline, centre, fill colour and optional label or icon.</summary>
internal sealed record BoardCell(SKPath Shape, SKPoint Centre, SKColor Fill, string? Label = null, string? Icon = null);
