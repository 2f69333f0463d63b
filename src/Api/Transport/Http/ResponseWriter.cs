using System.Text.Json;
using GraphQL;
using MediaCreator.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.Http;

/// <summary>Writes GraphQL results as JSON straight into the response pipe, with the status of the notes' table.</summary>
internal sealed class ResponseWriter(TransportSerializer serializer)
{
    public Task WriteAsync(HttpContext http, ExecutionResult result, AcceptDecision accept)
    {
        var response = http.Response;
        response.StatusCode = StatusFor(result, accept);
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            response.Headers.Allow = HttpMethods.IsGet(http.Request.Method) ? "POST" : "GET, POST";
        response.ContentType = ContentTypeFor(accept);
        return JsonSerializer.SerializeAsync(response.BodyWriter, result, serializer.Options, http.RequestAborted);
    }

    public Task WriteBatchAsync(HttpContext http, ExecutionResult[] results, AcceptDecision accept)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeFor(accept);
        return JsonSerializer.SerializeAsync(response.BodyWriter, results, serializer.Options, http.RequestAborted);
    }

    public Task WriteErrorAsync(HttpContext http, int status, string code, string message, AcceptDecision accept) =>
        WriteAsync(http, TransportError.Result(status, code, message), accept);

    /// <summary>
    /// The one place that maps results to HTTP status (graphql-over-http as audited by graphql-http 1.23.1):
    /// refusals carry their own status; a request that never executed (parse, validation, variable coercion)
    /// is 400 under application/graphql-response+json and 200 under legacy application/json; executed results are 200.
    /// A server fault before execution (schema or engine exception) is a 500 with a JSON error body.
    /// </summary>
    public static int StatusFor(ExecutionResult result, AcceptDecision accept)
    {
        if (result.PreferredStatus() is { } preferred)
            return preferred;
        if (!result.Executed && result.Errors is { } errors && errors.Any(e => e is global::GraphQL.Execution.UnhandledError))
            return StatusCodes.Status500InternalServerError;
        if (!result.Executed)
            return accept.IsLegacyJson ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return StatusCodes.Status200OK;
    }

    private static string ContentTypeFor(AcceptDecision accept) =>
        accept.JsonType == MediaTypes.GraphQLResponse ? MediaTypes.GraphQLResponseUtf8 : MediaTypes.JsonUtf8;
}
