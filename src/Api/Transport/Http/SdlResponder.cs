using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace MediaCreator.Api.Transport.Http;

/// <summary>Serves the schema as SDL at <c>GET /graphql?sdl</c>.</summary>
internal sealed class SdlResponder<TSchema>(TSchema schema)
    where TSchema : ISchema
{
    private string? _sdl;

    public Task WriteAsync(HttpContext http)
    {
        if (!schema.Initialized)
            schema.Initialize();
        var sdl = _sdl ??= schema.Print();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(sdl, http.RequestAborted);
    }
}
