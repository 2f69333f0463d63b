using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Tests.Support;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Audio.Tests.Codecs;

public sealed class LoudnessMeterTests
{
    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    public void Stereo_1kHz_sine_at_minus_23_dBFS_reads_minus_23_LUFS(int rate)
    {
        // EBU Tech 3341 test signal 1: 997 Hz... stereo sine at -23 dBFS peak reads -23.0 LUFS.
        var amplitude = Math.Pow(10, -23 / 20.0);
        var tone = Signals.Sine(997, 20, rate, amplitude);

        var m = LoudnessMeter.Measure(Signals.Stereo(tone, (float[])tone.Clone(), rate));

        Assert.Equal(-23.0, m.IntegratedLufs, 1);
        Assert.InRange(m.TruePeakDbtp, -23.1, -22.9);
    }

    [Fact]
    public void Gating_ignores_silence()
    {
        var rate = 48000;
        var amplitude = Math.Pow(10, -20 / 20.0);
        var tone = Signals.Sine(1000, 10, rate, amplitude);
        var padded = new float[tone.Length * 3];
        tone.CopyTo(padded, tone.Length);

        // Blocks that straddle the tone's edges pass the gates, as in BS.1770; silence itself does not count.
        Assert.InRange(LoudnessMeter.IntegratedLufs(Signals.Mono(padded, rate)) - LoudnessMeter.IntegratedLufs(Signals.Mono(tone, rate)), -0.3, 0.01);
    }

    [Fact]
    public void True_peak_sees_inter_sample_overs()
    {
        // A sine at fs/4 with 45 degree phase: samples reach 0.707 of the real peak.
        var tone = Signals.Sine(12000, 1, 48000, 1.0, Math.PI / 4);

        var m = LoudnessMeter.Measure(Signals.Mono(tone, 48000));

        Assert.InRange(m.SamplePeakDbfs, -3.1, -2.9);
        Assert.InRange(m.TruePeakDbtp, -0.5, 0.3);
    }

    [Fact]
    public async Task Matches_ffmpeg_ebur128_on_noise_bursts()
    {
        var rate = 48000;
        var noise = Signals.Noise(12, rate, 0.2, seed: 7);
        for (var i = 0; i < noise.Length; i++) noise[i] *= (float)(0.2 + 0.8 * Math.Abs(Math.Sin(i * Math.PI / rate / 2)));
        var audio = Signals.Stereo(noise, Signals.Noise(12, rate, 0.1, seed: 8), rate);
        using var scratch = new ScratchFolder();
        var path = scratch.File("noise.wav");
        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Flac, path);

        var ours = LoudnessMeter.Measure(await AudioDecoder.DecodeAsync(path));
        var reference = await FfmpegIntegratedAsync(path);

        Assert.InRange(ours.IntegratedLufs - reference, -0.2, 0.2);
    }

    private static async Task<double> FfmpegIntegratedAsync(string path)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(FfmpegProcess.Binary) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-hide_banner", "-nostats", "-i", path, "-af", "ebur128", "-f", "null", "-"]) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var summary = text[text.LastIndexOf("Integrated loudness:", StringComparison.Ordinal)..];
        var line = summary.Split('\n').First(l => l.TrimStart().StartsWith("I:", StringComparison.Ordinal));
        return double.Parse(line.Trim()[2..].Replace("LUFS", "").Trim(), CultureInfo.InvariantCulture);
    }
}
