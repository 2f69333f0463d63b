using System.Net;
using MediaCreator.Modules.Core.Http;

namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>
/// Sends one token revocation request, not retried (a disconnect does not wait on a struggling platform): a network
/// error or 5xx is PLATFORM_UNAVAILABLE, a 429 PLATFORM_RATE_LIMITED, a timeout PLATFORM_TIMEOUT; any other answer is
/// returned for the platform to read. The token travels only inside the request the caller built (form body or
/// Authorization header), never in a URL or a message.
/// </summary>
public static class RevokeCall
{
    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient http, HttpRequestMessage request, string platform,
        CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new PublishingException(PublishingErrorCodes.Unavailable, $"{platform} revocation endpoint could not be reached: {e.Message}", true, inner: e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PublishingException(PublishingErrorCodes.Timeout, $"{platform} revocation endpoint did not answer in time.", true, inner: e);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
                throw new PublishingException(PublishingErrorCodes.RateLimited, $"{platform} revocation endpoint rate limited the client (HTTP 429).", true,
                    RetryTiming.RetryAfter(response));
            if (status >= 500)
                throw new PublishingException(PublishingErrorCodes.Unavailable, $"{platform} revocation endpoint answered HTTP {status}.", true,
                    RetryTiming.RetryAfter(response));
            return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
    }

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
