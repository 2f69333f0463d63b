using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Bench.Dashboard;

/// <summary>
/// The dashboard types reference <c>PublicationRecord</c>, <c>RevenueSource</c> and <c>DayOfWeek</c> by name; other
/// branches of issue 8 define them. Until those are merged the bench adds minimal stand-ins for the missing ones (none
/// of them is on the measured query's path); once they exist, <see cref="Missing"/> is empty and nothing is added.
/// </summary>
internal static partial class StandIns
{
    private static readonly Dictionary<string, Func<IGraphType>> All = new()
    {
        ["PublicationRecord"] = () => new PublicationRecordStandIn(),
        ["RevenueSource"] = () => new RevenueSourceStandIn(),
        ["DayOfWeek"] = () => new DayOfWeekStandIn(),
    };

    public static HashSet<string> Missing(string connectionString)
    {
        var missing = new HashSet<string>();
        for (var attempt = 0; attempt <= All.Count; attempt++)
        {
            using var server = new DashboardServer(connectionString, missing);
            try
            {
                server.Services.GetRequiredService<ISchema>().Initialize();
                return missing;
            }
            catch (InvalidOperationException e) when (MissingType().Match(e.Message) is { Success: true } m && All.ContainsKey(m.Groups[1].Value))
            {
                missing.Add(m.Groups[1].Value);
            }
        }
        return missing;
    }

    public static void Register(IServiceCollection services, IReadOnlySet<string> names)
    {
        if (names.Count > 0)
            services.AddGraphQL(g => g.ConfigureSchema(schema =>
            {
                foreach (var name in names) schema.RegisterType(All[name]());
            }));
    }

    [GeneratedRegex("type '(\\w+)'")]
    private static partial Regex MissingType();

    private sealed class PublicationRecordStandIn : ObjectGraphType<PublicationRecord>
    {
        public PublicationRecordStandIn()
        {
            Name = "PublicationRecord";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("PublicationRecord", c.Source.Id));
        }
    }

    private sealed class RevenueSourceStandIn() : NamedEnumType("RevenueSource", "stand-in", "ADSENSE", "CREATOR_FUND", "PRODUCT_SALE", "OTHER");

    private sealed class DayOfWeekStandIn() : NamedEnumType("DayOfWeek", "stand-in", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
}
