using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace MediaCreator.Api.Transport.Execution;

/// <summary>A request whose document has been looked up or parsed, so its operation type is known before execution.</summary>
internal readonly record struct PreparedOperation(GraphQLRequest Request, CachedDocument? Document, OperationType? Type, ExecutionResult? Failure)
{
    public bool IsSubscription => Type == OperationType.Subscription;
}

/// <summary>What a transport lets an operation do.</summary>
internal readonly record struct TransportRules(bool AllowMutation, bool AllowSubscription)
{
    public static TransportRules Get => new(false, false);
    public static TransportRules Post => new(true, false);
    public static TransportRules Streaming => new(true, true);
}
