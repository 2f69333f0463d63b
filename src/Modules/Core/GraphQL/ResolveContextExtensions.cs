using GraphQL;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>The operation's Core DbContext (owner-filtered).</summary>
    public static CoreDbContext CoreDb(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CoreDbContext>();

    public static OwnerContext Owner(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<OwnerContext>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
