using System.Buffers.Binary;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Preview;

public sealed partial class PreviewRenderer
{
    /// <summary>
    /// A <paramref name="width"/>x<paramref name="height"/> PNG of the sound of an audio or video file: per pixel column a
    /// bar from the lowest to the highest sample; digital silence draws nothing.
    /// </summary>
    public async Task<WaveformImage> RenderWaveformAsync(string sourcePath, string outputPath, int width = 1200, int height = 120, CancellationToken ct = default)
    {
        if (width is < 1 or > 20000 || height is < 2 or > 4000) throw new VideoProcessingException("INVALID_INPUT", "A waveform is 1..20000 x 2..4000 pixels.");
        if (!File.Exists(sourcePath)) throw new VideoProcessingException("INVALID_INPUT", $"'{sourcePath}' does not exist.");
        var info = await VideoInfo.ProbeAsync(sourcePath, ct);
        if (!info.HasAudio || info.DurationSeconds <= 0) throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(sourcePath)}' has no sound.");

        var rate = options.WaveformSampleRate;
        var expected = Math.Max(1, (long)Math.Ceiling(info.DurationSeconds * rate));
        var min = new float[width];
        var max = new float[width];
        long index = 0;
        await RunAsync(["-i", sourcePath, "-map", "0:a:0", "-ac", "1", "-ar", rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "f32le", "pipe:1"],
            0, "Waveform", null, ct, async (stream, token) =>
            {
                var buffer = new byte[64 * 1024];
                int filled = 0, read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(filled), token)) > 0)
                {
                    filled += read;
                    var whole = filled / 4 * 4;
                    for (var i = 0; i < whole; i += 4, index++)
                    {
                        var sample = BinaryPrimitives.ReadSingleLittleEndian(buffer.AsSpan(i));
                        var column = (int)Math.Min(width - 1, index * width / expected);
                        if (sample < min[column]) min[column] = sample;
                        if (sample > max[column]) max[column] = sample;
                    }
                    Array.Copy(buffer, whole, buffer, 0, filled - whole);
                    filled -= whole;
                }
            });
        Draw(min, max, height, outputPath);
        return new WaveformImage(outputPath, width, height, info.DurationSeconds, min, max);
    }

    private void Draw(float[] min, float[] max, int height, string outputPath)
    {
        using var bitmap = new SKBitmap(min.Length, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColor.Parse(options.WaveformBackground));
            using var ink = new SKPaint { Color = SKColor.Parse(options.WaveformColor), IsAntialias = false, Style = SKPaintStyle.Fill };
            var mid = height / 2f;
            for (var x = 0; x < min.Length; x++)
            {
                float top = mid - Math.Clamp(max[x], -1, 1) * mid, bottom = mid - Math.Clamp(min[x], -1, 1) * mid;
                if (bottom - top < 0.5f) continue; // silence: no ink
                canvas.DrawRect(x, top, 1, Math.Max(1, bottom - top), ink);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(outputPath);
        png.SaveTo(file);
    }
}
