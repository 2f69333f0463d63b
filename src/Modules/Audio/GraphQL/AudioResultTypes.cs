using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Audio.Persistence;
using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.Assets.Metadata;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Audio.GraphQL;

internal sealed record MusicalKeyView(string Notation, string Tonic, string Mode);

internal sealed record TimeSignatureView(string Notation, int BeatsPerBar, int BeatUnit);

internal sealed record MusicSectionView(string Label, double Start, double End, double? Confidence);

internal sealed record ChordSegmentView(string Chord, double Start, double End, double? Confidence);

internal sealed record EnergyPointView(double Time, double Energy);

internal sealed record StemView(string Type, Guid AssetId);

/// <summary>Reads the JSON columns of the result rows into the contract's shapes.</summary>
internal static class AudioResultViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MusicalKeyView? Key(string? notation)
    {
        if (notation?.Split(':') is not [var tonic, var mode]) return null;
        return new MusicalKeyView(notation, tonic, mode == "min" ? "MINOR" : "MAJOR");
    }

    public static TimeSignatureView? Meter(string? notation) =>
        notation?.Split('/') is [var beats, var unit] && int.TryParse(beats, out var b) && int.TryParse(unit, out var u)
            ? new TimeSignatureView(notation, b, u) : null;

    public static IReadOnlyList<T> List<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];

    public static IReadOnlyList<StemView> Stems(StemGroup group)
    {
        var stems = JsonSerializer.Deserialize<Dictionary<string, Guid>>(group.StemAssetsJson, Json) ?? [];
        string[] order = ["VOCAL", "DRUMS", "BASS", "OTHER", "PIANO", "GUITAR"];
        return [.. stems.OrderBy(s => Array.IndexOf(order, s.Key)).Select(s => new StemView(s.Key, s.Value))];
    }
}

internal sealed class AudioAnalysisType : ObjectGraphType<AudioAnalysis>
{
    public AudioAnalysisType()
    {
        Name = "AudioAnalysis";
        Description = "Music analysis of an asset (table `audio_analysis`).";
        this.ImplementsNode("AudioAnalysis", x => x.Id);
        Field("asset", new NonNullGraphType(new GraphQLTypeReference("Asset"))).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.AssetId));
        Field(x => x.Bpm, nullable: true).Description("Tempo in beats per minute (quarter notes; dotted quarters in 6/8).");
        Field(x => x.BpmConfidence, nullable: true).Description("0..1.");
        Field<MusicalKeyType>("key").Resolve(c => AudioResultViews.Key(c.Source.Key));
        Field(x => x.KeyConfidence, nullable: true).Description("0..1.");
        Field<TimeSignatureType>("timeSignature").Resolve(c => AudioResultViews.Meter(c.Source.TimeSignature));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MusicSectionType>>>>("sections")
            .Resolve(c => AudioResultViews.List<MusicSectionView>(c.Source.SectionsJson));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChordSegmentType>>>>("chordProgression")
            .Resolve(c => AudioResultViews.List<ChordSegmentView>(c.Source.ChordsJson));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnergyPointType>>>>("energyCurve")
            .Resolve(c => AudioResultViews.List<EnergyPointView>(c.Source.EnergyJson));
        Field<FloatGraphType>("loudnessLufs").Description("Integrated loudness (ITU-R BS.1770-4).")
            .Resolve(c => Loudness(c.Source, "integratedLufs"));
        Field<FloatGraphType>("truePeakDb").Description("True peak in dBTP (4x oversampled).").Resolve(c => Loudness(c.Source, "truePeakDbtp"));
        Field<FloatGraphType>("loudnessRangeLu").Description("EBU Tech 3342 loudness range.").Resolve(c => Loudness(c.Source, "loudnessRangeLu"));
        Field<JsonScalarType>("metadata").Description("Duration, beat times, confidences, loudness, tasks run.")
            .Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field(x => x.Provider, nullable: true);
        Field("job", new GraphQLTypeReference("Job")).ResolveAsync(c => CoreRows.JobAsync(c, c.Source.JobId));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        IsTypeOf = o => o is AudioAnalysis;
    }

    private static double? Loudness(AudioAnalysis analysis, string name)
    {
        using var doc = JsonDocument.Parse(analysis.MetadataJson);
        return doc.RootElement.TryGetProperty("loudness", out var l) && l.ValueKind == JsonValueKind.Object
            && l.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
    }
}

internal sealed class MusicalKeyType : ObjectGraphType<MusicalKeyView>
{
    public MusicalKeyType()
    {
        Name = "MusicalKey";
        Description = "A musical key.";
        Field(x => x.Notation).Description("Spec notation, e.g. \"C:maj\", \"A:min\".");
        Field(x => x.Tonic);
        Field<NonNullGraphType<KeyModeType>>("mode").Resolve(c => c.Source.Mode);
    }
}

internal sealed class TimeSignatureType : ObjectGraphType<TimeSignatureView>
{
    public TimeSignatureType()
    {
        Name = "TimeSignature";
        Description = "A time signature.";
        Field(x => x.Notation).Description("e.g. \"4/4\", \"6/8\".");
        Field(x => x.BeatsPerBar);
        Field(x => x.BeatUnit);
    }
}

internal sealed class MusicSectionType : ObjectGraphType<MusicSectionView>
{
    public MusicSectionType()
    {
        Name = "MusicSection";
        Description = "A structural section (seconds).";
        Field<NonNullGraphType<SectionLabelType>>("label").Resolve(c => c.Source.Label);
        Field(x => x.Start);
        Field(x => x.End);
        Field(x => x.Confidence, nullable: true);
    }
}

internal sealed class ChordSegmentType : ObjectGraphType<ChordSegmentView>
{
    public ChordSegmentType()
    {
        Name = "ChordSegment";
        Description = "A chord over a time span (seconds).";
        Field(x => x.Chord).Description("Chord symbol, e.g. \"Am\"; \"N\" is no chord.");
        Field(x => x.Start);
        Field(x => x.End);
        Field(x => x.Confidence, nullable: true);
    }
}

internal sealed class EnergyPointType : ObjectGraphType<EnergyPointView>
{
    public EnergyPointType()
    {
        Name = "EnergyPoint";
        Description = "A point of the energy curve.";
        Field(x => x.Time).Description("Seconds from start.");
        Field(x => x.Energy).Description("0..1.");
    }
}

internal sealed class StemGroupType : ObjectGraphType<StemGroup>
{
    public StemGroupType()
    {
        Name = "StemGroup";
        Description = "Result of a stem separation (table `stem_groups`).";
        this.ImplementsNode("StemGroup", x => x.Id);
        Field("sourceAsset", new NonNullGraphType(new GraphQLTypeReference("Asset"))).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.SourceAssetId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StemGraphType>>>>("stems").Description("`stem_assets`, typed.")
            .Resolve(c => AudioResultViews.Stems(c.Source));
        Field("stem", new GraphQLTypeReference("Asset")).Description("Asset of one stem type.")
            .Argument<NonNullGraphType<StemTypeType>>("type")
            .ResolveAsync(async c =>
            {
                var type = c.GetArgument<Core.Assets.Metadata.StemType>("type").ToString().ToUpperInvariant();
                return AudioResultViews.Stems(c.Source).FirstOrDefault(s => s.Type == type) is { } stem ? await CoreRows.AssetAsync(c, stem.AssetId) : null;
            });
        Field(x => x.Provider);
        Field("job", new GraphQLTypeReference("Job")).ResolveAsync(c => CoreRows.JobAsync(c, c.Source.JobId));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        IsTypeOf = o => o is StemGroup;
    }
}

internal sealed class StemGraphType : ObjectGraphType<StemView>
{
    public StemGraphType()
    {
        Name = "Stem";
        Description = "One separated stem.";
        Field<NonNullGraphType<StemTypeType>>("type").Resolve(c => Enum.Parse<Core.Assets.Metadata.StemType>(c.Source.Type, ignoreCase: true));
        Field("asset", new NonNullGraphType(new GraphQLTypeReference("Asset"))).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.AssetId));
    }
}

internal sealed class TabRecordType : ObjectGraphType<TabRecord>
{
    public TabRecordType()
    {
        Name = "TabRecord";
        Description = "A generated tab (table `tab_records`).";
        this.ImplementsNode("TabRecord", x => x.Id);
        Field("audioAsset", new NonNullGraphType(new GraphQLTypeReference("Asset"))).ResolveAsync(c => CoreRows.AssetAsync(c, c.Source.AudioAssetId));
        Field<NonNullGraphType<InstrumentType>>("instrument").Resolve(c => c.Source.Instrument);
        Field<NonNullGraphType<TabDifficultyType>>("difficulty").Resolve(c => c.Source.Difficulty);
        Field<NonNullGraphType<TabFormatType>>("format").Resolve(c => c.Source.Format);
        Field(x => x.Content).Description("Text, MusicXML or chord chart as text; GP5 base64-encoded.");
        Field(x => x.MimeType).Description("text/plain, application/vnd.recordare.musicxml+xml, application/x-guitar-pro.");
        Field<JsonScalarType>("metadata").Description("Tuning, note count, chords, tempo, key.").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field("job", new GraphQLTypeReference("Job")).ResolveAsync(c => CoreRows.JobAsync(c, c.Source.JobId));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        IsTypeOf = o => o is TabRecord;
    }
}
