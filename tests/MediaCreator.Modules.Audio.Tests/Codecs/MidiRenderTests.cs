using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tests.Support;

namespace MediaCreator.Modules.Audio.Tests.Codecs;

public sealed class MidiRenderTests
{
    [Fact]
    public void Midi_file_has_header_tempo_and_notes()
    {
        var midi = new MidiFile(120);
        midi.AddTrack("Piano", 0, 0).Add(0, 1, 60).Add(1, 1, 64);

        var bytes = midi.ToBytes();

        Assert.Equal("MThd"u8.ToArray(), bytes[..4]);
        Assert.Equal(2, bytes[11]); // conductor + one track
        // 120 BPM = 500000 us per quarter (0x07A120) in the tempo meta event.
        var tempo = bytes.AsSpan().IndexOf(new byte[] { 0xFF, 0x51, 0x03, 0x07, 0xA1, 0x20 });
        Assert.True(tempo > 0);
        Assert.Equal(2.0, midi.LengthBeats);
    }

    [Fact]
    public async Task Fluidsynth_renders_an_A4_that_sounds_at_440_Hz()
    {
        var renderer = new FluidSynthRenderer();
        Assert.True(renderer.IsAvailable, "fluidsynth and a GM SoundFont are installed by scripts/test.sh");
        var midi = new MidiFile(120);
        midi.AddTrack("Flute", 0, 73).Add(0, 4, 69, 110);

        var audio = await renderer.RenderAsync(midi, 44100);

        Assert.InRange(audio.DurationSeconds, 1.9, 5);
        var mono = audio.Mono();
        // The strongest partial of the sustained middle is the fundamental.
        var stft = new MediaCreator.Modules.Audio.Dsp.Stft(16384, 4096);
        var frame = stft.Magnitudes(mono.AsSpan(22050, 16384 * 2))[2];
        var peak = Enumerable.Range(1, frame.Length - 1).MaxBy(b => frame[b]);
        Assert.InRange(stft.BinFrequency(peak, 44100), 436, 444);
        Assert.True(Signals.Rms(mono.AsSpan(22050, 44100)) > 0.01);
    }
}
