namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Settings of the built-in recognizer (bound from <c>Video:PocketSphinx</c>).</summary>
public sealed class PocketSphinxOptions
{
    /// <summary>
    /// <c>pocketsphinx_continuous</c> (Debian's 0.8 package) or the 5.x <c>pocketsphinx</c> CLI; null finds whichever is on PATH.
    /// </summary>
    public string? Binary { get; set; }

    /// <summary>Debian's pocketsphinx-en-us model folder (holds <c>en-us/</c>, <c>en-us.lm.bin</c>, <c>cmudict-en-us.dict</c>).</summary>
    public string ModelDirectory { get; set; } = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>A silence at least this long between words ends a segment.</summary>
    public double SegmentPauseSeconds { get; set; } = 0.45;

    public int MaxSegmentWords { get; set; } = 14;

    /// <summary>Scratch folder for the decoded WAV; the system temp folder when null.</summary>
    public string? ScratchDirectory { get; set; }
}
