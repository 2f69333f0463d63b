using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface; implementations resolve through their <c>IsTypeOf</c>.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
