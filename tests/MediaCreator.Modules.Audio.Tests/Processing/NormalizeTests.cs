using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Processing;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Processing;

[Collection(ProcessingCollection.Name)]
public sealed class NormalizeTests(ProcessingClips clips, ITestOutputHelper output)
{
    [Theory]
    [InlineData("music", -14)]
    [InlineData("music", -16)]
    [InlineData("music", -23)]
    [InlineData("dynamic", -14)]
    [InlineData("dynamic", -16)]
    [InlineData("dynamic", -23)]
    public async Task Output_hits_the_target_and_stays_under_the_true_peak_ceiling(string clip, double target)
    {
        var input = clip == "music" ? clips.Music : clips.Dynamic;
        var before = LoudnessMeter.Measure(input);
        if (clip == "dynamic") Assert.True(before.LoudnessRangeLu > 15, $"the dynamic clip's LRA is {before.LoudnessRangeLu:0.0} LU");

        var result = await new DspAudioProcessor().ApplyAsync(input, [new NormalizeSpec(target, -1)], null, null, CancellationToken.None);

        var path = Path.Combine(clips.Folder, $"normalized-{clip}{target}.wav");
        await AudioEncoder.EncodeAsync(result.Audio, AudioFileFormat.Wav, path);
        var (ffmpegI, ffmpegTp) = await ProcessingClips.FfmpegEbur128Async(path);
        output.WriteLine($"{clip} LRA {before.LoudnessRangeLu:0.0} LU, {before.IntegratedLufs:0.00} -> ours {result.After.IntegratedLufs:0.00} LUFS / {result.After.TruePeakDbtp:0.00} dBTP, ffmpeg {ffmpegI:0.0} LUFS / {ffmpegTp:0.0} dBTP | {result.Notes[0]}");

        Assert.Equal(input.Length, result.Audio.Length);
        Assert.InRange(result.After.IntegratedLufs, target - 0.5, target + 0.5);
        Assert.True(result.After.TruePeakDbtp <= -1.0, $"true peak {result.After.TruePeakDbtp:0.00} dBTP");
        Assert.InRange(ffmpegI, target - 0.5, target + 0.5);
        Assert.True(ffmpegTp <= -1.0, $"ffmpeg true peak {ffmpegTp:0.0} dBTP");
        Assert.StartsWith("normalize: ", result.Notes[0]);
        Assert.Contains("LUFS", result.Notes[0]);
        Assert.Equal(before.IntegratedLufs, result.Before.IntegratedLufs, 6);
    }

    [Fact]
    public async Task Silence_is_left_alone_with_a_note()
    {
        var result = await new DspAudioProcessor().ApplyAsync(AudioBuffer.Silence(48000, 2, 48000), [new NormalizeSpec(-14)], null, null, CancellationToken.None);

        Assert.Equal(0f, result.Audio.Peak());
        Assert.Contains("silent", result.Notes[0]);
    }

    [Fact]
    public void Limiter_gain_never_exceeds_what_each_sample_needs()
    {
        // A burst of inter-sample overs (fs/4 at 45 degrees) inside a quiet tone.
        var rate = 48000;
        var samples = new float[rate];
        for (var i = 0; i < rate; i++)
            samples[i] = (float)((i is > 20000 and < 22000 ? 1.4 : 0.2) * Math.Sin(2 * Math.PI * 12000 * i / rate + Math.PI / 4));
        var audio = new AudioBuffer(rate, [samples]);
        var needed = LoudnessMeter.TruePeakDb(audio) + 1;

        var reduction = TruePeakLimiter.Apply(audio, -1);

        Assert.True(LoudnessMeter.TruePeakDb(audio) <= -0.95, $"true peak {LoudnessMeter.TruePeakDb(audio):0.00}");
        // The burst's true peak (1.4 plus the overshoot at its abrupt edges) over -1 dBTP; the quiet part far away is untouched.
        Assert.InRange(reduction, needed - 0.3, needed + 0.3);
        Assert.Equal(0.2 * Math.Sin(2 * Math.PI * 12000 * 5000 / rate + Math.PI / 4), audio.Channels[0][5000], 5);
    }
}
