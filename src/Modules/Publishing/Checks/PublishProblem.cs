namespace MediaCreator.Modules.Publishing.Checks;

public enum PublishProblemSeverity
{
    /// <summary>The platform would refuse the post (or it breaks a rule we hold to): do not send.</summary>
    Error,

    /// <summary>The post goes through but not as intended (cut, not a Short, not recommended): the owner decides.</summary>
    Warning,
}

/// <param name="Code">SCREAMING_SNAKE, stable: clients map it.</param>
/// <param name="Field">The input at fault: title, description, tags, media.duration, media.size, media.format, media.dimensions, madeForKids, containsSyntheticMedia, platform.</param>
public sealed record PublishProblem(string Code, string Field, string Message, PublishProblemSeverity Severity = PublishProblemSeverity.Error);

/// <summary>What the checker cannot read from the media and post alone.</summary>
/// <param name="MadeForKidsDeclared">The owner chose the audience (made for kids or not); null or false = not declared yet.</param>
/// <param name="IsAiGenerated">The content was made by our AI pipeline, so it must carry the synthetic-media disclosure.</param>
/// <param name="YouTubeChannelVerified">A verified YouTube channel may upload up to 12 h; an unverified one 15 min.</param>
/// <param name="IsYouTubeShort">Intended as a Short; null = inferred from a #shorts tag or hashtag.</param>
public sealed record PrePublishContext(
    bool? MadeForKidsDeclared = null, bool IsAiGenerated = true, bool YouTubeChannelVerified = false, bool? IsYouTubeShort = null);
