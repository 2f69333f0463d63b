using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>The Redis names of one queue.</summary>
internal sealed record RedisQueueKeys(string Queue, RedisKey Stream, RedisKey Delayed, RedisKey Dead, RedisChannel Wake)
{
    /// <summary>One consumer group per queue stream: the worker pool of that queue.</summary>
    public const string Group = "workers";

    public static RedisQueueKeys For(string prefix, string queue)
    {
        var stream = $"{prefix}jobs:{queue}";
        return new(queue, stream, stream + ":delayed", stream + ":dead", RedisChannel.Literal(stream + ":wake"));
    }
}
