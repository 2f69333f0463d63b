using System.Buffers.Binary;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>Resolution declared in a PNG <c>pHYs</c> chunk or a JPEG JFIF header; null when the file declares none.</summary>
internal static class DpiReader
{
    public static int? Read(ReadOnlySpan<byte> head)
    {
        if (head.Length > 8 && head[0] == 0x89 && head[1] == (byte)'P') return Png(head);
        if (head.Length > 18 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF && head[3] == 0xE0 && head[6..11].SequenceEqual("JFIF\0"u8))
            return Jfif(head[13], BinaryPrimitives.ReadUInt16BigEndian(head[14..16]));
        return null;
    }

    private static int? Png(ReadOnlySpan<byte> head)
    {
        for (var offset = 8; offset + 8 <= head.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(head[offset..]);
            var type = head.Slice(offset + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && offset + 17 <= head.Length && length == 9)
            {
                var perUnit = BinaryPrimitives.ReadUInt32BigEndian(head[(offset + 8)..]);
                return head[offset + 16] == 1 ? (int)Math.Round(perUnit * 0.0254) : null;
            }
            if (type.SequenceEqual("IDAT"u8) || length < 0) return null;
            offset += 12 + length;
        }
        return null;
    }

    private static int? Jfif(byte units, ushort density) => units switch
    {
        1 when density > 0 => density,
        2 when density > 0 => (int)Math.Round(density * 2.54),
        _ => null,
    };
}
