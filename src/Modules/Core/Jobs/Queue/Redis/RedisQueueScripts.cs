namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>
/// Lua run atomically by Redis. Settling a delivery first checks that the entry is still pending on the settling
/// consumer: after a lease expired and another consumer took the entry over, the old one must not ack, retry,
/// dead-letter or re-lease it. Times come from the server clock (<c>TIME</c>), so workers' clocks may disagree.
/// </summary>
internal static class RedisQueueScripts
{
    // KEYS[1] stream; ARGV[1] group, ARGV[2] consumer, ARGV[3] entry id.
    private const string IfOwned = """
        local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
        if #p == 0 or p[1][2] ~= ARGV[2] then return 0 end
        """;

    private const string Forget = """
        redis.call('XACK', KEYS[1], ARGV[1], ARGV[3])
        redis.call('XDEL', KEYS[1], ARGV[3])
        return 1
        """;

    private const string Now = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        """;

    public const string Ack = IfOwned + "\n" + Forget;

    // KEYS[2] delayed set; ARGV[4] delay ms, ARGV[5] member (JSON: job, deliveries, error, id).
    public const string Retry = IfOwned + "\n" + Now + """

        redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ARGV[5])
        """ + "\n" + Forget;

    // KEYS[2] dead-letter stream, capped at about 10,000 records; ARGV[4] job, ARGV[5] error, ARGV[6] deliveries, ARGV[7] time.
    public const string DeadLetter = IfOwned + """

        redis.call('XADD', KEYS[2], 'MAXLEN', '~', 10000, '*', 'job', ARGV[4], 'error', ARGV[5], 'deliveries', ARGV[6], 'at', ARGV[7])
        """ + "\n" + Forget;

    // XCLAIM with min-idle 0 to the owner itself resets the idle time; JUSTID leaves the delivery counter alone.
    public const string Renew = IfOwned + """

        redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
        return 1
        """;

    // KEYS[1] delayed set, KEYS[2] stream; ARGV[1] most entries to move. Returns how many were moved.
    public const string PromoteDue = Now + """

        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
        for _, m in ipairs(due) do
          local r = cjson.decode(m)
          redis.call('XADD', KEYS[2], '*', 'job', r.job, 'deliveries', r.deliveries, 'error', r.error)
          redis.call('ZREM', KEYS[1], m)
        end
        return #due
        """;
}
