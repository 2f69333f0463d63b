using GraphQLParser.AST;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>A parsed document; <see cref="Validated"/> once it passed validation against the schema.</summary>
internal sealed class CachedDocument(string query, GraphQLDocument document)
{
    private volatile bool _validated;

    public string Query { get; } = query;

    public GraphQLDocument Document { get; } = document;

    public bool Validated
    {
        get => _validated;
        set => _validated = value;
    }

    public GraphQLOperationDefinition? FindOperation(string? operationName)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
                continue;
            if (string.IsNullOrEmpty(operationName))
            {
                // Without a name the document must hold exactly one operation; the executer reports otherwise.
                if (found is not null)
                    return null;
                found = operation;
            }
            else if (operation.Name is { } name && name.Value.Span.SequenceEqual(operationName))
            {
                return operation;
            }
        }
        return found;
    }
}
