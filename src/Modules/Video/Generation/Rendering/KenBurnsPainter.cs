using MediaCreator.Modules.Video.Generation.Planning;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>
/// Draws one frame of a still moved by a Ken Burns pan/zoom. The transform is a float matrix with bilinear (mipmapped)
/// sampling, so the picture moves by fractions of a pixel per frame: no stair-stepping, unlike ffmpeg's zoompan,
/// which rounds its window to whole pixels and only looks smooth on a heavily upscaled (slow) input.
/// </summary>
internal sealed class KenBurnsPainter : IDisposable
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);
    private readonly SKImage _image;
    private readonly int _width, _height;
    private readonly SceneMotion _motion;
    private readonly double _cover;

    public KenBurnsPainter(SKImage source, int width, int height, SceneMotion motion)
    {
        (_width, _height, _motion) = (width, height, motion);
        var zoom = 1 + Math.Clamp(motion.Amount, 0, 0.5);
        // Keep about 1.5x the largest needed resolution: enough detail at full zoom, cheap to sample every frame.
        var needed = Math.Max(width * zoom / source.Width, height * zoom / source.Height) * 1.5;
        if (needed < 1)
        {
            var info = new SKImageInfo(Math.Max(1, (int)(source.Width * needed)), Math.Max(1, (int)(source.Height * needed)), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var scaled = new SKBitmap(info);
            source.ScalePixels(scaled.PeekPixels(), new SKSamplingOptions(SKCubicResampler.Mitchell));
            _image = SKImage.FromBitmap(scaled);
        }
        else
        {
            _image = SKImage.FromBitmap(SKBitmap.FromImage(source));
        }
        _cover = Math.Max((double)width / _image.Width, (double)height / _image.Height);
    }

    /// <summary>Paints the frame at <paramref name="progress"/> (0 at the clip's first frame, 1 at its last).</summary>
    public void Paint(SKCanvas canvas, double progress)
    {
        var a = Math.Clamp(_motion.Amount, 0, 0.5);
        var p = Math.Clamp(progress, 0, 1);
        var zoom = _motion.Kind switch
        {
            MotionKind.ZoomIn => 1 + a * p,
            MotionKind.ZoomOut => 1 + a * (1 - p),
            MotionKind.None => 1,
            _ => 1 + a,
        };
        var scale = _cover * zoom;
        var halfW = _width / (2 * scale);
        var halfH = _height / (2 * scale);
        double cx = _image.Width / 2.0, cy = _image.Height / 2.0;
        double spanX = _image.Width - 2 * halfW, spanY = _image.Height - 2 * halfH;
        switch (_motion.Kind)
        {
            case MotionKind.PanRight: cx = halfW + spanX * p; break;
            case MotionKind.PanLeft: cx = halfW + spanX * (1 - p); break;
            case MotionKind.PanDown: cy = halfH + spanY * p; break;
            case MotionKind.PanUp: cy = halfH + spanY * (1 - p); break;
        }
        canvas.Clear(SKColors.Black);
        canvas.Save();
        canvas.Translate(_width / 2f, _height / 2f);
        canvas.Scale((float)scale);
        canvas.Translate((float)-cx, (float)-cy);
        canvas.DrawImage(_image, 0, 0, Sampling);
        canvas.Restore();
    }

    public void Dispose() => _image.Dispose();
}
