using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Video.Tests.Generation;

/// <summary>
/// How each text-to-video service answers, as its docs show: where tasks are submitted and polled, what running,
/// succeeded, failed and moderated tasks look like. Drives one WireMock fake per test.
/// </summary>
public abstract class ProviderScript
{
    public const string ApiKey = "key-SECRET-123456";

    public abstract string Name { get; }

    internal abstract ITextToVideoProvider Create(WireMockServer server, TimeSpan maxWait);

    public abstract string SubmitPath { get; }

    public abstract string SubmitBody(WireMockServer server);

    public abstract string PollPath { get; }

    public abstract string Running { get; }

    public abstract string Succeeded(string videoUrl);

    public abstract string Failed(string reason);

    /// <summary>Sets up the submission and whatever a moderated task looks like there (a failed task or a refusal).</summary>
    public abstract void Moderated(WireMockServer server);

    /// <summary>Extra routes a completed task needs (fal's result URL).</summary>
    public virtual void Completed(WireMockServer server, string videoUrl) { }

    public abstract string AuthHeader { get; }

    public override string ToString() => Name;

    internal static T Tiny<T>(T options, WireMockServer server, TimeSpan maxWait, string path = "") where T : TextToVideoOptions
    {
        options.BaseUrl = server.Url + path;
        options.ApiKey = ApiKey;
        options.PollInterval = TimeSpan.FromMilliseconds(20);
        options.MaxWait = maxWait;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(20);
        options.MaxRetries = 2;
        options.Timeout = TimeSpan.FromSeconds(20);
        return options;
    }

    public static IResponseBuilder Answer(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    /// <summary>Answers successive calls to <paramref name="path"/> with <paramref name="answers"/>, the last one repeating.</summary>
    public static void Sequence(WireMockServer server, string path, bool post, params IResponseBuilder[] answers)
    {
        var scenario = $"{(post ? "POST" : "GET")} {path}";
        for (var i = 0; i < answers.Length; i++)
        {
            var request = Request.Create().WithPath(path);
            request = post ? request.UsingPost() : request.UsingGet();
            var step = server.Given(request).InScenario(scenario);
            if (i > 0) step = step.WhenStateIs($"s{i}");
            if (i < answers.Length - 1) step = step.WillSetStateTo($"s{i + 1}");
            step.RespondWith(answers[i]);
        }
    }

    public static string Serialize(object o) => JsonSerializer.Serialize(o);
}

public sealed class RunwayScript : ProviderScript
{
    public override string Name => "runway";
    internal override ITextToVideoProvider Create(WireMockServer server, TimeSpan maxWait) =>
        new RunwayVideoProvider(new HttpClient(), Tiny(new RunwayOptions(), server, maxWait, "/v1"));
    public override string SubmitPath => "/v1/text_to_video";
    public override string SubmitBody(WireMockServer server) => Serialize(new { id = "task-1" });
    public override string PollPath => "/v1/tasks/task-1";
    public override string Running => Serialize(new { id = "task-1", status = "RUNNING", progress = 0.4, createdAt = "2026-01-01T00:00:00Z" });
    public override string Succeeded(string videoUrl) => Serialize(new { id = "task-1", status = "SUCCEEDED", output = new[] { videoUrl } });
    public override string Failed(string reason) => Serialize(new { id = "task-1", status = "FAILED", failure = reason, failureCode = "INTERNAL.BAD_OUTPUT.CODE01" });
    public override void Moderated(WireMockServer server)
    {
        Sequence(server, SubmitPath, true, Answer(200, SubmitBody(server)));
        Sequence(server, PollPath, false, Answer(200, Serialize(new { id = "task-1", status = "FAILED", failure = "The prompt was flagged.", failureCode = "SAFETY.INPUT.TEXT" })));
    }
    public override string AuthHeader => $"Bearer {ApiKey}";
}

public sealed class LumaScript : ProviderScript
{
    public override string Name => "luma";
    internal override ITextToVideoProvider Create(WireMockServer server, TimeSpan maxWait) =>
        new LumaVideoProvider(new HttpClient(), Tiny(new LumaOptions(), server, maxWait, "/dream-machine/v1"));
    public override string SubmitPath => "/dream-machine/v1/generations";
    public override string SubmitBody(WireMockServer server) => Serialize(new { id = "gen-1", state = "queued", assets = (object?)null });
    public override string PollPath => "/dream-machine/v1/generations/gen-1";
    public override string Running => Serialize(new { id = "gen-1", state = "dreaming", failure_reason = (string?)null });
    public override string Succeeded(string videoUrl) => Serialize(new { id = "gen-1", state = "completed", assets = new { video = videoUrl, image = "x" } });
    public override string Failed(string reason) => Serialize(new { id = "gen-1", state = "failed", failure_reason = reason });
    public override void Moderated(WireMockServer server) =>
        server.Given(Request.Create().WithPath(SubmitPath).UsingPost())
            .RespondWith(Answer(400, Serialize(new { detail = "400: Prompt not allowed because advanced moderation failed" })));
    public override string AuthHeader => $"Bearer {ApiKey}";
}

public sealed class PikaScript : ProviderScript
{
    public override string Name => "pika";
    internal override ITextToVideoProvider Create(WireMockServer server, TimeSpan maxWait) =>
        new PikaVideoProvider(new HttpClient(), Tiny(new PikaOptions(), server, maxWait));
    public override string SubmitPath => "/fal-ai/pika/v2.2/text-to-video";
    public override string SubmitBody(WireMockServer server) => Serialize(new
    {
        request_id = "req-1", status_url = $"{server.Url}/fal-ai/pika/requests/req-1/status", response_url = $"{server.Url}/fal-ai/pika/requests/req-1",
    });
    public override string PollPath => "/fal-ai/pika/requests/req-1/status";
    public override string Running => Serialize(new { status = "IN_PROGRESS", logs = Array.Empty<object>() });
    public override string Succeeded(string videoUrl) => Serialize(new { status = "COMPLETED" });
    public override void Completed(WireMockServer server, string videoUrl) =>
        server.Given(Request.Create().WithPath("/fal-ai/pika/requests/req-1").UsingGet())
            .RespondWith(Answer(200, Serialize(new { video = new { url = videoUrl, content_type = "video/mp4" } })));
    public override string Failed(string reason) => Serialize(new { status = "COMPLETED", error = reason });
    public override void Moderated(WireMockServer server)
    {
        Sequence(server, SubmitPath, true, Answer(200, SubmitBody(server)));
        Sequence(server, PollPath, false, Answer(200, Serialize(new { status = "COMPLETED" })));
        server.Given(Request.Create().WithPath("/fal-ai/pika/requests/req-1").UsingGet()).RespondWith(Answer(422, Serialize(new
        {
            detail = new[] { new { loc = new[] { "body", "prompt" }, msg = "The content could not be processed because it contained material flagged by a content checker.", type = "content_policy_violation" } },
        })));
    }
    public override string AuthHeader => $"Key {ApiKey}";
}
