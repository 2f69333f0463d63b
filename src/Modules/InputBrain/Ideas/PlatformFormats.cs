using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>The format of a version on a platform: the request's aspect and duration, else what the owner's best posts
/// there used, else the platform's usual shape.</summary>
public static class PlatformFormats
{
    public static TargetFormat For(string platform, IdeaRequest request, TrendProfile trends)
    {
        var best = trends.BestFormatOn(platform);
        var aspect = request.AspectRatio ?? best?.AspectRatio ?? DefaultAspect(platform, request.ContentType);
        double? duration = request.ContentType == "image"
            ? null
            : request.DurationSeconds ?? best?.DurationSeconds ?? DefaultDuration(platform, aspect);
        return new TargetFormat(platform, aspect, duration);
    }

    /// <summary>The platforms the versions go to, in order: the request's, else the owner's best, else the usual one for the type.</summary>
    public static IReadOnlyList<string> Platforms(IdeaRequest request, TrendProfile trends)
    {
        if (request.TargetPlatforms.Count > 0) return request.TargetPlatforms;
        if (trends.BestPlatform() is { } best) return [best];
        return [request.ContentType == "image" ? "instagram" : request.ContentType == "music" ? "youtube" : "tiktok"];
    }

    public static string DefaultAspect(string platform, string contentType) => (platform, contentType) switch
    {
        ("youtube", _) => "16:9",
        ("instagram", "image") => "4:5",
        ("facebook", "image") => "1:1",
        ("facebook", _) => "4:5",
        _ => "9:16",
    };

    private static double DefaultDuration(string platform, string aspect) => (platform, aspect) switch
    {
        ("youtube", "9:16") => 45,
        ("youtube", _) => 480,
        ("facebook", _) => 60,
        _ => 30,
    };
}
