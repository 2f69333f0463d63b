using System.Globalization;
using System.Runtime.InteropServices;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Editing;

namespace MediaCreator.Modules.Video.Tests.Editing;

/// <summary>A temp folder with generated test media, and decoders for what the editor wrote.</summary>
public sealed class EditMedia : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("mc-edit-").FullName;

    public string Scratch => Path.Combine(Dir, "scratch");

    public string File(string name) => Path.Combine(Dir, name);

    public static VideoEditorOptions Fast => new() { Preset = "ultrafast", Crf = 28, AudioBitrateKbps = 96 };

    public static FfmpegVideoEditor Editor(IReframePlanner? planner = null, VideoEditorOptions? options = null) =>
        new(planner ?? new LinearPlanner(), new PlainCaptionRenderer(), options ?? Fast);

    /// <summary>Encodes a lavfi video (and optional lavfi audio) to an MP4 named <paramref name="name"/>.</summary>
    public async Task<string> MakeAsync(string name, string video, string? audio = null)
    {
        var path = File(name);
        var args = new List<string> { "-f", "lavfi", "-i", video };
        if (audio is not null) args.AddRange(["-f", "lavfi", "-i", audio]);
        args.AddRange(["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]);
        if (audio is not null) args.AddRange(["-c:a", "aac", "-b:a", "128k"]);
        args.AddRange(["-shortest", "-y", path]);
        await FfmpegProcess.RunAsync(args);
        return path;
    }

    public async Task<string> RawAsync(string name, params string[] args)
    {
        var path = File(name);
        await FfmpegProcess.RunAsync([.. args, "-y", path]);
        return path;
    }

    /// <summary>Tone bursts (1 kHz) in <paramref name="bursts"/> with a white flash on the same frames, black and silent elsewhere.</summary>
    public Task<string> BurstsAsync(string name, double duration, (double Start, double End)[] bursts, int w = 320, int h = 240, int fps = 20)
    {
        var on = string.Join("+", bursts.Select(b => $"between(t,{F(b.Start)},{F(b.End - 0.0001)})"));
        return MakeAsync(name,
            $"color=c=black:s={w}x{h}:r={fps}:d={F(duration)},drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='{on}'",
            $"aevalsrc=exprs='0.5*sin(2*PI*1000*t)*({on})':s=48000:d={F(duration)}");
    }

    public static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Frame at <paramref name="time"/> as RGB24 at the file's own size.</summary>
    public static async Task<(byte[] Rgb, int Width, int Height)> FrameAsync(string path, double time)
    {
        var info = await VideoInfo.ProbeAsync(path, CancellationToken.None);
        using var buffer = new MemoryStream();
        await FfmpegProcess.RunAsync(["-ss", F(time), "-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(buffer, ct));
        return (buffer.ToArray(), info.Width, info.Height);
    }

    /// <summary>Mean brightness (0..255) of every frame.</summary>
    public static async Task<double[]> FrameBrightnessAsync(string path)
    {
        using var buffer = new MemoryStream();
        await FfmpegProcess.RunAsync(["-i", path, "-vf", "scale=8:6,format=gray", "-f", "rawvideo", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(buffer, ct));
        return buffer.ToArray().Chunk(48).Select(c => c.Average(b => (double)b)).ToArray();
    }

    /// <summary>Mono samples (-1..1) at <paramref name="rate"/>.</summary>
    public static async Task<float[]> SamplesAsync(string path, int rate = 16000)
    {
        using var buffer = new MemoryStream();
        await FfmpegProcess.RunAsync(["-i", path, "-vn", "-ac", "1", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-f", "f32le", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(buffer, ct));
        return MemoryMarshal.Cast<byte, float>(buffer.ToArray()).ToArray();
    }

    public static double RmsDb(float[] samples, int rate, double from, double to)
    {
        int a = (int)(from * rate), b = Math.Min(samples.Length, (int)(to * rate));
        if (b <= a) return -120;
        double sum = 0;
        for (var i = a; i < b; i++) sum += samples[i] * samples[i];
        return 10 * Math.Log10(sum / (b - a) + 1e-12);
    }

    /// <summary>Level (dB) of one frequency in a window (Goertzel).</summary>
    public static double ToneDb(float[] samples, int rate, double from, double to, double frequency)
    {
        int a = (int)(from * rate), b = Math.Min(samples.Length, (int)(to * rate));
        var k = 2 * Math.Cos(2 * Math.PI * frequency / rate);
        double s1 = 0, s2 = 0;
        for (var i = a; i < b; i++)
        {
            var s0 = samples[i] + k * s1 - s2;
            (s2, s1) = (s1, s0);
        }
        var power = s1 * s1 + s2 * s2 - k * s1 * s2;
        return 10 * Math.Log10(power / ((b - a) * (double)(b - a)) + 1e-15);
    }

    /// <summary>Integrated loudness (LUFS) and true peak (dBTP) measured by ffmpeg's ebur128.</summary>
    public async Task<(double Lufs, double TruePeak)> LoudnessAsync(string path)
    {
        var file = File($"r128-{Guid.NewGuid():N}.txt");
        await FfmpegProcess.RunAsync(["-i", path, "-vn", "-af", $"ebur128=metadata=1:peak=true,ametadata=mode=print:file={file}", "-f", "null", "-"]);
        double lufs = double.NaN, peak = 0;
        foreach (var line in await System.IO.File.ReadAllLinesAsync(file))
        {
            if (line.StartsWith("lavfi.r128.I=", StringComparison.Ordinal)) lufs = double.Parse(line[13..], CultureInfo.InvariantCulture);
            if (line.StartsWith("lavfi.r128.true_peak=", StringComparison.Ordinal)) peak = Math.Max(peak, double.Parse(line[21..], CultureInfo.InvariantCulture));
        }
        return (lufs, 20 * Math.Log10(peak));
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Test planner: a path from <see cref="Keys"/> (source pixels), else a centred fixed window.</summary>
public sealed class LinearPlanner : IReframePlanner
{
    public Func<int, int, int, int, IReadOnlyList<CropKeyframe>>? Keys { get; init; }

    public List<string> Calls { get; } = [];

    public async Task<ReframePlan> PlanAsync(string videoPath, AspectRatio target, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        Calls.Add($"{Path.GetFileName(videoPath)} {target}");
        var info = await VideoInfo.ProbeAsync(videoPath, ct);
        var aspect = target.Value;
        var (cw, ch) = info.Width / (double)info.Height > aspect
            ? ((int)(info.Height * aspect), info.Height)
            : (info.Width, (int)(info.Width / aspect));
        var keys = Keys?.Invoke(info.Width, info.Height, cw, ch) ?? [new CropKeyframe(0, (info.Width - cw) / 2.0, (info.Height - ch) / 2.0)];
        return new ReframePlan(new CropPath(info.Width, info.Height, cw, ch, keys), "test", 0, 0);
    }
}

/// <summary>Test caption renderer: every segment as one white bottom-centred line.</summary>
public sealed class PlainCaptionRenderer : ICaptionRenderer
{
    public async Task WriteAssAsync(Transcript transcript, string style, int width, int height, string assPath, CancellationToken ct)
    {
        static string T(double s) => TimeSpan.FromSeconds(s).ToString(@"h\:mm\:ss\.ff", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "[Script Info]", "ScriptType: v4.00+", $"PlayResX: {width}", $"PlayResY: {height}", "",
            "[V4+ Styles]",
            "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
            $"Style: Default,DejaVu Sans,{height / 6},&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,-1,0,0,0,100,100,0,0,1,0,0,2,10,10,10,1",
            "", "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
        };
        lines.AddRange(transcript.Segments.Select(s => $"Dialogue: 0,{T(s.Start)},{T(s.End)},Default,,0,0,0,,{s.Text}"));
        await System.IO.File.WriteAllLinesAsync(assPath, lines, ct);
    }
}
