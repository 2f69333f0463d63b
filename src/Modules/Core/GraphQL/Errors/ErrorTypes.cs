using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Errors;

/// <summary>Base interface of all typed mutation errors (<c>interface Error { message: String! }</c>).</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<IMutationError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "Base interface of all typed mutation errors.";
        Field(x => x.Message);
    }
}

public sealed class ValidationErrorType : ObjectGraphType<ValidationError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input field is invalid.";
        Field(x => x.Message);
        Field(x => x.Field).Description("Input field path, e.g. \"input.width\".");
        Field(x => x.Code).Description("Machine-readable code, e.g. OUT_OF_RANGE, REQUIRED.");
        Interface<ErrorInterfaceType>();
    }
}

public sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "A referenced entity does not exist or is not visible to the caller.";
        Field(x => x.Message);
        Field<IdGraphType>("id").Resolve(c => c.Source.Id);
        Field(x => x.TypeName);
        Interface<ErrorInterfaceType>();
    }
}

public sealed class InvalidStateErrorType : ObjectGraphType<InvalidStateError>
{
    public InvalidStateErrorType()
    {
        Name = "InvalidStateError";
        Description = "The entity is not in a state that allows the operation.";
        Field(x => x.Message);
        Field(x => x.CurrentState);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedStates").Resolve(c => c.Source.AllowedStates);
        Interface<ErrorInterfaceType>();
    }
}

public sealed class ConflictErrorType : ObjectGraphType<ConflictError>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "A unique key already exists.";
        Field(x => x.Message);
        Field<IdGraphType>("conflictingId").Resolve(c => c.Source.ConflictingId);
        Interface<ErrorInterfaceType>();
    }
}
