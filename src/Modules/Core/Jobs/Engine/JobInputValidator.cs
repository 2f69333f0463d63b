using System.Text.Json;
using Json.Schema;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>Checks a job payload against its task's JSON Schema; each violation becomes a ValidationError.</summary>
internal static class JobInputValidator
{
    public static IEnumerable<ValidationError> Validate(string? schemaJson, string payloadJson, string field)
    {
        if (schemaJson is null) yield break;
        var schema = JsonSchema.FromText(schemaJson);
        using var payload = JsonDocument.Parse(payloadJson);
        var result = schema.Evaluate(payload.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) yield break;
        foreach (var detail in (result.Details ?? []).Append(result).Where(d => d.Errors is { Count: > 0 }))
        {
            foreach (var error in detail.Errors!)
            {
                var (keyword, message) = (error.Key, error.Value);
                string location = $"{detail.InstanceLocation}";
                yield return new ValidationError($"{(location.Length > 0 ? location : "/")}: {message}",
                    field + location.Replace('/', '.').TrimEnd('.'), "SCHEMA_" + keyword.ToUpperInvariant());
            }
        }
    }

    public static bool IsJsonObject(string json) => JsonDocument.Parse(json).RootElement.ValueKind == JsonValueKind.Object;
}
