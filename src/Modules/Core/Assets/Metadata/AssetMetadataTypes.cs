using GraphQL.Types;

namespace MediaCreator.Modules.Core.Assets.Metadata;

internal sealed class ImageFormatType : EnumerationGraphType<ImageFormat>
{
    public ImageFormatType()
    {
        Name = "ImageFormat";
        Description = "Encoded image format (GIF for uploaded GIFs).";
    }
}

public sealed class AudioFormatType : EnumerationGraphType<AudioFormat>
{
    public AudioFormatType()
    {
        Name = "AudioFormat";
        Description = "Audio encoding.";
    }

    // MP3, not the default constant case MP_3.
    protected override string ChangeEnumCase(string val) => val.ToUpperInvariant();
}

public sealed class StemTypeType : EnumerationGraphType<StemType>
{
    public StemTypeType()
    {
        Name = "StemType";
        Description = "Stem kinds (spec: vocal, drums, bass, other; PIANO/GUITAR for 6-stem providers).";
    }
}

public sealed class SubtitleFormatType : EnumerationGraphType<SubtitleFormat>
{
    public SubtitleFormatType()
    {
        Name = "SubtitleFormat";
        Description = "Subtitle file format.";
    }
}

internal sealed class AssetMetadataUnionType : UnionGraphType
{
    public AssetMetadataUnionType()
    {
        Name = "AssetMetadata";
        Description = "Typed asset metadata, selected by asset type.";
        Type<ImageMetadataType>();
        Type<VideoMetadataType>();
        Type<AudioMetadataType>();
        Type<SubtitleMetadataType>();
    }
}

internal sealed class ImageMetadataType : ObjectGraphType<ImageMetadata>
{
    public ImageMetadataType()
    {
        Name = "ImageMetadata";
        Description = "Metadata of an IMAGE asset (also multi-page PDF/TIFF exports).";
        Field(x => x.Width);
        Field(x => x.Height);
        Field<NonNullGraphType<ImageFormatType>>("format").Resolve(c => c.Source.Format);
        Field(x => x.AspectRatio).Description("Reduced ratio, e.g. \"1:1\".");
        Field(x => x.Dpi, nullable: true);
        Field(x => x.PageCount, nullable: true).Description("Pages for PDF/TIFF exports (coloring books, card sheets).");
        Field(x => x.HasAlpha);
        Field(x => x.Provider, nullable: true);
        Field(x => x.Prompt, nullable: true);
        Field(x => x.Style, nullable: true);
        Field<LongGraphType>("seed").Resolve(c => c.Source.Seed);
        IsTypeOf = o => o is ImageMetadata;
    }
}

internal sealed class VideoMetadataType : ObjectGraphType<VideoMetadata>
{
    public VideoMetadataType()
    {
        Name = "VideoMetadata";
        Description = "Metadata of a VIDEO asset (spec `VideoMetadata`, stored in Asset.metadata).";
        Field(x => x.Duration).Description("Duration in seconds.");
        Field(x => x.Width);
        Field(x => x.Height);
        Field(x => x.Fps);
        Field(x => x.HasAudio);
        Field(x => x.Provider, nullable: true);
        Field(x => x.AspectRatio).Description("Reduced ratio as measured, e.g. \"9:16\".");
        Field(x => x.Codec, nullable: true);
        Field(x => x.BitrateKbps, nullable: true);
        IsTypeOf = o => o is VideoMetadata;
    }
}

internal sealed class AudioMetadataType : ObjectGraphType<AudioMetadata>
{
    public AudioMetadataType()
    {
        Name = "AudioMetadata";
        Description = "Metadata of an AUDIO asset.";
        Field(x => x.Duration).Description("Duration in seconds.");
        Field(x => x.SampleRate);
        Field(x => x.Channels);
        Field<NonNullGraphType<AudioFormatType>>("format").Resolve(c => c.Source.Format);
        Field(x => x.BitrateKbps, nullable: true);
        Field(x => x.LoudnessLufs, nullable: true).Description("Integrated loudness in LUFS.");
        Field(x => x.Provider, nullable: true);
        Field<StemTypeType>("stemType").Description("Set when the asset is a separated stem.").Resolve(c => c.Source.StemType);
        IsTypeOf = o => o is AudioMetadata;
    }
}

internal sealed class SubtitleMetadataType : ObjectGraphType<SubtitleMetadata>
{
    public SubtitleMetadataType()
    {
        Name = "SubtitleMetadata";
        Description = "Metadata of a SUBTITLE asset.";
        Field<NonNullGraphType<SubtitleFormatType>>("format").Resolve(c => c.Source.Format);
        Field(x => x.Language).Description("BCP 47 language tag.");
        Field(x => x.CueCount);
        IsTypeOf = o => o is SubtitleMetadata;
    }
}
