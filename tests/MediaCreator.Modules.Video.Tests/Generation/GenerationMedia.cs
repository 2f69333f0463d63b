using MediaCreator.Modules.Core.Media;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Tests.Generation;

/// <summary>Collects progress reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class InlineProgress(Action<MediaCreator.Modules.Video.Abstractions.VideoProgress> report) : IProgress<MediaCreator.Modules.Video.Abstractions.VideoProgress>
{
    public void Report(MediaCreator.Modules.Video.Abstractions.VideoProgress value) => report(value);
}

/// <summary>Test media made on the spot (Skia stills, ffmpeg clips and tones) and decoders for frames and samples.</summary>
internal sealed class GenerationMedia : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("video-gen-").FullName;

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>A still of flat brightness <paramref name="gray"/> with a grid of contrasting dots (texture that shows motion).</summary>
    public string Still(string name, byte gray, int width = 800, int height = 1200)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(gray, gray, gray));
            using var paint = new SKPaint { Color = gray > 128 ? new SKColor(40, 40, 40) : new SKColor(220, 220, 220), IsAntialias = true };
            for (var y = 20; y < height; y += 60)
                for (var x = 20 + (y / 60 % 2) * 30; x < width; x += 60)
                    canvas.DrawCircle(x, y, 9, paint);
        }
        var path = File(name);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        System.IO.File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    /// <summary>Runs ffmpeg with <paramref name="args"/> (lavfi sources etc.) and returns the output path.</summary>
    public async Task<string> FfmpegAsync(string name, params string[] args)
    {
        var path = File(name);
        await FfmpegProcess.RunAsync([.. args, "-y", path]);
        return path;
    }

    /// <summary>A tone (a song or music bed) of <paramref name="seconds"/>.</summary>
    public Task<string> ToneAsync(string name, double seconds, int hz = 220, double volume = 0.5) =>
        FfmpegAsync(name, "-f", "lavfi", "-i", $"sine=frequency={hz}:sample_rate=48000:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            "-af", $"volume={volume.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "-ac", "2");

    /// <summary>Every frame of <paramref name="path"/> as 8-bit gray, scaled to <paramref name="width"/>x<paramref name="height"/>.</summary>
    public static async Task<List<byte[]>> GrayFramesAsync(string path, int width, int height)
    {
        var frames = new List<byte[]>();
        await FfmpegProcess.RunAsync(["-i", path, "-vf", $"scale={width}:{height}", "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"], readStdout: async (s, ct) =>
        {
            while (true)
            {
                var frame = new byte[width * height];
                var read = 0;
                while (read < frame.Length)
                {
                    var n = await s.ReadAsync(frame.AsMemory(read), ct);
                    if (n == 0) return;
                    read += n;
                }
                frames.Add(frame);
            }
        });
        return frames;
    }

    /// <summary>The audio of <paramref name="path"/> as mono floats at <paramref name="rate"/> Hz.</summary>
    public static async Task<float[]> SamplesAsync(string path, int rate = 8000)
    {
        using var memory = new MemoryStream();
        await FfmpegProcess.RunAsync(["-i", path, "-vn", "-ac", "1", "-ar", rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "f32le", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(memory, ct));
        var bytes = memory.ToArray();
        var samples = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 4);
        return samples;
    }

    public static double Mean(byte[] frame) => frame.Average(b => (double)b);

    public static double Difference(byte[] a, byte[] b)
    {
        long sum = 0;
        for (var i = 0; i < a.Length; i++) sum += Math.Abs(a[i] - b[i]);
        return (double)sum / a.Length;
    }

    /// <summary>RMS of samples in [from, to) seconds.</summary>
    public static double Rms(float[] samples, int rate, double from, double to)
    {
        var a = Math.Clamp((int)(from * rate), 0, samples.Length);
        var b = Math.Clamp((int)(to * rate), a, samples.Length);
        if (b == a) return 0;
        double sum = 0;
        for (var i = a; i < b; i++) sum += samples[i] * samples[i];
        return Math.Sqrt(sum / (b - a));
    }

    /// <summary>Amplitude of the <paramref name="hz"/> sine in [from, to) seconds (Goertzel).</summary>
    public static double Tone(float[] samples, int rate, double hz, double from, double to)
    {
        var a = Math.Clamp((int)(from * rate), 0, samples.Length);
        var b = Math.Clamp((int)(to * rate), a, samples.Length);
        double coeff = 2 * Math.Cos(2 * Math.PI * hz / rate), s1 = 0, s2 = 0;
        for (var i = a; i < b; i++)
        {
            var s0 = samples[i] + coeff * s1 - s2;
            (s2, s1) = (s1, s0);
        }
        var power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.Sqrt(Math.Max(0, power)) / Math.Max(1, b - a);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
