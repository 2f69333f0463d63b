using GraphQL;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>The caller presented no (valid) credentials where they are required.</summary>
public sealed class AuthenticationRequiredError : ExecutionError
{
    public const string ErrorCode = "AUTH_NOT_AUTHENTICATED";

    public AuthenticationRequiredError() : base("Authentication is required.") => Code = ErrorCode;
}

/// <summary>The caller is known but lacks the scope for the operation.</summary>
public sealed class NotAuthorizedError : ExecutionError
{
    public const string ErrorCode = "AUTH_NOT_AUTHORIZED";

    public NotAuthorizedError(string message) : base(message) => Code = ErrorCode;
}
