namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>Bound from <c>Publishing:Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string Section = "Publishing:Sync";

    /// <summary>Run the periodic syncs in this process (every process may: the slot keys keep them from enqueuing twice).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every owner's published posts get a metrics snapshot.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often every owner's revenue is synced.</summary>
    public TimeSpan RevenueInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Days into a month during which the previous month's revenue is synced again.</summary>
    public int RevenueSettleDays { get; set; } = 3;

    /// <summary>The longest pause between two looks for a due slot (a restarted process catches up within it).</summary>
    public TimeSpan MaxTick { get; set; } = TimeSpan.FromMinutes(15);
}
