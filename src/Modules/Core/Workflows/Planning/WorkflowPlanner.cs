using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Workflows.Planning;

/// <summary>A validated step: what it runs, on which provider, for about how much.</summary>
public sealed record PlannedStep(WorkflowStepSpec Spec, string Member, JsonObject Job, JobSpecTarget Target, string ModuleName, JobKind Kind,
    string Provider, Money? Estimate)
{
    /// <summary>The step's dependencies: its <c>dependsOn</c> plus every step it takes an output from.</summary>
    public IReadOnlyList<string> Dependencies => [.. Spec.DependsOn.Concat(Spec.Bindings.Select(b => b.FromStep)).Distinct(StringComparer.Ordinal)];
}

/// <summary>A workflow checked as a whole: its steps in dependency order, or why it cannot run.</summary>
public sealed record WorkflowPlan(IReadOnlyList<PlannedStep> Steps, IReadOnlyList<IMutationError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Estimated cost per currency (most workflows have one).</summary>
    public IReadOnlyList<Money> Totals => [.. Steps.Where(s => s.Estimate is not null).GroupBy(s => s.Estimate!.Currency)
        .Select(g => new Money(g.Sum(s => s.Estimate!.Amount), g.Key))];

    public Money? Total => Totals.Count switch { 0 => null, _ => Totals.OrderByDescending(t => t.Currency == "USD").First() };
}

/// <summary>
/// Checks a workflow's typed DAG before it is saved or started: step keys, the job spec of each step (module, task,
/// provider with that capability), dependencies and bindings (known steps, bindable fields, required inputs bound),
/// and cycles. Errors name the field (<c>input.steps[2].bindings[0].fromStep</c>) and carry a code. Also estimates each
/// step's cost from its provider's cost profile.
/// </summary>
public sealed partial class WorkflowPlanner(CoreDbContext db, JobHandlerRegistry handlers, IEnumerable<IJobSpecMember> members)
{
    public const int MaxSteps = 50;

    public async Task<WorkflowPlan> PlanAsync(IReadOnlyList<WorkflowStepSpec> steps, string field, ISchema? schema, CancellationToken ct)
    {
        var errors = new List<IMutationError>();
        if (steps.Count == 0)
            return new WorkflowPlan([], [new ValidationError("A workflow needs at least one step.", field, "EMPTY_WORKFLOW")]);
        if (steps.Count > MaxSteps)
            return new WorkflowPlan([], [new ValidationError($"A workflow has at most {MaxSteps} steps.", field, "TOO_MANY_STEPS")]);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var key = steps[i].Key;
            if (!KeyPattern().IsMatch(key))
                errors.Add(new ValidationError($"Step key '{key}' must be 1-40 letters, digits, '-' or '_'.", $"{field}[{i}].key", "INVALID_FORMAT"));
            else if (!keys.Add(key))
                errors.Add(new ValidationError($"Step key '{key}' is used twice.", $"{field}[{i}].key", "DUPLICATE_STEP"));
        }

        var planned = new List<PlannedStep>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var at = $"{field}[{i}]";
            if (step.MaxAttempts is < 1 or > 10)
                errors.Add(new ValidationError("maxAttempts must be between 1 and 10.", $"{at}.retry.maxAttempts", "OUT_OF_RANGE"));
            if (step.RetryDelaySeconds is < 0 or > 3600)
                errors.Add(new ValidationError("delaySeconds must be between 0 and 3600.", $"{at}.retry.delaySeconds", "OUT_OF_RANGE"));
            foreach (var (dependency, d) in step.DependsOn.Select((x, d) => (x, d)))
            {
                if (!keys.Contains(dependency))
                    errors.Add(new ValidationError($"Step '{step.Key}' depends on '{dependency}', which is not a step of this workflow.", $"{at}.dependsOn[{d}]", "UNKNOWN_STEP"));
                else if (dependency == step.Key)
                    errors.Add(new ValidationError($"Step '{step.Key}' depends on itself.", $"{at}.dependsOn[{d}]", "CYCLE"));
            }
            var resolved = await ResolveAsync(step, at, ct);
            if (resolved.Error is not null)
            {
                errors.Add(resolved.Error);
                continue;
            }
            var plannedStep = resolved.Step!;
            errors.AddRange(CheckBindings(plannedStep, at, keys, schema));
            planned.Add(plannedStep);
        }
        if (errors.Count > 0) return new WorkflowPlan(planned, errors);

        var ordered = TopologicalOrder(planned, out var cycle);
        if (ordered is null)
            return new WorkflowPlan(planned, [new ValidationError($"The steps form a cycle: {string.Join(" -> ", cycle)}.", field, "CYCLE")]);
        return new WorkflowPlan(ordered, []);
    }

    private sealed record Resolution(PlannedStep? Step, IMutationError? Error);

    private async Task<Resolution> ResolveAsync(WorkflowStepSpec step, string at, CancellationToken ct)
    {
        JsonObject job;
        try
        {
            job = JsonNode.Parse(step.JobJson) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return new(null, new ValidationError("The step's job must be a JobSpecInput object.", $"{at}.job", "INVALID_FORMAT"));
        }
        var set = job.Where(p => p.Value is not null).ToList();
        if (set.Count != 1 || set[0].Value is not JsonObject spec)
            return new(null, new ValidationError("The step's job must set exactly one member of JobSpecInput.", $"{at}.job", "INVALID_FORMAT"));
        var memberName = set[0].Key;

        JobSpecTarget target;
        string moduleName;
        JobKind kind;
        IReadOnlyDictionary<string, CostProfile?> providers;
        string defaultProvider;
        if (memberName == "generic")
        {
            var moduleKey = (string?)spec["moduleName"] ?? "";
            var taskName = (string?)spec["taskName"] ?? "";
            var module = await db.Modules.AsNoTracking().FirstOrDefaultAsync(m => m.Name == moduleKey && m.Enabled, ct);
            if (module is null)
                return new(null, new ValidationError($"No enabled module is named '{moduleKey}'.", $"{at}.job.generic.moduleName", "UNKNOWN_MODULE"));
            var task = JobTask.Resolve(module, taskName, handlers);
            if (task is null)
                return new(null, new ValidationError($"Module '{moduleKey}' has no task '{taskName}'.", $"{at}.job.generic.taskName", "UNKNOWN_TASK"));
            target = new JobSpecTarget(taskName, (string?)spec["provider"], []);
            (moduleName, kind, providers, defaultProvider) = (module.Name, task.Kind, task.Providers, task.DefaultProvider);
        }
        else
        {
            var member = members.FirstOrDefault(m => m.Name == memberName);
            if (member is null)
                return new(null, new ValidationError($"JobSpecInput has no member '{memberName}'.", $"{at}.job.{memberName}", "UNKNOWN_TASK"));
            try
            {
                target = member.Target(spec);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
            {
                return new(null, new ValidationError($"The {memberName} spec is malformed: {e.Message}", $"{at}.job.{memberName}", "INVALID_FORMAT"));
            }
            if (!handlers.TryGet(target.TaskName, out var definition, out _))
                return new(null, new ValidationError($"No module of this server runs task '{target.TaskName}'.", $"{at}.job.{memberName}", "UNKNOWN_TASK"));
            moduleName = definition.ModuleName;
            kind = definition.Kind;
            providers = definition.AllProviders.DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.CostProfile);
            defaultProvider = definition.Provider;
        }
        var provider = target.Provider ?? defaultProvider;
        if (!providers.TryGetValue(provider, out var profile))
        {
            return new(null, new ProviderUnavailableError(
                $"Step '{step.Key}': provider '{provider}' does not offer {target.TaskName} (offered by: {string.Join(", ", providers.Keys)}).",
                provider, target.TaskName));
        }
        return new(new PlannedStep(step, memberName, job, target, moduleName, kind, provider, Estimate(profile, target.Quantity)), null);
    }

    /// <summary>A step's expected cost: per-second and per-output prices times the spec's seconds or outputs, at least the minimum.</summary>
    public static Money? Estimate(CostProfile? profile, double quantity)
    {
        if (profile is null) return null;
        var units = profile.Unit is CostUnit.PerSecond or CostUnit.PerOutput ? (decimal)Math.Max(0, quantity) : 1m;
        return new Money(Math.Round(Math.Max(profile.MinimumCost ?? 0m, profile.UnitCost * units), 6), profile.Currency);
    }

    private static IEnumerable<IMutationError> CheckBindings(PlannedStep step, string at, HashSet<string> keys, ISchema? schema)
    {
        var spec = (JsonObject)step.Job[step.Member]!;
        var bound = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < step.Spec.Bindings.Count; b++)
        {
            var binding = step.Spec.Bindings[b];
            var bindingAt = $"{at}.bindings[{b}]";
            if (!keys.Contains(binding.FromStep))
                yield return new ValidationError($"Binding takes an output of '{binding.FromStep}', which is not a step of this workflow.", $"{bindingAt}.fromStep", "UNKNOWN_STEP");
            else if (binding.FromStep == step.Spec.Key)
                yield return new ValidationError($"Step '{step.Spec.Key}' cannot take its own output.", $"{bindingAt}.fromStep", "CYCLE");
            if (binding.OutputIndex is < 0)
                yield return new ValidationError("outputIndex must be 0 or more.", $"{bindingAt}.outputIndex", "OUT_OF_RANGE");
            var prefix = step.Member + ".";
            if (!binding.TargetField.StartsWith(prefix, StringComparison.Ordinal) || binding.TargetField.Length == prefix.Length)
            {
                yield return new ValidationError($"targetField must be a field of the step's '{step.Member}' spec, e.g. \"{step.Member}.sourceAssetIds\".",
                    $"{bindingAt}.targetField", "INVALID_BINDING");
                continue;
            }
            var path = binding.TargetField[prefix.Length..];
            // A generic step's payload is free JSON: any field under it can take asset ids.
            var intoPayload = step.Member == "generic" && path.StartsWith("payload.", StringComparison.Ordinal) && path.Length > "payload.".Length;
            if (schema is not null && !intoPayload && !IsIdField(schema, step.Member, path))
            {
                yield return new ValidationError($"'{binding.TargetField}' is not an ID field of the {step.Member} spec an asset can be bound to.",
                    $"{bindingAt}.targetField", "INVALID_BINDING");
                continue;
            }
            bound.Add(path);
        }
        foreach (var required in step.Target.RequiredFields)
        {
            if (bound.Contains(required) || spec[required] is JsonValue || spec[required] is JsonArray { Count: > 0 }) continue;
            yield return new ValidationError(
                $"Step '{step.Spec.Key}' needs '{step.Member}.{required}': set it or bind it to an earlier step's output.",
                $"{at}.bindings", "MISSING_BINDING");
        }
    }

    /// <summary>Whether <paramref name="path"/> (dotted) of the member's input type ends at an ID or [ID] field.</summary>
    private static bool IsIdField(ISchema schema, string member, string path)
    {
        if (schema.AllTypes["JobSpecInput"] is not IInputObjectGraphType root || root.GetField(member) is not { } field) return false;
        var type = field.ResolvedType;
        foreach (var part in path.Split('.'))
        {
            if (Unwrap(type) is not IInputObjectGraphType input || input.GetField(part) is not { } next) return false;
            type = next.ResolvedType;
        }
        return Unwrap(type) is IdGraphType;
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType),
        ListGraphType l => Unwrap(l.ResolvedType),
        _ => type,
    };

    private static List<PlannedStep>? TopologicalOrder(List<PlannedStep> steps, out List<string> cycle)
    {
        cycle = [];
        var byKey = steps.ToDictionary(s => s.Spec.Key, StringComparer.Ordinal);
        var remaining = steps.ToDictionary(s => s.Spec.Key, s => s.Dependencies.Count(byKey.ContainsKey), StringComparer.Ordinal);
        var ready = new Queue<PlannedStep>(steps.Where(s => remaining[s.Spec.Key] == 0));
        var ordered = new List<PlannedStep>();
        while (ready.TryDequeue(out var step))
        {
            ordered.Add(step);
            foreach (var dependent in steps.Where(s => s.Dependencies.Contains(step.Spec.Key)))
                if (--remaining[dependent.Spec.Key] == 0) ready.Enqueue(dependent);
        }
        if (ordered.Count == steps.Count) return ordered;
        // Walk back from an unfinished step along unfinished dependencies until a step repeats.
        var done = ordered.Select(s => s.Spec.Key).ToHashSet(StringComparer.Ordinal);
        var current = steps.First(s => !done.Contains(s.Spec.Key)).Spec.Key;
        var seen = new List<string>();
        while (!seen.Contains(current))
        {
            seen.Add(current);
            current = byKey[current].Dependencies.First(d => byKey.ContainsKey(d) && !done.Contains(d));
        }
        cycle = [.. seen.SkipWhile(k => k != current), current];
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex KeyPattern();
}
