using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>
/// Parsed documents keyed by query text. A document enters the cache only after it validated once, so the
/// cache cannot be filled with garbage; its size is bounded by the total length of cached query texts.
/// </summary>
internal sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly IDocumentBuilder _builder;

    public DocumentCache(IDocumentBuilder builder, IOptions<GraphQLTransportOptions> options)
    {
        _builder = builder;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSizeLimit });
    }

    /// <summary>Returns the cached or freshly parsed document; a syntax error comes back in <paramref name="syntaxError"/>.</summary>
    public CachedDocument? GetOrParse(string query, out ExecutionError? syntaxError)
    {
        syntaxError = null;
        if (_cache.TryGetValue(query, out CachedDocument? cached))
            return cached;
        try
        {
            return new CachedDocument(query, _builder.Build(query));
        }
        catch (SyntaxError ex)
        {
            syntaxError = ex;
            return null;
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            syntaxError = new SyntaxError(ex);
            return null;
        }
    }

    public void MarkValidated(CachedDocument document)
    {
        if (document.Validated)
            return;
        document.Validated = true;
        _cache.Set(document.Query, document, new MemoryCacheEntryOptions { Size = Math.Max(1, document.Query.Length) });
    }

    public void Dispose() => _cache.Dispose();
}
