using MediaCreator.Modules.Image.Rendering.Text;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>A designed image with its main text block and the box the block was fitted into.</summary>
internal sealed record TextComposition(SKBitmap Bitmap, TextBlock Text, SKRect TextBox);
