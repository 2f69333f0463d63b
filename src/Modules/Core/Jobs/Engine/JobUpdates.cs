using Microsoft.EntityFrameworkCore.Query;

namespace MediaCreator.Modules.Core.Jobs.Engine;

internal static class JobUpdates
{
    public static UpdateSettersBuilder<Job> SetFailure(this UpdateSettersBuilder<Job> s, string code, string message, bool retryable, string? provider) => s
        .SetProperty(j => j.FailureCode, code).SetProperty(j => j.FailureMessage, message)
        .SetProperty(j => j.FailureRetryable, retryable).SetProperty(j => j.FailureProvider, provider);
}
