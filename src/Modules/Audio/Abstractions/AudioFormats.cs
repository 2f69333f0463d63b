namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>Output file formats (GraphQL <c>AudioFormat</c>).</summary>
public enum AudioFileFormat
{
    Wav,
    Mp3,
    Flac,
    Aac,
    Ogg,
}

/// <summary>Stem kinds (GraphQL <c>StemType</c>).</summary>
public enum StemKind
{
    Vocal,
    Drums,
    Bass,
    Other,
    Piano,
    Guitar,
}

public static class AudioFileFormats
{
    public static string Extension(this AudioFileFormat format) => format switch
    {
        AudioFileFormat.Wav => "wav",
        AudioFileFormat.Mp3 => "mp3",
        AudioFileFormat.Flac => "flac",
        AudioFileFormat.Aac => "m4a",
        AudioFileFormat.Ogg => "ogg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string MimeType(this AudioFileFormat format) => format switch
    {
        AudioFileFormat.Wav => "audio/wav",
        AudioFileFormat.Mp3 => "audio/mpeg",
        AudioFileFormat.Flac => "audio/flac",
        AudioFileFormat.Aac => "audio/mp4",
        AudioFileFormat.Ogg => "audio/ogg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
