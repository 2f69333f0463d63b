namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary>A note read back from a Standard MIDI File: channel, program, pitch and times in beats.</summary>
internal readonly record struct ReadNote(int Channel, int Program, int Pitch, double StartBeat, double DurationBeats, int Velocity);

/// <summary>A minimal SMF reader (the test's own, independent of the writer): notes, tempo, meter and key signature.</summary>
internal sealed class MidiReader
{
    public List<ReadNote> Notes { get; } = [];

    public double Bpm { get; private set; } = 120;

    public int BeatsPerBar { get; private set; } = 4;

    public (int Accidentals, bool Minor) KeySignature { get; private set; }

    public static MidiReader Read(byte[] bytes)
    {
        var reader = new MidiReader();
        var position = 0;
        string Tag() { var t = System.Text.Encoding.ASCII.GetString(bytes, position, 4); position += 4; return t; }
        int Int(int n) { var v = 0; for (var i = 0; i < n; i++) v = (v << 8) | bytes[position++]; return v; }
        if (Tag() != "MThd") throw new InvalidDataException("not a MIDI file");
        Int(4);
        Int(2);
        var tracks = Int(2);
        var division = Int(2);
        for (var t = 0; t < tracks; t++)
        {
            if (Tag() != "MTrk") throw new InvalidDataException("bad track");
            var end = Int(4) + position;
            long tick = 0;
            var running = 0;
            var programs = new int[16];
            var open = new Dictionary<(int, int), (long Tick, int Velocity)>();
            while (position < end)
            {
                long delta = 0;
                byte b;
                do { b = bytes[position++]; delta = (delta << 7) | (uint)(b & 0x7F); } while ((b & 0x80) != 0);
                tick += delta;
                int status = bytes[position];
                if (status >= 0x80) position++; else status = running;
                if (status == 0xFF)
                {
                    var type = bytes[position++];
                    var length = bytes[position++];
                    if (type == 0x51) reader.Bpm = 60_000_000.0 / ((bytes[position] << 16) | (bytes[position + 1] << 8) | bytes[position + 2]);
                    if (type == 0x58) reader.BeatsPerBar = bytes[position];
                    if (type == 0x59) reader.KeySignature = ((sbyte)bytes[position], bytes[position + 1] == 1);
                    position += length;
                    continue;
                }
                running = status;
                var channel = status & 0x0F;
                switch (status & 0xF0)
                {
                    case 0xC0: programs[channel] = bytes[position++]; break;
                    case 0xD0: position++; break;
                    case 0x90 or 0x80:
                        {
                            var pitch = bytes[position++];
                            var velocity = bytes[position++];
                            if ((status & 0xF0) == 0x90 && velocity > 0) open[(channel, pitch)] = (tick, velocity);
                            else if (open.Remove((channel, pitch), out var on))
                                reader.Notes.Add(new ReadNote(channel, programs[channel], pitch, (double)on.Tick / division, (double)(tick - on.Tick) / division, on.Velocity));
                            break;
                        }
                    default: position += 2; break;
                }
            }
            position = end;
        }
        return reader;
    }
}
