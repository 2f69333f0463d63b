using System.Text;
using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Core.Assets.Upload;

/// <summary>Identifies media by magic bytes; the client's declared type and file name are never trusted.</summary>
internal static partial class ContentSniffer
{
    public const int HeaderBytes = 4096;

    private static readonly MediaSignature Png = new("image/png", AssetType.Image, ["png"], []);
    private static readonly MediaSignature Jpeg = new("image/jpeg", AssetType.Image, ["jpg", "jpeg", "jpe", "jfif"], ["image/jpg", "image/pjpeg"]);
    private static readonly MediaSignature Gif = new("image/gif", AssetType.Image, ["gif"], []);
    private static readonly MediaSignature WebP = new("image/webp", AssetType.Image, ["webp"], []);
    private static readonly MediaSignature Mp4 = new("video/mp4", AssetType.Video, ["mp4", "m4v", "mov", "3gp"], ["video/quicktime", "video/x-m4v", "audio/mp4", "video/3gpp"]);
    private static readonly MediaSignature QuickTime = new("video/quicktime", AssetType.Video, ["mov", "qt", "mp4"], ["video/mp4"]);
    private static readonly MediaSignature M4A = new("audio/mp4", AssetType.Audio, ["m4a", "m4b", "mp4", "aac"], ["audio/x-m4a", "audio/m4a", "audio/aac", "video/mp4"]);
    private static readonly MediaSignature WebM = new("video/webm", AssetType.Video, ["webm", "weba"], ["audio/webm"]);
    private static readonly MediaSignature Matroska = new("video/x-matroska", AssetType.Video, ["mkv", "mka", "mk3d"], ["video/matroska", "audio/x-matroska", "audio/matroska"]);
    private static readonly MediaSignature Mp3 = new("audio/mpeg", AssetType.Audio, ["mp3", "mpga"], ["audio/mp3", "audio/x-mp3", "audio/mpeg3"]);
    private static readonly MediaSignature Aac = new("audio/aac", AssetType.Audio, ["aac", "adts"], ["audio/x-aac", "audio/aacp"]);
    private static readonly MediaSignature Wav = new("audio/wav", AssetType.Audio, ["wav", "wave"], ["audio/x-wav", "audio/wave", "audio/vnd.wave"]);
    private static readonly MediaSignature Flac = new("audio/flac", AssetType.Audio, ["flac"], ["audio/x-flac"]);
    private static readonly MediaSignature Ogg = new("audio/ogg", AssetType.Audio, ["ogg", "oga", "opus", "ogv"], ["application/ogg", "video/ogg", "audio/opus"]);
    private static readonly MediaSignature OggVideo = new("video/ogg", AssetType.Video, ["ogv", "ogg"], ["application/ogg", "audio/ogg"]);
    private static readonly MediaSignature Pdf = new("application/pdf", AssetType.Other, ["pdf"], ["application/x-pdf"]);
    private static readonly MediaSignature Vtt = new("text/vtt", AssetType.Subtitle, ["vtt"], ["text/plain"]);
    private static readonly MediaSignature Srt = new("application/x-subrip", AssetType.Subtitle, ["srt"], ["text/plain", "text/srt", "application/srt", "text/x-subrip"]);
    private static readonly MediaSignature Ass = new("text/x-ssa", AssetType.Subtitle, ["ass", "ssa"], ["text/plain", "text/x-ass"]);

    public static IReadOnlyList<string> SupportedMimeTypes { get; } =
        [.. new[] { Png, Jpeg, Gif, WebP, Mp4, QuickTime, M4A, WebM, Matroska, Mp3, Aac, Wav, Flac, Ogg, OggVideo, Pdf, Vtt, Srt, Ass }.Select(s => s.MimeType)];

    public static MediaSignature? Identify(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            if (head[8..12].SequenceEqual("WEBP"u8)) return WebP;
            if (head[8..12].SequenceEqual("WAVE"u8)) return Wav;
            return null;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return IsoBrand(Encoding.ASCII.GetString(head[8..12]));
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return head.IndexOf("webm"u8) >= 0 ? WebM : head.IndexOf("matroska"u8) >= 0 ? Matroska : null;
        if (head.StartsWith("fLaC"u8)) return Flac;
        if (head.StartsWith("OggS"u8)) return head.IndexOf("theora"u8) >= 0 ? OggVideo : Ogg;
        if (head.StartsWith("ID3"u8)) return Mp3;
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)
        {
            var layer = (head[1] >> 1) & 0x3;
            return layer == 1 ? Mp3 : layer == 0 ? Aac : null;
        }
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        return IdentifyText(head);
    }

    private static MediaSignature? IsoBrand(string brand) => brand switch
    {
        "M4A " or "M4B " or "M4P " => M4A,
        "qt  " => QuickTime,
        "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "dash" or "M4V " or "mmp4" or "MSNV" => Mp4,
        _ when brand.StartsWith("3g", StringComparison.Ordinal) => Mp4,
        _ => null,
    };

    private static MediaSignature? IdentifyText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        if (head.IndexOf((byte)0) >= 0) return null;
        var text = Encoding.UTF8.GetString(head);
        if (text.StartsWith("WEBVTT", StringComparison.Ordinal) && (text.Length == 6 || char.IsWhiteSpace(text[6]))) return Vtt;
        if (text.StartsWith("[Script Info]", StringComparison.Ordinal)) return Ass;
        return SrtStart().IsMatch(text) ? Srt : null;
    }

    [GeneratedRegex(@"\A\s*\d+\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{3} --> \d{1,2}:\d{2}:\d{2}[,.]\d{3}")]
    private static partial Regex SrtStart();
}
