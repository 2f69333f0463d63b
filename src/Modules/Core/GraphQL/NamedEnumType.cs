using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>A contract enum whose values are its names (stored as such in job payloads and rows).</summary>
public abstract class NamedEnumType : EnumerationGraphType
{
    protected NamedEnumType(string name, string description, params string[] values)
    {
        Name = name;
        Description = description;
        foreach (var value in values) Add(value, value);
    }
}
