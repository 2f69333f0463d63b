using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        foreach (var part in parts)
            part.AddTo(this);
    }
}

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query)
        : base(services) => Query = query;
}
