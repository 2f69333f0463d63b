using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Analytics;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class ExchangeRateMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<SetExchangeRatePayloadType>>("setExchangeRate")
            .Description("Stores an exchange rate used by `finance(currency:)`; the same pair and effective date again replaces the rate.")
            .Argument<NonNullGraphType<SetExchangeRateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var owner = c.Owner().RequireOwner();
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var (rate, errors) = await c.Service<SetExchangeRateHandler>().HandleAsync(owner, new SetExchangeRateInput(
                    (string)input["baseCurrency"]!, (string)input["quoteCurrency"]!, Convert.ToDecimal(input["rate"]),
                    (DateOnly)input["effectiveDate"]!, input.GetValueOrDefault("source") as string), c.CancellationToken);
                return errors.Count > 0 ? MutationPayload.Fail([.. errors]) : MutationPayload.Ok(rate);
            });
}
