using GraphQL.Validation;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>
/// Refuses mutations to callers without the <c>full</c> scope (e.g. <c>analytics:read</c> API keys) before anything
/// executes. Owner scoping of data is the DbContext's job; this rule only guards what a credential may attempt.
/// </summary>
internal sealed class ScopeValidationRule : ValidationRuleBase
{
    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation != OperationType.Mutation || context.User is not { } user) return;
        if (!user.Identity?.IsAuthenticated ?? true) return;
        if (!PrincipalFactory.ScopesOf(user).Contains(ApiKeyScopes.Full))
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                "This credential is read-only (scope analytics:read): mutations need the 'full' scope.", operation)
            {
                Code = NotAuthorizedError.ErrorCode,
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
