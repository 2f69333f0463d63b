using GraphQL.Types;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public sealed class WidgetStatusType : EnumerationGraphType<WidgetStatus>
{
    public WidgetStatusType() => Name = "WidgetStatus";
}
