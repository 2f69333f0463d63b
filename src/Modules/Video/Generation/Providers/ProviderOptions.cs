namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>Runway's developer API; bound from <c>Video:Providers:Runway</c>.</summary>
public sealed class RunwayOptions : TextToVideoOptions
{
    public const string SectionName = "Video:Providers:Runway";

    public RunwayOptions() => BaseUrl = "https://api.dev.runwayml.com/v1";

    /// <summary>The <c>X-Runway-Version</c> header.</summary>
    public string ApiVersion { get; set; } = "2024-11-06";

    /// <summary>Model of <c>POST /image_to_video</c> (a start image given).</summary>
    public string ImageModel { get; set; } = "gen4_turbo";

    /// <summary>Model of <c>POST /text_to_video</c> (prompt only).</summary>
    public string TextModel { get; set; } = "veo3.1_fast";

    public string[] ImageRatios { get; set; } = ["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"];

    public string[] TextRatios { get; set; } = ["1280:720", "720:1280"];

    public int[] ImageDurations { get; set; } = [5, 10];

    public int[] TextDurations { get; set; } = [4, 6, 8];
}

/// <summary>Luma Dream Machine; bound from <c>Video:Providers:Luma</c>.</summary>
public sealed class LumaOptions : TextToVideoOptions
{
    public const string SectionName = "Video:Providers:Luma";

    public LumaOptions() => BaseUrl = "https://api.lumalabs.ai/dream-machine/v1";

    public string Model { get; set; } = "ray-2";

    /// <summary><c>540p</c>, <c>720p</c>, <c>1080p</c> or <c>4k</c>.</summary>
    public string Resolution { get; set; } = "720p";

    public string[] AspectRatios { get; set; } = ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"];

    /// <summary>Lengths the model makes, in seconds (sent as <c>"5s"</c>).</summary>
    public int[] Durations { get; set; } = [5, 9];
}

/// <summary>Pika through fal.ai's queue API; bound from <c>Video:Providers:Pika</c>.</summary>
public sealed class PikaOptions : TextToVideoOptions
{
    public const string SectionName = "Video:Providers:Pika";

    public PikaOptions() => BaseUrl = "https://queue.fal.run";

    /// <summary>fal model id; <c>/text-to-video</c> or <c>/image-to-video</c> is appended.</summary>
    public string Model { get; set; } = "fal-ai/pika/v2.2";

    /// <summary><c>720p</c> or <c>1080p</c>.</summary>
    public string Resolution { get; set; } = "720p";

    public string[] AspectRatios { get; set; } = ["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"];

    public int[] Durations { get; set; } = [5, 10];
}
