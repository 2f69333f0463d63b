using System.Text.Json;
using GraphQL.SystemTextJson;
using MediaCreator.Api.Transport.Execution;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Http;

/// <summary>The transport's own GraphQL JSON serializer, with the masking error provider; independent of the app's IGraphQLSerializer.</summary>
internal sealed class TransportSerializer
{
    public TransportSerializer(IOptions<GraphQLTransportOptions> options, IHostEnvironment environment)
    {
        ExposeDetails = options.Value.ExposeExceptionDetails ?? environment.IsDevelopment();
        var serializer = new OptionsExposingSerializer(new TransportErrorInfoProvider(ExposeDetails));
        Serializer = serializer;
        Options = serializer.Options;
    }

    public bool ExposeDetails { get; }

    public GraphQLSerializer Serializer { get; }

    /// <summary>STJ options with GraphQL.NET's converters (request, inputs, result, errors) and our error provider.</summary>
    public JsonSerializerOptions Options { get; }

    private sealed class OptionsExposingSerializer(global::GraphQL.Execution.IErrorInfoProvider errors) : GraphQLSerializer(errors)
    {
        public JsonSerializerOptions Options => SerializerOptions;
    }
}
