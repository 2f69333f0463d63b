namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>What <see cref="FillerWords"/> cuts (bound from <c>Video:FillerWords</c>).</summary>
public sealed class FillerWordOptions
{
    /// <summary>Single-word fillers, compared without case and punctuation.</summary>
    public HashSet<string> Fillers { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        "um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "ahh", "hmm", "hm", "mm", "mmm", "mhm",
        "เอ่อ", "เออ", "อ่า", "อ้า", "อืม", "อึ่ม",
    };

    /// <summary>Multi-word fillers, cut only when set off by a comma or a pause (so "do you know him" stays).</summary>
    public List<string> Phrases { get; set; } = ["you know", "i mean", "sort of", "kind of"];

    /// <summary>Extra time cut around a filler, never reaching into the neighbouring words.</summary>
    public double MarginSeconds { get; set; } = 0.05;

    /// <summary>A gap at least this long sets a phrase filler off like a comma does.</summary>
    public double PauseSeconds { get; set; } = 0.25;

    /// <summary>A retake is a run of at least this many words said again.</summary>
    public int MinRetakeWords { get; set; } = 2;

    /// <summary>The abandoned take may run on this many words past the part that is repeated.</summary>
    public int MaxAbandonedWords { get; set; } = 6;
}
