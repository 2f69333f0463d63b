using System.Globalization;
using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Tests.Generation;

/// <summary>Test-only caption writer: one white box-backed line per segment (the real one lives with the subtitle engine).</summary>
internal sealed class TestAssRenderer : ICaptionRenderer
{
    public List<Transcript> Written { get; } = [];

    public async Task WriteAssAsync(Transcript transcript, string style, int width, int height, string assPath, CancellationToken ct)
    {
        Written.Add(transcript);
        var ass = new StringBuilder();
        ass.AppendLine("[Script Info]").AppendLine("ScriptType: v4.00+").AppendLine($"PlayResX: {width}").AppendLine($"PlayResY: {height}").AppendLine();
        ass.AppendLine("[V4+ Styles]")
            .AppendLine("Format: Name, Fontname, Fontsize, PrimaryColour, OutlineColour, BackColour, BorderStyle, Outline, Shadow, Alignment, MarginV")
            .AppendLine($"Style: Default,DejaVu Sans,{height / 14},&H00FFFFFF,&H00000000,&H00000000,3,4,0,2,{height / 10}").AppendLine();
        ass.AppendLine("[Events]").AppendLine("Format: Layer, Start, End, Style, Text");
        foreach (var s in transcript.Segments) ass.AppendLine($"Dialogue: 0,{Time(s.Start)},{Time(s.End)},Default,{s.Text}");
        await File.WriteAllTextAsync(assPath, ass.ToString(), ct);
    }

    private static string Time(double t) => TimeSpan.FromSeconds(t).ToString(@"h\:mm\:ss\.ff", CultureInfo.InvariantCulture);
}
