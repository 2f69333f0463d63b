using System.Text;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

/// <summary>
/// A reader of Guitar Pro 5.00 files written from the published format description (PyGuitarPro's GP3/GP4/GP5
/// readers, field by field), supporting what a plain tab uses; it fails on anything it does not expect.
/// </summary>
internal sealed class Gp5Reader(byte[] data)
{
    private readonly BinaryReader _r = new(new MemoryStream(data), Encoding.Latin1);

    public sealed record Note(int String, int Fret, int Type);

    public sealed record Beat(int Duration, bool Dotted, bool Rest, string? Text, List<Note> Notes)
    {
        /// <summary>Length in sixteenths.</summary>
        public int Sixteenths => (16 >> (Duration + 2)) * (Dotted ? 3 : 2) / 2;
    }

    public string Version { get; private set; } = "";

    public string Title { get; private set; } = "";

    public int Tempo { get; private set; }

    public int Key { get; private set; }

    public int Numerator { get; private set; }

    public int Denominator { get; private set; }

    public string TrackName { get; private set; } = "";

    public List<int> Tuning { get; } = [];

    public int Program { get; private set; }

    public List<List<Beat>> Measures { get; } = [];

    public bool AtEnd => _r.BaseStream.Position == _r.BaseStream.Length;

    public Gp5Reader Read()
    {
        Version = ByteSizeString(30);
        Title = IntByteSizeString();
        for (var i = 0; i < 8; i++) IntByteSizeString(); // subtitle … instructions
        var notice = _r.ReadInt32();
        for (var i = 0; i < notice; i++) IntByteSizeString();
        _r.ReadInt32(); // lyrics track
        for (var i = 0; i < 5; i++)
        {
            _r.ReadInt32();
            _r.ReadBytes(_r.ReadInt32());
        }
        for (var i = 0; i < 7; i++) _r.ReadInt32(); // page size, margins, proportion
        _r.ReadInt16();
        for (var i = 0; i < 10; i++) IntByteSizeString();
        IntByteSizeString(); // tempo name
        Tempo = _r.ReadInt32();
        Key = _r.ReadSByte();
        _r.ReadInt32(); // octave
        var programs = new int[64];
        for (var i = 0; i < 64; i++)
        {
            programs[i] = _r.ReadInt32();
            _r.ReadBytes(6 + 2);
        }
        for (var i = 0; i < 19; i++) _r.ReadInt16();
        _r.ReadInt32(); // master reverb
        var measures = _r.ReadInt32();
        var tracks = _r.ReadInt32();
        if (tracks != 1) throw new InvalidDataException("one track expected");
        for (var m = 0; m < measures; m++)
        {
            if (m > 0) _r.ReadByte();
            var flags = _r.ReadByte();
            if ((flags & 0x01) != 0) Numerator = _r.ReadSByte();
            if ((flags & 0x02) != 0) Denominator = _r.ReadSByte();
            if ((flags & 0x08) != 0) _r.ReadSByte();
            if ((flags & 0x10) != 0) _r.ReadByte();
            if ((flags & 0x20) != 0) throw new InvalidDataException("markers not expected");
            if ((flags & 0x40) != 0)
            {
                _r.ReadSByte();
                _r.ReadSByte();
            }
            if ((flags & 0x03) != 0) _r.ReadBytes(4);
            if ((flags & 0x10) == 0) _r.ReadByte();
            _r.ReadByte(); // triplet feel
        }
        _r.ReadByte(); // 5.00: blank before the track
        var trackFlags = _r.ReadByte();
        if ((trackFlags & 0x01) != 0) throw new InvalidDataException("percussion track");
        TrackName = ByteSizeString(40);
        var strings = _r.ReadInt32();
        for (var i = 0; i < 7; i++)
        {
            var tuning = _r.ReadInt32();
            if (i < strings) Tuning.Add(tuning);
        }
        _r.ReadInt32(); // port
        Program = programs[_r.ReadInt32() - 1];
        _r.ReadInt32(); // effect channel
        _r.ReadInt32(); // frets
        _r.ReadInt32(); // capo
        _r.ReadBytes(4); // colour
        _r.ReadInt16(); // settings
        _r.ReadByte(); // accentuation
        _r.ReadByte(); // bank
        _r.ReadByte(); // humanize
        _r.ReadBytes(12 + 12);
        _r.ReadBytes(12); // RSE instrument, unknown, sound bank
        _r.ReadInt16(); // effect number (5.00)
        _r.ReadByte();
        _r.ReadBytes(2); // 5.00: after the tracks

        for (var m = 0; m < measures; m++)
        {
            var beats = new List<Beat>();
            for (var voice = 0; voice < 2; voice++)
            {
                var count = _r.ReadInt32();
                for (var b = 0; b < count; b++)
                {
                    var beat = ReadBeat(strings);
                    if (voice == 0) beats.Add(beat);
                }
            }
            _r.ReadByte(); // line break
            Measures.Add(beats);
        }
        return this;
    }

    private Beat ReadBeat(int strings)
    {
        var flags = _r.ReadByte();
        var rest = false;
        if ((flags & 0x40) != 0) rest = _r.ReadByte() == 0x02;
        var duration = _r.ReadSByte();
        if ((flags & 0x20) != 0) _r.ReadInt32();
        if ((flags & 0x02) != 0 || (flags & 0x08) != 0 || (flags & 0x10) != 0) throw new InvalidDataException("chord/effects/mix not expected");
        string? text = (flags & 0x04) != 0 ? IntByteSizeString() : null;
        var stringFlags = _r.ReadByte();
        var notes = new List<Note>();
        for (var number = 1; number <= strings; number++)
        {
            if ((stringFlags & (1 << (7 - number))) == 0) continue;
            var noteFlags = _r.ReadByte();
            var type = (noteFlags & 0x20) != 0 ? _r.ReadByte() : 1;
            if ((noteFlags & 0x10) != 0) _r.ReadSByte();
            var fret = (noteFlags & 0x20) != 0 ? _r.ReadSByte() : 0;
            if ((noteFlags & 0x80) != 0) _r.ReadBytes(2);
            if ((noteFlags & 0x01) != 0) _r.ReadDouble();
            _r.ReadByte();
            if ((noteFlags & 0x08) != 0) throw new InvalidDataException("note effects not expected");
            notes.Add(new Note(number, fret, type));
        }
        var display = _r.ReadInt16();
        if ((display & 0x0800) != 0) _r.ReadByte();
        return new Beat(duration, (flags & 0x01) != 0, rest, text, notes);
    }

    private string ByteSizeString(int size)
    {
        var length = _r.ReadByte();
        var bytes = _r.ReadBytes(size);
        return Encoding.Latin1.GetString(bytes, 0, Math.Min(length, size));
    }

    private string IntByteSizeString()
    {
        var size = _r.ReadInt32() - 1;
        var length = _r.ReadByte();
        if (length != size) throw new InvalidDataException($"string sizes {size} and {length} differ");
        return Encoding.Latin1.GetString(_r.ReadBytes(length));
    }
}
