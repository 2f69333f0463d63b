using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediaCreator.Modules.Publishing.Persistence;

/// <summary>Statuses are stored in lower case, as the spec writes them ("draft", "ready", ...).</summary>
internal static class StatusText
{
    public static ValueConverter<TEnum, string> Converter<TEnum>() where TEnum : struct, Enum =>
        new(v => v.ToString().ToLowerInvariant(), s => Enum.Parse<TEnum>(s, true));
}
