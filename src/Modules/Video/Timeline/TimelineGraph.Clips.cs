namespace MediaCreator.Modules.Video.Timeline;

internal sealed partial class TimelineGraph
{
    /// <summary>
    /// One video/image clip as exactly <paramref name="pre"/> + <paramref name="frames"/> + <paramref name="post"/>
    /// full frames. Transition frames come from the source beyond the in/out points where it has them, else the
    /// first/last frame is held.
    /// </summary>
    private string Clip(VideoClip clip, int pre, int post, int frames, bool isBase)
    {
        var media = _media[clip.AssetId];
        double fps = _doc.Fps, preS = pre / fps, postS = post / fps, len = frames / fps;
        double preHandle, postHandle;
        int input;
        if (media.Kind == TimelineAssetKind.Image)
        {
            (preHandle, postHandle) = (preS, postS);
            input = AddInput("-loop", "1", "-framerate", _fps, "-t", Num(preS + len + postS + 1), "-i", media.Path);
        }
        else
        {
            preHandle = Math.Min(preS, clip.InPoint);
            postHandle = Math.Max(0, Math.Min(postS, (media.DurationSeconds ?? double.MaxValue) - clip.OutPoint));
            input = AddInput("-ss", Num(clip.InPoint - preHandle), "-t", Num(preHandle + len + postHandle), "-i", media.Path);
            _clipInputs[clip.Id] = (input, preHandle, postHandle);
        }

        var full = clip.Scale == 1 && clip.X == 0.5 && clip.Y == 0.5;
        var (bw, bh) = full ? (_width, _height) : (Even(_width * clip.Scale), Even(_height * clip.Scale));
        var source = Filter($"[{input}:v]setpts=PTS-STARTPTS,fps={_fps},setsar=1");
        var fitted = Fit(source, clip.Fit, bw, bh, isBase);
        var total = pre + frames + post;
        var startPad = preS - preHandle > 1e-6 ? $"start_mode=clone:start_duration={Num(preS - preHandle)}:" : "";
        var timed = Filter($"[{fitted}]format={Pix(isBase)},setsar=1,tpad={startPad}stop_mode=clone:stop_duration={Num(postS - postHandle + 1)},"
                           + $"trim=end_frame={total},setpts=PTS-STARTPTS");
        if (full && clip.Opacity >= 1) return timed;

        var layer = clip.Opacity < 1 ? Filter($"[{timed}]format=yuva420p,colorchannelmixer=aa={Num(clip.Opacity)}") : timed;
        var canvas = Gap(total, isBase);
        var x = (int)Math.Round(clip.X * _width - bw / 2.0);
        var y = (int)Math.Round(clip.Y * _height - bh / 2.0);
        return Filter($"[{canvas}][{layer}]overlay=x={x}:y={y}:format=auto,format={Pix(isBase)}");
    }

    private string Fit(string source, ClipFit fit, int bw, int bh, bool isBase)
    {
        switch (fit)
        {
            case ClipFit.Crop:
                return Filter($"[{source}]scale={bw}:{bh}:force_original_aspect_ratio=increase,crop={bw}:{bh}");
            case ClipFit.BlurPad:
                var (a, b) = ($"s{_labels++}", $"s{_labels++}");
                _filters.Append($"[{source}]split[{a}][{b}];");
                int sw = Even(bw / 8.0), sh = Even(bh / 8.0);
                var background = Filter($"[{a}]scale={sw}:{sh}:force_original_aspect_ratio=increase,crop={sw}:{sh},boxblur=2:1,scale={bw}:{bh}");
                var front = Filter($"[{b}]scale={bw}:{bh}:force_original_aspect_ratio=decrease:force_divisible_by=2");
                return Filter($"[{background}][{front}]overlay=(W-w)/2:(H-h)/2");
            default:
                var pad = isBase ? Color(_doc.BackgroundColor) : "black@0";
                return Filter($"[{source}]scale={bw}:{bh}:force_original_aspect_ratio=decrease:force_divisible_by=2,format={Pix(isBase)},"
                              + $"pad={bw}:{bh}:(ow-iw)/2:(oh-ih)/2:color={pad}");
        }
    }

    /// <summary>Sound of unmuted video clips (from their own inputs) and audio clips, each delayed to its start, then mixed.</summary>
    private void Audio()
    {
        var sources = new List<string>();
        foreach (var track in _doc.OrderedTracks.Where(t => !t.Muted))
        {
            foreach (var clip in track.OrderedClips)
            {
                if (clip is VideoClip v && _media[v.AssetId].HasAudio && _clipInputs.TryGetValue(v.Id, out var source))
                {
                    // Across a transition the sound crossfades too, over the source the picture uses beyond the cut.
                    var (pre, post) = (source.PreHandle, source.PostHandle);
                    var sound = Sound(source.Input, v.Start - pre, pre + v.Duration + post, v.Volume, v.FadeIn, v.FadeOut, pre, post);
                    sources.Add(sound);
                }
                else if (clip is AudioClip a)
                {
                    var input = AddInput("-ss", Num(a.InPoint), "-t", Num(a.Duration), "-i", _media[a.AssetId].Path);
                    sources.Add(Sound(input, a.Start, a.Duration, a.Volume, a.FadeIn, a.FadeOut));
                }
            }
        }
        // A silent bed of the full length sets the mix's duration (apad after amix loses timestamps in ffmpeg 5.1).
        var total = Num(TotalSeconds);
        var bed = Filter($"anullsrc=r=48000:cl=stereo,atrim=duration={total}");
        _filters.Append($"[{bed}]{string.Concat(sources.Select(s => $"[{s}]"))}amix=inputs={sources.Count + 1}:normalize=0:duration=longest,atrim=duration={total}[aout];");
    }

    private string Sound(int input, double start, double duration, double volume, double fadeIn, double fadeOut,
        double crossIn = 0, double crossOut = 0)
    {
        var chain = $"[{input}:a]atrim=duration={Num(duration)},asetpts=PTS-STARTPTS,aresample=48000,"
                    + $"aformat=sample_fmts=fltp:channel_layouts=stereo,volume={Num(volume)}";
        if (crossIn > 0) chain += $",afade=t=in:st=0:d={Num(crossIn * 2)}";
        if (crossOut > 0) chain += $",afade=t=out:st={Num(duration - crossOut * 2)}:d={Num(crossOut * 2)}";
        if (fadeIn > 0) chain += $",afade=t=in:st={Num(crossIn)}:d={Num(fadeIn)}";
        if (fadeOut > 0) chain += $",afade=t=out:st={Num(duration - crossOut - fadeOut)}:d={Num(fadeOut)}";
        var delay = (long)Math.Round(start * 1000);
        if (delay > 0) chain += $",adelay=delays={delay}:all=1";
        return Filter(chain);
    }

    private static int Even(double v) => Math.Max(2, (int)Math.Round(v / 2) * 2);
}
