using System.Globalization;
using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>A scene's visual: a still painted by us onto the raw-frame pipe, or a video file read by ffmpeg.</summary>
internal sealed record SceneSource(string Path, bool IsVideo);

/// <summary>
/// The ffmpeg inputs and filter script of a render: stills arrive as one raw RGBA stream on stdin (clip after clip,
/// split back apart with frame-exact trims), videos are looped/trimmed and cropped to fill, scenes are joined by
/// xfade (or concat for hard cuts), captions are burned with libass, narration and ducked music are mixed, and
/// picture and sound fade in and out.
/// </summary>
internal static class RenderGraph
{
    public static (List<string> Inputs, string Script) Build(StoryboardRenderRequest r, IReadOnlyList<SceneClip> clips,
        IReadOnlyList<SceneSource> sources, string? narrationTrack, string? assPath)
    {
        var inputs = new List<string>();
        var script = new StringBuilder();
        var fps = F(r.Fps);
        var duration = r.Storyboard.DurationSeconds;
        var stills = clips.Where(c => !sources[c.Scene].IsVideo).ToList();
        var index = 0;
        if (stills.Count > 0)
        {
            inputs.AddRange(["-f", "rawvideo", "-pix_fmt", "rgba", "-s", $"{r.Width}x{r.Height}", "-framerate", fps, "-i", "pipe:0"]);
            script.Append($"[0:v]format=yuv420p,{(stills.Count == 1 ? "null" : $"split={stills.Count}")}");
            script.Append(string.Concat(stills.Select(c => $"[s{c.Scene}]"))).Append(";\n");
            index = 1;
        }
        var pipeFrame = 0;
        foreach (var clip in clips)
        {
            if (sources[clip.Scene].IsVideo)
            {
                inputs.AddRange(["-stream_loop", "-1", "-i", sources[clip.Scene].Path]);
                script.Append($"[{index++}:v]setpts=PTS-STARTPTS,fps={fps},scale={r.Width}:{r.Height}:force_original_aspect_ratio=increase,")
                    .Append($"crop={r.Width}:{r.Height},setsar=1,format=yuv420p,trim=end_frame={clip.Frames},setpts=PTS-STARTPTS[c{clip.Scene}];\n");
            }
            else
            {
                script.Append($"[s{clip.Scene}]trim=start_frame={pipeFrame}:end_frame={pipeFrame + clip.Frames},setpts=PTS-STARTPTS,setsar=1[c{clip.Scene}];\n");
                pipeFrame += clip.Frames;
            }
        }
        var current = "c0";
        foreach (var clip in clips.Skip(1))
        {
            var next = $"x{clip.Scene}";
            script.Append(clip.TransitionFrames == 0
                ? $"[{current}][c{clip.Scene}]concat=n=2:v=1:a=0[{next}];\n"
                : $"[{current}][c{clip.Scene}]xfade=transition={clip.Transition}:duration={F(clip.TransitionFrames / r.Fps)}:offset={F(clip.FirstFrame / r.Fps)}[{next}];\n");
            current = next;
        }
        var finish = new List<string>();
        if (assPath is not null) finish.Add($"ass=filename={Escape(assPath)}");
        if (r.FadeSeconds > 0) finish.Add($"fade=t=in:st=0:d={F(r.FadeSeconds)},fade=t=out:st={F(duration - r.FadeSeconds)}:d={F(r.FadeSeconds)}");
        finish.Add("format=yuv420p");
        script.Append($"[{current}]{string.Join(',', finish)}[vout];\n");

        AppendAudio(r, script, inputs, ref index, narrationTrack, duration);
        return (inputs, script.ToString());
    }

    private static void AppendAudio(StoryboardRenderRequest r, StringBuilder script, List<string> inputs, ref int index, string? narration, double duration)
    {
        const string Format = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
        string? voice = null, music = null;
        if (narration is not null)
        {
            inputs.AddRange(["-i", narration]);
            script.Append($"[{index++}:a]{Format}[voice];\n");
            voice = "voice";
        }
        if (r.MusicPath is not null)
        {
            inputs.AddRange(["-stream_loop", "-1", "-ss", F(r.MusicStart), "-i", r.MusicPath]);
            script.Append($"[{index++}:a]{Format},atrim=duration={F(duration)},asetpts=PTS-STARTPTS,volume={F(r.MusicVolume)}[music];\n");
            music = "music";
        }
        string mix;
        if (voice is not null && music is not null)
        {
            if (r.DuckMusic)
            {
                // The voice keys a compressor on the music: about -15 dB under speech, back within ~0.4 s after it.
                script.Append("[voice]asplit=2[v1][key];[music][key]sidechaincompress=threshold=0.01:ratio=12:attack=15:release=400[ducked];\n");
                script.Append("[ducked][v1]amix=inputs=2:normalize=0:duration=first[mix];\n");
            }
            else script.Append("[music][voice]amix=inputs=2:normalize=0:duration=first[mix];\n");
            mix = "mix";
        }
        else if (voice is not null || music is not null) mix = (voice ?? music)!;
        else
        {
            script.Append("anullsrc=r=48000:cl=stereo[silence];\n");
            mix = "silence";
        }
        var fades = r.FadeSeconds > 0 ? $",afade=t=in:st=0:d={F(r.FadeSeconds)},afade=t=out:st={F(duration - r.FadeSeconds)}:d={F(r.FadeSeconds)}" : "";
        script.Append($"[{mix}]apad,atrim=duration={F(duration)}{fades}[aout]");
    }

    public static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A file name inside a filter script: escaped for the option parser, quoted for the graph parser.</summary>
    private static string Escape(string path)
    {
        if (path.Contains('\'')) throw new VideoProcessingException("INVALID_INPUT", $"The scratch path '{path}' contains a quote; ffmpeg filter scripts cannot name it.");
        return "'" + path.Replace("\\", "\\\\").Replace(":", "\\:") + "'";
    }
}
