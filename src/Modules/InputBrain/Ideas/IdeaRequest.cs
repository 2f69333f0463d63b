namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>What the creator asked for: the prompt and the options of <c>createIdea</c>, with the reference files.</summary>
/// <param name="ContentType">"image", "video", "music" or "mixed".</param>
/// <param name="Language">BCP 47 tag of the text to write ("en", "th", "th-TH"...).</param>
/// <param name="AspectRatio">"16:9", "9:16", "1:1" or "4:5"; null lets each platform use its own.</param>
/// <param name="TargetPlatforms">"youtube", "tiktok", "facebook", "instagram" (lower case); empty means no preference.</param>
/// <param name="VersionCount">How many distinct versions, 1..6.</param>
public sealed record IdeaRequest(
    string ContentType,
    string Prompt,
    string Language,
    string? Style,
    string? AspectRatio,
    double? DurationSeconds,
    IReadOnlyList<string> TargetPlatforms,
    string? Audience,
    string? Tone,
    int VersionCount,
    IReadOnlyList<ReferenceAsset> References,
    string? Instructions)
{
    public static readonly IReadOnlyList<string> ContentTypes = ["image", "video", "music", "mixed"];
    public static readonly IReadOnlyList<string> AspectRatios = ["16:9", "9:16", "1:1", "4:5"];
    public static readonly IReadOnlyList<string> Platforms = ["youtube", "tiktok", "facebook", "instagram"];

    public bool IsThai => Language.Trim().StartsWith("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws <see cref="IdeaGenerationException"/> (<c>INVALID_IDEA_REQUEST</c>) listing every bad option.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (!ContentTypes.Contains(ContentType)) problems.Add($"contentType '{ContentType}' is not one of {string.Join(", ", ContentTypes)}");
        if (string.IsNullOrWhiteSpace(Prompt)) problems.Add("the prompt is empty");
        if (string.IsNullOrWhiteSpace(Language)) problems.Add("the language is empty");
        if (AspectRatio is not null && !AspectRatios.Contains(AspectRatio)) problems.Add($"aspectRatio '{AspectRatio}' is not one of {string.Join(", ", AspectRatios)}");
        if (DurationSeconds is <= 0) problems.Add("durationSeconds must be positive");
        foreach (var platform in TargetPlatforms.Where(p => !Platforms.Contains(p))) problems.Add($"platform '{platform}' is not one of {string.Join(", ", Platforms)}");
        if (VersionCount is < 1 or > 6) problems.Add($"versionCount {VersionCount} is outside 1..6");
        foreach (var reference in References.Where(r => r.Kind is not ("image" or "audio" or "video")))
            problems.Add($"reference '{reference.FileName}' has kind '{reference.Kind}' (image, audio or video)");
        if (problems.Count > 0) throw new IdeaGenerationException(IdeaErrorCodes.InvalidRequest, "The idea request is invalid: " + string.Join("; ", problems) + ".");
    }
}

/// <summary>A reference file the creator attached (already uploaded); its description, when given, says what to take from it.</summary>
/// <param name="Kind">"image", "audio" or "video".</param>
public sealed record ReferenceAsset(string Kind, string FileName, string? Description);
