namespace MediaCreator.Modules.Publishing.Checks;

public static class ProblemCodes
{
    public const string PlatformUnknown = "PLATFORM_UNKNOWN";
    public const string TitleMissing = "TITLE_MISSING";
    public const string TitleTooLong = "TITLE_TOO_LONG";
    public const string TitleInvalidCharacters = "TITLE_INVALID_CHARACTERS";
    public const string DescriptionTooLong = "DESCRIPTION_TOO_LONG";
    public const string DescriptionInvalidCharacters = "DESCRIPTION_INVALID_CHARACTERS";
    public const string CaptionTooLong = "CAPTION_TOO_LONG";
    public const string TagsTooLong = "TAGS_TOO_LONG";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string FileEmpty = "FILE_EMPTY";
    public const string FormatUnsupported = "FORMAT_UNSUPPORTED";
    public const string FormatNotRecommended = "FORMAT_NOT_RECOMMENDED";
    public const string DurationUnknown = "DURATION_UNKNOWN";
    public const string DurationTooShort = "DURATION_TOO_SHORT";
    public const string DurationTooLong = "DURATION_TOO_LONG";
    public const string DurationNeedsVerifiedChannel = "DURATION_NEEDS_VERIFIED_CHANNEL";
    public const string DimensionsUnknown = "DIMENSIONS_UNKNOWN";
    public const string ResolutionTooLow = "RESOLUTION_TOO_LOW";
    public const string ResolutionTooHigh = "RESOLUTION_TOO_HIGH";
    public const string AspectNotRecommended = "ASPECT_NOT_RECOMMENDED";
    public const string ShortNotVertical = "SHORT_NOT_VERTICAL";
    public const string ShortTooLong = "SHORT_TOO_LONG";
    public const string MadeForKidsUndeclared = "MADE_FOR_KIDS_UNDECLARED";
    public const string SyntheticMediaUndisclosed = "SYNTHETIC_MEDIA_UNDISCLOSED";
}
