namespace MediaCreator.TestSupport;

/// <summary>A <see cref="FactAttribute"/> that is skipped (with the reason) when no Redis is available.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (TestRedis.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>
/// A <see cref="FactAttribute"/> for tests that only make sense against PostgreSQL: skipped unless this run's
/// provider (<c>MEDIACREATOR_TEST_DB</c>) is postgres and a server is available.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.DefaultProvider != TestDatabase.Postgres)
        {
            Skip = $"Runs only with {TestEnvironment.DbVariable}=postgres.";
        }
        else if (TestDatabase.PostgresSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>For tests that need both PostgreSQL (this run's provider) and Redis; skipped otherwise.</summary>
public sealed class PostgresRedisFactAttribute : FactAttribute
{
    public PostgresRedisFactAttribute()
    {
        if (TestDatabase.DefaultProvider != TestDatabase.Postgres)
        {
            Skip = $"Runs only with {TestEnvironment.DbVariable}=postgres.";
        }
        else if ((TestDatabase.PostgresSkipReason ?? TestRedis.SkipReason) is { } reason)
        {
            Skip = reason;
        }
    }
}
