using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tests.Support;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Audio.Tests.Codecs;

public sealed class CodecTests
{
    [Theory]
    [InlineData(AudioFileFormat.Wav, 1e-4)]
    [InlineData(AudioFileFormat.Flac, 1e-4)]
    [InlineData(AudioFileFormat.Mp3, 0.05)]
    [InlineData(AudioFileFormat.Aac, 0.05)]
    [InlineData(AudioFileFormat.Ogg, 0.05)]
    public async Task Encoded_file_decodes_back_to_the_same_tone(AudioFileFormat format, double tolerance)
    {
        using var scratch = new ScratchFolder();
        var left = Signals.Sine(440, 2, 44100, 0.5);
        var right = Signals.Sine(660, 2, 44100, 0.25);
        var path = scratch.File("tone." + format.Extension());

        await AudioEncoder.EncodeAsync(Signals.Stereo(left, right, 44100), format, path,
            new AudioEncodeOptions(Tags: new Dictionary<string, string> { ["title"] = "Tone" }));
        var decoded = await AudioDecoder.DecodeAsync(path);

        Assert.Equal(44100, decoded.SampleRate);
        Assert.Equal(2, decoded.ChannelCount);
        Assert.InRange(decoded.DurationSeconds, 1.95, 2.1);
        // Compare RMS levels in the steady middle (lossy codecs add delay, so not sample by sample).
        var middle = new Range(22050 - 4410, 22050 + 4410);
        Assert.InRange(Signals.Rms(decoded.Channels[0].AsSpan()[middle]), Signals.Rms(left.AsSpan()[middle]) * (1 - tolerance) - 1e-3, Signals.Rms(left.AsSpan()[middle]) * (1 + tolerance) + 1e-3);
        Assert.InRange(Signals.Rms(decoded.Channels[1].AsSpan()[middle]), Signals.Rms(right.AsSpan()[middle]) * (1 - tolerance) - 1e-3, Signals.Rms(right.AsSpan()[middle]) * (1 + tolerance) + 1e-3);
        if (format is AudioFileFormat.Wav or AudioFileFormat.Flac)
            Assert.True(Math.Abs(decoded.Channels[0][1000] - left[1000]) < 1e-4);
    }

    [Fact]
    public async Task Decoder_resamples_and_downmixes_with_ffmpeg()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.File("tone.wav");
        await AudioEncoder.EncodeAsync(Signals.Stereo(Signals.Sine(1000, 1, 48000, 0.5), Signals.Sine(1000, 1, 48000, 0.5), 48000), AudioFileFormat.Wav, path);

        var decoded = await AudioDecoder.DecodeAsync(path, sampleRate: 22050, channels: 1);

        Assert.Equal(22050, decoded.SampleRate);
        Assert.Equal(1, decoded.ChannelCount);
        Assert.InRange(decoded.Length, 22000, 22100);
        Assert.InRange(Signals.Rms(decoded.Channels[0].AsSpan(2000, 10000)), 0.5 / Math.Sqrt(2) * 0.98, 0.5 / Math.Sqrt(2) * 1.02);
    }

    [Fact]
    public async Task Garbage_is_refused_with_a_code()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.File("noise.mp3");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 4000).Select(i => (byte)(i * 7)).ToArray());

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => AudioDecoder.DecodeAsync(path));
        Assert.Equal("UNSUPPORTED_MEDIA", error.Code);
    }

    [Fact]
    public async Task Chapters_and_tags_are_written_into_the_file()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.File("episode.mp3");
        var audio = Signals.Mono(Signals.Sine(300, 6, 44100, 0.3), 44100);

        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Mp3, path, new AudioEncodeOptions(
            Tags: new Dictionary<string, string> { ["title"] = "Episode 1", ["artist"] = "MediaCreator" },
            Chapters: [new AudioChapter(0, 3, "Intro"), new AudioChapter(3, 6, "Talk")]));

        var analysis = await FFMpegCore.FFProbe.AnalyseAsync(path);
        Assert.Equal("Episode 1", analysis.Format.Tags!["title"]);
        Assert.Equal(["Intro", "Talk"], analysis.Chapters.Select(c => c.Title));
        Assert.Equal(3, analysis.Chapters[1].Start.TotalSeconds, 2);
    }

    [Fact]
    public async Task Cancelling_kills_ffmpeg()
    {
        using var cts = new CancellationTokenSource();
        var started = DateTime.UtcNow;
        var run = FfmpegProcess.RunAsync(["-re", "-f", "lavfi", "-i", "sine=frequency=440:duration=120", "-f", "null", "-"],
            progress: _ => cts.Cancel(), ct: cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }
}
