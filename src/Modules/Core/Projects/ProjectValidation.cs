using System.Text.RegularExpressions;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Projects;

internal static partial class ProjectValidation
{
    public static IEnumerable<ValidationError> Name(string? name, bool required)
    {
        if (name is null)
        {
            if (required) yield return new("A project needs a name.", "input.name", "REQUIRED");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(name)) yield return new("The name must not be blank.", "input.name", "REQUIRED");
        else if (name.Trim().Length > 200) yield return new("The name is longer than 200 characters.", "input.name", "TOO_LONG");
    }

    public static IEnumerable<ValidationError> Description(string? description)
    {
        if (description is { Length: > 4000 }) yield return new("The description is longer than 4000 characters.", "input.description", "TOO_LONG");
    }

    public static IEnumerable<ValidationError> Budget(ProjectBudget? budget)
    {
        if (budget is null) yield break;
        if (budget.Limit < 0) yield return new("The budget limit must not be negative.", "input.budget.limit", "OUT_OF_RANGE");
        if (!CurrencyCode().IsMatch(budget.Currency)) yield return new("The currency must be an ISO 4217 code such as USD or THB.", "input.budget.currency", "INVALID_FORMAT");
        if (budget.WarnAt is < 0 or > 1 || double.IsNaN(budget.WarnAt)) yield return new("warnAt is a fraction between 0 and 1.", "input.budget.warnAt", "OUT_OF_RANGE");
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
