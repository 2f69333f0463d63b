using GraphQL.Validation;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// Refuses mutations to callers without the <c>full</c> scope (e.g. <c>analytics:read</c> API keys) before anything
/// executes. Owner scoping of data is the DbContext's job; this rule only guards what a credential may attempt.
/// </summary>
internal sealed class ScopeValidationRule : ValidationRuleBase
{
    /// <summary>What a <c>plugin</c> key may call: the worker side of its module's jobs.</summary>
    public static readonly IReadOnlySet<string> PluginMutations = new HashSet<string>(StringComparer.Ordinal)
        { "claimJob", "reportJobProgress", "completeJob", "failJob" };

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation != OperationType.Mutation || context.User is not { } user) return;
        if (!user.Identity?.IsAuthenticated ?? true) return;
        var scopes = PrincipalFactory.ScopesOf(user);
        if (scopes.Contains(ApiKeyScopes.Full)) return;
        if (scopes.Contains(ApiKeyScopes.Plugin) && (operation.SelectionSet?.Selections ?? []).All(s => s is GraphQLField f && PluginMutations.Contains(f.Name.StringValue)))
            return;
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                "This credential may not run this mutation: it needs the 'full' scope (plugin keys may only claim and settle their module's jobs).", operation)
            {
                Code = NotAuthorizedError.ErrorCode,
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
