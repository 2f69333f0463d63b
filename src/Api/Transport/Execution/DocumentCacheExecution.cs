using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>
/// Skips validation of documents that validated before. Runs after the other <see cref="IConfigureExecution"/>
/// hooks (sort order 200) so rules they add for cached documents still apply.
/// </summary>
internal sealed class DocumentCacheExecution(DocumentCache cache) : IConfigureExecution
{
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var document = (options.UserContext as GraphQLExecutionContext)?.CachedDocument;
        if (document is null || !ReferenceEquals(options.Document, document.Document))
            return await next(options).ConfigureAwait(false);

        if (document.Validated)
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed)
            cache.MarkValidated(document);
        return result;
    }
}
