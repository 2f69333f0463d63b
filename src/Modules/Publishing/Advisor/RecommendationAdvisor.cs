using System.Collections.Concurrent;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static MediaCreator.Modules.Publishing.Advisor.AdviceText;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>When each owner's recommendations were last computed in this process, and one computation per owner at a time.</summary>
public sealed class AdvisorState
{
    private readonly ConcurrentDictionary<Guid, DateTime> _computed = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    internal DateTime? LastComputed(Guid owner) => _computed.TryGetValue(owner, out var at) ? at : null;

    internal void Computed(Guid owner, DateTime at) => _computed[owner] = at;

    internal SemaphoreSlim Lock(Guid owner) => _locks.GetOrAdd(owner, _ => new SemaphoreSlim(1, 1));
}

/// <summary>
/// Computes the caller's recommendations from their data (posting times, series, costs and budgets, trends) and
/// upserts them by fingerprint: figures are updated, <see cref="Recommendation.DismissedAt"/> is kept, the ones the
/// data no longer supports expire. Runs for the owner of the scope's <see cref="OwnerContext"/> (request or task scope).
/// </summary>
public sealed class RecommendationAdvisor(
    PublishingDbContext db, CoreDbContext core, OwnerContext owner, JobHandlerRegistry jobs, AdvisorState state,
    AdvisorNarrator narrator, IOptions<AdvisorOptions> options, TimeProvider clock, ILogger<RecommendationAdvisor> logger)
{
    private readonly AdvisorOptions _options = options.Value;

    /// <summary>Recomputes when the last computation (this process's, or any stored row's) is older than <see cref="AdvisorOptions.RefreshAfter"/>.</summary>
    public async Task EnsureFreshAsync(CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        if (IsFresh(state.LastComputed(ownerId))) return;
        var stored = await db.Recommendations.AsNoTracking().MaxAsync(r => (DateTime?)(r.UpdatedAt ?? r.CreatedAt), ct);
        if (IsFresh(stored))
        {
            state.Computed(ownerId, DateTime.SpecifyKind(stored!.Value, DateTimeKind.Utc));
            return;
        }
        await RefreshAsync(force: false, ct);
    }

    /// <summary>Computes and stores the caller's recommendations now; returns how many are active.</summary>
    public async Task<int> RefreshAsync(bool force, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var gate = state.Lock(ownerId);
        await gate.WaitAsync(ct);
        try
        {
            // Another request may have computed while this one waited.
            if (!force && IsFresh(state.LastComputed(ownerId))) return -1;
            var now = clock.GetUtcNow().UtcDateTime;
            var advice = await ComputeAsync(now, ct);
            var active = await StoreAsync(advice, now, ct);
            state.Computed(ownerId, now);
            return active;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool IsFresh(DateTime? computed) =>
        computed is { } at && clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(at, DateTimeKind.Utc) < _options.RefreshAfter;

    /// <summary>Every rule's advice for the caller at <paramref name="now"/>, without storing it.</summary>
    public async Task<IReadOnlyList<Advice>> ComputeAsync(DateTime now, CancellationToken ct)
    {
        var channels = (await db.Channels.AsNoTracking().Select(c => new { c.Id, c.Name, c.MetadataJson }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => Channel(c.Id, c.Name, c.MetadataJson));
        var seriesNames = await db.Series.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var posts = await PostsAsync(now, ct);
        var since = now - _options.Lookback;
        var recent = posts.Where(p => p.PublishedAt >= since).ToList();

        var advice = new List<Advice>();
        advice.AddRange(AdviceRules.PostingTimes(recent, channels, _options, now));
        advice.AddRange(AdviceRules.Series(recent, channels, seriesNames, _options, now));
        advice.AddRange(await CostPerViewAsync(posts, channels, ct));
        advice.AddRange(await BudgetsAsync(posts, now, ct));
        advice.AddRange(AdviceRules.Trends(recent, channels, _options));
        return advice;
    }

    private static ChannelFacts Channel(Guid id, string name, string? metadataJson)
    {
        var zone = EpisodeMetadata.Text(Metadata(metadataJson), "timeZone");
        return zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)
            ? new ChannelFacts(id, name, info, zone)
            : new ChannelFacts(id, name, TimeZoneInfo.Utc, "UTC");
    }

    private static System.Text.Json.Nodes.JsonObject? Metadata(string? json)
    {
        try
        {
            return EpisodeMetadata.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The caller's published posts with their views N days after publishing and their latest views (one query).</summary>
    private async Task<List<PostFacts>> PostsAsync(DateTime now, CancellationToken ct)
    {
        double days = _options.ViewsAfterDays;
        var rows = await db.Publications.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.PublishedTime != null && p.PublishedTime <= now)
            .Select(p => new
            {
                p.Id, p.ChannelId, p.Platform, PublishedAt = p.PublishedTime!.Value, p.EpisodeId, p.Episode!.SeriesId, p.Episode.ProjectId,
                p.Episode.Title, p.Episode.MetadataJson,
                // Counters are lifetime totals, so the largest one by then is the latest one by then.
                ViewsAtDays = p.Snapshots.Where(s => s.Timestamp <= p.PublishedTime!.Value.AddDays(days)).Max(s => (long?)s.Views),
                LifetimeViews = p.Snapshots.Max(s => (long?)s.Views),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var metadata = Metadata(r.MetadataJson);
            return new PostFacts(r.Id, r.ChannelId, r.Platform.ToLowerInvariant(), DateTime.SpecifyKind(r.PublishedAt, DateTimeKind.Utc),
                r.EpisodeId, r.SeriesId, r.ProjectId, r.Title, EpisodeMetadata.Text(metadata, "contentType"), EpisodeMetadata.Tags(metadata),
                r.ViewsAtDays, r.LifetimeViews);
        }).ToList();
    }

    /// <summary>
    /// COST_WARNING "COST_PER_VIEW": a project's cost (its CostRecords in one currency) / the lifetime views of its
    /// posts, against its channel's (all projects posting there in that currency, with views); raised at
    /// ≥ <see cref="AdvisorOptions.CostPerViewRatio"/> × the channel's, when the channel has two such projects.
    /// A project posting on several channels counts for the one where it has the most views.
    /// </summary>
    private async Task<IEnumerable<Advice>> CostPerViewAsync(IReadOnlyList<PostFacts> posts, IReadOnlyDictionary<Guid, ChannelFacts> channels, CancellationToken ct)
    {
        var views = posts.Where(p => p.LifetimeViews is > 0)
            .GroupBy(p => p.ProjectId)
            .ToDictionary(g => g.Key, g => (
                Views: g.Sum(p => p.LifetimeViews!.Value),
                Channel: g.GroupBy(p => p.ChannelId).OrderByDescending(c => c.Sum(p => p.LifetimeViews!.Value)).ThenBy(c => c.Key).First().Key));
        if (views.Count < 2) return [];
        var projectIds = views.Keys.ToList();
        var costs = (await core.CostRecords.AsNoTracking().Where(r => projectIds.Contains(r.ProjectId))
                .GroupBy(r => new { r.ProjectId, r.Currency })
                .Select(g => new { g.Key.ProjectId, g.Key.Currency, Cost = g.Sum(r => r.TotalCost) })
                .ToListAsync(ct))
            .Where(c => c.Cost > 0)
            .Select(c => (c.ProjectId, c.Currency, c.Cost, views[c.ProjectId].Views, views[c.ProjectId].Channel))
            .ToList();
        var names = await core.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var result = new List<Advice>();
        foreach (var group in costs.GroupBy(c => (c.Channel, c.Currency)).OrderBy(g => g.Key.Channel).ThenBy(g => g.Key.Currency, StringComparer.Ordinal))
        {
            var projects = group.ToList();
            if (projects.Count < 2 || !channels.TryGetValue(group.Key.Channel, out var channel)) continue;
            var channelCpv = projects.Sum(p => p.Cost) / projects.Sum(p => (decimal)p.Views);
            foreach (var project in projects.OrderBy(p => p.ProjectId))
            {
                var cpv = project.Cost / project.Views;
                var ratio = Math.Round((double)(cpv / channelCpv), 4);
                if (ratio < _options.CostPerViewRatio) continue;
                var provider = await ProvidersAsync(project.ProjectId, project.Currency, since: DateTime.MinValue, ct);
                var name = names.GetValueOrDefault(project.ProjectId, "project");
                result.Add(new Advice(
                    RecommendationType.CostWarning, RecommendationSeverity.Warning, $"COST_WARNING:COST_PER_VIEW:{project.ProjectId:N}:{project.Currency}",
                    $"{Quote(name)} costs {Ratio(ratio)} the channel's per view",
                    $"{Quote(name)} cost {Money(project.Cost, project.Currency)} for {Views(project.Views)} views: "
                    + $"{PerView(cpv, project.Currency)} per view, {Ratio(ratio)} the {PerView(channelCpv, project.Currency)} "
                    + $"of {Quote(channel.Name)} ({projects.Count} projects)." + provider.Sentence,
                    1.0, channel.Id, null, project.ProjectId,
                    new CostData("COST_PER_VIEW", project.Cost, project.Currency, null, null, null, provider.Top, provider.TopCost,
                        provider.Suggested, provider.Capability, provider.TopUnitCost, provider.SuggestedUnitCost, project.Views,
                        Math.Round(cpv, 8), Math.Round(channelCpv, 8), ratio)));
            }
        }
        return result;
    }

    /// <summary>
    /// COST_WARNING "BUDGET": projects with a budget whose spent (Core's cost summary of the current budget period, in
    /// the budget currency) reached warnAt × limit; CRITICAL at or over the limit.
    /// </summary>
    private async Task<IEnumerable<Advice>> BudgetsAsync(IReadOnlyList<PostFacts> posts, DateTime now, CancellationToken ct)
    {
        var result = new List<Advice>();
        var projects = await core.Projects.AsNoTracking().Where(p => p.ArchivedAt == null).ToListAsync(ct);
        foreach (var project in projects.Where(p => p.Budget is { Limit: > 0 }).OrderBy(p => p.Id))
        {
            var budget = project.Budget!;
            var summary = await ProjectCostSummary.ComputeAsync(core, project, now, ct);
            if (summary.UsedFraction is not { } used || used < budget.WarnAt) continue;
            var since = budget.Period == Core.Projects.BudgetPeriod.Monthly ? new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc) : DateTime.MinValue;
            var provider = await ProvidersAsync(project.Id, summary.Currency, since, ct);
            var channel = posts.Where(p => p.ProjectId == project.Id).GroupBy(p => p.ChannelId)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefault();
            var severity = used >= 1 ? RecommendationSeverity.Critical : RecommendationSeverity.Warning;
            result.Add(new Advice(
                RecommendationType.CostWarning, severity, $"COST_WARNING:BUDGET:{project.Id:N}",
                used >= 1 ? $"Budget of {Quote(project.Name)} is used up ({Percent(used)})" : $"Budget of {Quote(project.Name)} is {Percent(used)} used",
                $"{Quote(project.Name)} spent {Money(summary.Spent, summary.Currency)} of its {Money(budget.Limit, budget.Currency)} "
                + $"{(budget.Period == Core.Projects.BudgetPeriod.Monthly ? "monthly " : "")}budget ({Percent(used)}; warning at {Percent(budget.WarnAt)})."
                + provider.Sentence,
                1.0, channel, null, project.Id,
                new CostData("BUDGET", summary.Spent, summary.Currency, budget.Limit, Math.Round(used, 4), budget.WarnAt, provider.Top, provider.TopCost,
                    provider.Suggested, provider.Capability, provider.TopUnitCost, provider.SuggestedUnitCost, null, null, null, null)));
        }
        return result;
    }

    private sealed record ProviderAdvice(string? Top, decimal? TopCost, string? Suggested, string? Capability, decimal? TopUnitCost, decimal? SuggestedUnitCost)
    {
        public string Sentence => Top is null ? ""
            : $" Most of it went to {Top} ({Amount(TopCost)})."
              + (Suggested is null ? "" : $" {Suggested} offers {Capability} for {Amount(SuggestedUnitCost)} per unit instead of {Amount(TopUnitCost)}.");
    }

    /// <summary>
    /// The provider that cost the project most, and a cheaper one for the same task: the task its jobs with that
    /// provider ran most, and among that task's registered providers the one with the lowest unit cost in the same
    /// currency and unit.
    /// </summary>
    private async Task<ProviderAdvice> ProvidersAsync(Guid projectId, string currency, DateTime since, CancellationToken ct)
    {
        var top = await core.CostRecords.AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.Currency == currency && r.CreatedAt >= since)
            .GroupBy(r => r.Provider).Select(g => new { Provider = g.Key, Cost = g.Sum(r => r.TotalCost) })
            .ToListAsync(ct);
        var best = top.OrderByDescending(t => t.Cost).ThenBy(t => t.Provider, StringComparer.Ordinal).FirstOrDefault();
        if (best is null) return new ProviderAdvice(null, null, null, null, null, null);
        var jobIds = core.CostRecords.Where(r => r.ProjectId == projectId && r.Provider == best.Provider).Select(r => r.JobId);
        var task = await core.Jobs.AsNoTracking().Where(j => jobIds.Contains(j.Id))
            .GroupBy(j => j.TaskName).Select(g => new { Task = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Task).Select(g => g.Task).FirstOrDefaultAsync(ct);
        if (task is null || !jobs.TryGet(task, out var definition, out _)) return new ProviderAdvice(best.Provider, best.Cost, null, null, null, null);
        var providers = definition.AllProviders.DistinctBy(p => p.Key).ToList();
        var current = providers.FirstOrDefault(p => p.Key == best.Provider)?.CostProfile;
        if (current is null) return new ProviderAdvice(best.Provider, best.Cost, null, task, null, null);
        var cheaper = providers
            .Where(p => p.Key != best.Provider && p.CostProfile is { } c && c.Currency == current.Currency && c.Unit == current.Unit && c.UnitCost < current.UnitCost)
            .OrderBy(p => p.CostProfile!.UnitCost).ThenBy(p => p.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return new ProviderAdvice(best.Provider, best.Cost, cheaper?.Key, task, current.UnitCost, cheaper?.CostProfile!.UnitCost);
    }

    /// <summary>Upserts by fingerprint, expires what was not produced, then writes missing narratives.</summary>
    private async Task<int> StoreAsync(IReadOnlyList<Advice> advice, DateTime now, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var existing = await db.Recommendations.ToDictionaryAsync(r => r.Fingerprint, ct);
        var touched = new List<Recommendation>();
        foreach (var item in advice.DistinctBy(a => a.Fingerprint))
        {
            var json = AdviceJson.Write(item.Data);
            if (!existing.TryGetValue(item.Fingerprint, out var row))
            {
                row = new Recommendation
                {
                    OwnerId = ownerId, Fingerprint = item.Fingerprint, Title = item.Title, Summary = item.Summary, DataJson = json, CreatedAt = now,
                };
                db.Recommendations.Add(row);
            }
            else if (row.DataJson != json)
            {
                row.DataJson = json;
                row.Narrative = null; // written for the old figures
            }
            row.Type = item.Type;
            row.Severity = item.Severity;
            row.Title = item.Title;
            row.Summary = item.Summary;
            row.Confidence = item.Confidence;
            row.ChannelId = item.ChannelId;
            row.SeriesId = item.SeriesId;
            row.ProjectId = item.ProjectId;
            row.UpdatedAt = now;
            row.ExpiresAt = now + _options.Lifetime;
            touched.Add(row);
        }
        var current = touched.Select(r => r.Fingerprint).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in existing.Values.Where(r => !current.Contains(r.Fingerprint) && (r.ExpiresAt is null || r.ExpiresAt > now)))
            stale.ExpiresAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another process stored the same fingerprints first; its rows are as current as these.
            logger.LogInformation(e, "Recommendations of {Owner} were stored concurrently; keeping the other computation's rows", ownerId);
            db.ChangeTracker.Clear();
            return touched.Count;
        }
        if (await narrator.WriteAsync(touched.Where(r => r.Narrative is null && r.DismissedAt is null).Take(_options.NarrativesPerRun).ToList(), ct))
            await db.SaveChangesAsync(ct);
        return touched.Count;
    }
}
