using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;

namespace MediaCreator.Modules.Core.Assets;

public sealed record UnsupportedMediaError(string Message, string? AssetId, string? MimeType, IReadOnlyList<string> SupportedMimeTypes) : IMutationError;

public sealed record QuotaExceededError(string Message, string Quota, long Limit, long Used, DateTime? ResetsAt = null) : IMutationError;

public sealed class UnsupportedMediaErrorType : ObjectGraphType<UnsupportedMediaError>
{
    public UnsupportedMediaErrorType()
    {
        Name = "UnsupportedMediaError";
        Description = "The asset's media type is not supported by the operation or provider.";
        Field(x => x.Message);
        Field<IdGraphType>("assetId").Resolve(c => c.Source.AssetId);
        Field(x => x.MimeType, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportedMimeTypes").Resolve(c => c.Source.SupportedMimeTypes);
        Interface<ErrorInterfaceType>();
        IsTypeOf = o => o is UnsupportedMediaError;
    }
}

public sealed class QuotaExceededErrorType : ObjectGraphType<QuotaExceededError>
{
    public QuotaExceededErrorType()
    {
        Name = "QuotaExceededError";
        Description = "A rate, storage or provider quota is exhausted.";
        Field(x => x.Message);
        Field(x => x.Quota);
        Field<NonNullGraphType<LongGraphType>>("limit").Resolve(c => c.Source.Limit);
        Field<NonNullGraphType<LongGraphType>>("used").Resolve(c => c.Source.Used);
        Field<DateTimeScalarType>("resetsAt").Resolve(c => c.Source.ResetsAt);
        Interface<ErrorInterfaceType>();
        IsTypeOf = o => o is QuotaExceededError;
    }
}
