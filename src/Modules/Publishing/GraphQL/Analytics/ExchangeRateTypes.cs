using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class ExchangeRateType : ObjectGraphType<ExchangeRate>
{
    public ExchangeRateType()
    {
        Name = "ExchangeRate";
        Description = "A stored exchange rate (table `exchange_rates`): 1 `baseCurrency` = `rate` `quoteCurrency` from `effectiveDate` on.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("ExchangeRate", c.Source.Id));
        Field(x => x.BaseCurrency);
        Field(x => x.QuoteCurrency);
        Field<NonNullGraphType<DecimalGraphType>>("rate").Resolve(c => c.Source.Rate);
        Field<NonNullGraphType<DateScalarType>>("effectiveDate").Resolve(c => c.Source.EffectiveDate);
        Field(x => x.Source, nullable: true);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class SetExchangeRateInputType : InputObjectGraphType
{
    public SetExchangeRateInputType()
    {
        Name = "SetExchangeRateInput";
        Description = "Input of `setExchangeRate`.";
        Field<NonNullGraphType<StringGraphType>>("baseCurrency").Description("ISO 4217, e.g. USD.");
        Field<NonNullGraphType<StringGraphType>>("quoteCurrency").Description("ISO 4217, e.g. THB.");
        Field<NonNullGraphType<DecimalGraphType>>("rate").Description("Units of quote currency per 1 base currency; > 0.");
        Field<NonNullGraphType<DateScalarType>>("effectiveDate");
        Field<StringGraphType>("source").Description("Where the rate came from (default \"manual\").");
    }
}

internal sealed class SetExchangeRateErrorType() : ErrorUnionType("setExchangeRate", typeof(ValidationErrorType));

internal sealed class SetExchangeRatePayloadType() : PayloadGraphType<ExchangeRateType, SetExchangeRateErrorType>("setExchangeRate", "exchangeRate");

internal sealed class PostingTimeSlotType : ObjectGraphType<Publishing.Analytics.PostingTimeSlot>
{
    public PostingTimeSlotType()
    {
        Name = "PostingTimeSlot";
        Description = "Publications posted at a UTC weekday and hour, and how their first 7 days went.";
        Field("dayOfWeek", new NonNullGraphType(new GraphQLTypeReference("DayOfWeek"))).Resolve(c => c.Source.DayOfWeek.ToString().ToUpperInvariant());
        Field(x => x.Hour).Description("0..23 UTC.");
        Field(x => x.Publications).Description("Publications measured in this slot.");
        Field(x => x.AverageViews).Description("Average views per publication at 7 days after publishing.");
        Field(x => x.RelativeToAverage, nullable: true).Description("Slot average over the average of all measured publications (1.2 = 20% above).");
    }
}
