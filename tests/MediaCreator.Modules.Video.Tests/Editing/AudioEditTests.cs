using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class AudioEditTests : IDisposable
{
    private readonly EditMedia _media = new();

    [Fact]
    public async Task Music_IsDuckedUnderSpeech_AndLoopedToLength()
    {
        // "Speech" is a 3 kHz tone at 0.5-1.5 s and 2.5-3.5 s; the music is a 1.5 s 200 Hz tone.
        var source = await _media.MakeAsync("speech.mp4", "color=c=black:s=320x240:r=25:d=4",
            "aevalsrc=exprs='0.3*sin(2*PI*3000*t)*(between(t,0.5,1.5)+between(t,2.5,3.5))':s=48000:d=4");
        var music = await _media.RawAsync("music.wav", "-f", "lavfi", "-i", "sine=f=200:r=48000:d=1.5");

        await Editor().EditAsync(new VideoEditRequest([source], [new AddAudioTrackEdit(music, 0.5, DuckUnderSpeech: true)],
            _media.File("ducked.mp4"), _media.Scratch), null, CancellationToken.None);
        var plain = await Editor().EditAsync(new VideoEditRequest([source], [new AddAudioTrackEdit(music, 0.5, DuckUnderSpeech: false)],
            _media.File("plain.mp4"), _media.Scratch), null, CancellationToken.None);

        var ducked = await SamplesAsync(_media.File("ducked.mp4"));
        var open = await SamplesAsync(_media.File("plain.mp4"));
        var underSpeech = ToneDb(open, 16000, 0.8, 1.3, 200) - ToneDb(ducked, 16000, 0.8, 1.3, 200);
        Assert.True(underSpeech > 6, $"music only {underSpeech:0.0} dB lower under speech");
        Assert.InRange(ToneDb(open, 16000, 2.0, 2.4, 200) - ToneDb(ducked, 16000, 2.0, 2.4, 200), -1.5, 3);
        Assert.True(ToneDb(open, 16000, 3.6, 3.95, 200) > ToneDb(open, 16000, 2.0, 2.4, 200) - 3, "music does not loop to the end");
        Assert.InRange(plain.DurationSeconds, 3.95, 4.08);
    }

    [Fact]
    public async Task Music_OnASilentVideo_BecomesItsSound()
    {
        var source = await _media.MakeAsync("mute.mp4", "color=c=black:s=320x240:r=25:d=2");
        var music = await _media.RawAsync("music.wav", "-f", "lavfi", "-i", "sine=f=200:r=48000:d=5");

        var info = await Editor().EditAsync(new VideoEditRequest([source], [new AddAudioTrackEdit(music)], _media.File("m.mp4"), _media.Scratch),
            null, CancellationToken.None);

        Assert.True(info.HasAudio);
        Assert.InRange(info.DurationSeconds, 1.95, 2.08);
    }

    [Theory]
    [InlineData(0.02, -14.0)]
    [InlineData(0.9, -20.0)]
    public async Task Normalize_LandsOnTheTarget_UnderTheCeiling(double amplitude, double target)
    {
        // Speech-like: a tone with a 4 Hz syllable envelope, peaks well above its average.
        var source = await _media.MakeAsync("tone.mp4", "color=c=black:s=320x240:r=25:d=4",
            $"aevalsrc=exprs='{F(amplitude)}*sin(2*PI*700*t)*pow(abs(sin(2*PI*2*t)),3)':s=48000:d=4");

        await Editor().EditAsync(new VideoEditRequest([source], [new NormalizeAudioEdit(target, -1)], _media.File("n.mp4"), _media.Scratch),
            null, CancellationToken.None);

        var (lufs, peak) = await _media.LoudnessAsync(_media.File("n.mp4"));
        Assert.InRange(lufs, target - 0.5, target + 0.5);
        Assert.True(peak <= -0.9, $"true peak {peak:0.00} dBTP");
    }

    public void Dispose() => _media.Dispose();
}
