using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// <c>core.echo</c>: returns its message after <c>steps</c> progress reports, each <c>delayMs</c> apart; with
/// <c>failTimes</c> it fails (retryably) that many attempts first, after writing its output when <c>writeOutput</c>
/// is set and recording its cost (so a retry meets the output and cost record it already wrote). Tests and benchmarks drive the engine with it.
/// </summary>
internal sealed class EchoJobHandler : JobHandler<EchoJobHandler.Input, EchoJobHandler.Output>
{
    public static readonly JobTaskDefinition Task = new(
        "core.echo", "core", JobQueues.Generic, JobKind.Generic,
        "Echoes its message back after reporting progress; for tests and benchmarks of the job engine.",
        "builtin", new CostProfile { Currency = "USD", Unit = CostUnit.PerJob, UnitCost = 0m },
        """{"type":"object","required":["message"],"properties":{"message":{"type":"string","maxLength":10000},"steps":{"type":"integer","minimum":0,"maximum":1000},"delayMs":{"type":"integer","minimum":0,"maximum":60000},"failTimes":{"type":"integer","minimum":0,"maximum":10},"writeOutput":{"type":"boolean"},"inputs":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}""");

    /// <param name="Inputs">Asset ids it was given (a workflow binds upstream outputs here); echoed back.</param>
    public sealed record Input(string Message, int Steps = 0, int DelayMs = 0, int FailTimes = 0, bool WriteOutput = false, IReadOnlyList<string>? Inputs = null);

    public sealed record Output(string Message, int Attempt, IReadOnlyList<string> Inputs);

    protected override async Task<Output> HandleAsync(Input input, JobContext context, CancellationToken ct)
    {
        if (input.WriteOutput)
        {
            using var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input.Message));
            await context.SaveOutputAsync(0, text, "echo.txt", "text/plain", Assets.AssetType.Other, null, ct);
            // Like a provider paid per call before the result is kept: a retry meets the record of the attempt before.
            await context.RecordCostAsync(1, ct);
        }
        if (context.Job.Attempt <= input.FailTimes)
            throw new JobFailedException("ECHO_FAILURE", $"Failing attempt {context.Job.Attempt} of {input.FailTimes} on request.", retryable: true);
        for (var step = 1; step <= input.Steps; step++)
        {
            if (input.DelayMs > 0) await System.Threading.Tasks.Task.Delay(input.DelayMs, ct);
            await context.ReportProgressAsync((double)step / input.Steps, $"step {step} of {input.Steps}", ct);
        }
        await context.RecordCostAsync(1, ct);
        return new Output(input.Message, context.Job.Attempt, input.Inputs ?? []);
    }
}
