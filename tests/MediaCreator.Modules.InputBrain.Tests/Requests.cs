using MediaCreator.Modules.InputBrain.Ideas;

namespace MediaCreator.Modules.InputBrain.Tests;

internal static class Requests
{
    public static IdeaRequest Video(string prompt, string language = "en", int versions = 3, IReadOnlyList<string>? platforms = null,
        string? aspect = null, double? duration = null, string? style = null, string? tone = null, string? audience = null,
        IReadOnlyList<ReferenceAsset>? references = null) =>
        new("video", prompt, language, style, aspect, duration, platforms ?? ["tiktok"], audience, tone, versions, references ?? [], null);
}
