using System.Web;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>
/// One local WireMock server playing Google (OAuth + YouTube channels), TikTok (Login Kit) and Facebook (Graph), with
/// the server's settings pointing each platform's options at it. A code "good-…" is accepted, any other refused.
/// </summary>
internal sealed class FakePlatforms : IDisposable
{
    public const string YouTubeAccess = "ya29.ACCESS-TOKEN-yt";
    public const string YouTubeRefresh = "1//REFRESH-TOKEN-yt";
    public const string TikTokAccess = "act.ACCESS-TOKEN-tt";
    public const string TikTokRefresh = "rft.REFRESH-TOKEN-tt";
    public const string FacebookUser = "EAA-USER-TOKEN-fb";
    public const string FacebookLongLived = "EAA-LONG-LIVED-fb";
    public const string Page1Token = "EAA-PAGE-TOKEN-1";
    public const string Page2Token = "EAA-PAGE-TOKEN-2";

    public static readonly string[] Secrets = [YouTubeAccess, YouTubeRefresh, TikTokAccess, TikTokRefresh, FacebookUser, FacebookLongLived, Page1Token, Page2Token];

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    public FakePlatforms(int youTubeExpiresIn = 3599, int facebookPages = 1)
    {
        // Google: authorization code and refresh grants, channels.list mine=true.
        Server.Given(Request.Create().WithPath("/token").UsingPost()).AtPriority(10)
            .RespondWith(Json(400, """{"error":"invalid_grant","error_description":"Malformed auth code."}"""));
        Server.Given(Request.Create().WithPath("/token").UsingPost().WithBody(new RegexMatcher("grant_type=authorization_code.*code=good-"))).AtPriority(1)
            .RespondWith(Json(200, $$"""{"access_token":"{{YouTubeAccess}}","expires_in":{{youTubeExpiresIn}},"refresh_token":"{{YouTubeRefresh}}","scope":"https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.readonly","token_type":"Bearer"}"""));
        Server.Given(Request.Create().WithPath("/youtube/v3/channels").UsingGet().WithParam("mine", "true"))
            .RespondWith(Json(200, """{"items":[{"id":"UC_channel_1","snippet":{"title":"Media Creator Lab","customUrl":"@mediacreatorlab"}}]}"""));

        // TikTok: token endpoint and user info.
        Server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost()).AtPriority(10)
            .RespondWith(Json(200, """{"error":"invalid_grant","error_description":"Authorization code is expired.","log_id":"L1"}"""));
        Server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost().WithBody(new RegexMatcher("code=good-"))).AtPriority(1)
            .RespondWith(Json(200, $$"""{"access_token":"{{TikTokAccess}}","expires_in":86400,"open_id":"open-1","refresh_expires_in":31536000,"refresh_token":"{{TikTokRefresh}}","scope":"user.info.basic,video.publish","token_type":"Bearer"}"""));
        Server.Given(Request.Create().WithPath("/v2/user/info/").UsingGet())
            .RespondWith(Json(200, """{"data":{"user":{"open_id":"open-1","union_id":"u-1","display_name":"Bangkok Bites","username":"bkkbites"}},"error":{"code":"ok","message":"","log_id":"L2"}}"""));

        // Facebook: code → short-lived user token → long-lived token, permissions, pages.
        Server.Given(Request.Create().WithPath("/v19.0/oauth/access_token").UsingPost().WithBody(new RegexMatcher("code=good-")))
            .RespondWith(Json(200, $$"""{"access_token":"{{FacebookUser}}","token_type":"bearer","expires_in":5400}"""));
        Server.Given(Request.Create().WithPath("/v19.0/oauth/access_token").UsingPost().WithBody(new RegexMatcher("grant_type=fb_exchange_token")))
            .RespondWith(Json(200, $$"""{"access_token":"{{FacebookLongLived}}","token_type":"bearer","expires_in":5183944}"""));
        Server.Given(Request.Create().WithPath("/v19.0/me/permissions").UsingGet())
            .RespondWith(Json(200, """{"data":[{"permission":"pages_show_list","status":"granted"},{"permission":"pages_manage_posts","status":"granted"}]}"""));
        var pages = $$"""{"id":"page-1","name":"Bangkok Bites","username":"bkkbites","access_token":"{{Page1Token}}","tasks":["CREATE_CONTENT"]}"""
                    + (facebookPages > 1 ? $$""",{"id":"page-2","name":"Second Kitchen","access_token":"{{Page2Token}}","tasks":["CREATE_CONTENT"]}""" : "");
        Server.Given(Request.Create().WithPath("/v19.0/me/accounts").UsingGet()).RespondWith(Json(200, $$"""{"data":[{{pages}}]}"""));

        // Revocation: Google /revoke (beside /token), TikTok /v2/oauth/revoke/, Facebook DELETE /me/permissions.
        Server.Given(Request.Create().WithPath(GoogleRevoke).UsingPost()).AtPriority(10).RespondWith(Json(200, "{}"));
        Server.Given(Request.Create().WithPath(TikTokRevoke).UsingPost()).AtPriority(10).RespondWith(Json(200, "{}"));
        Server.Given(Request.Create().WithPath(FacebookPermissions).UsingDelete()).AtPriority(10).RespondWith(Json(200, """{"success":true}"""));
    }

    public const string GoogleRevoke = "/revoke";
    public const string TikTokRevoke = "/v2/oauth/revoke/";
    public const string FacebookPermissions = "/v19.0/me/permissions";

    /// <summary>From now on the three revocation endpoints answer <paramref name="status"/> with <paramref name="body"/>.</summary>
    public void RevocationAnswers(int status, string body)
    {
        Server.Given(Request.Create().WithPath(GoogleRevoke).UsingPost()).AtPriority(0).RespondWith(Json(status, body));
        Server.Given(Request.Create().WithPath(TikTokRevoke).UsingPost()).AtPriority(0).RespondWith(Json(status, body));
        Server.Given(Request.Create().WithPath(FacebookPermissions).UsingDelete()).AtPriority(0).RespondWith(Json(status, body));
    }

    /// <summary>The requests that reached <paramref name="path"/> with <paramref name="method"/>.</summary>
    public List<WireMock.IRequestMessage> Requests(string path, string method) =>
        Server.LogEntries.Select(e => e.RequestMessage!).Where(m => m.Path == path && m.Method == method).ToList();

    /// <summary>From now on the Google token endpoint refuses refresh grants (revoked consent).</summary>
    public void RefusesGoogleRefresh() =>
        Server.Given(Request.Create().WithPath("/token").UsingPost().WithBody(new RegexMatcher("grant_type=refresh_token"))).AtPriority(0)
            .RespondWith(Json(400, """{"error":"invalid_grant","error_description":"Token has been expired or revoked."}"""));

    /// <summary>From now on the Google token endpoint answers refresh grants with <paramref name="accessToken"/>.</summary>
    public void RefreshesGoogleWith(string accessToken) =>
        Server.Given(Request.Create().WithPath("/token").UsingPost().WithBody(new RegexMatcher("grant_type=refresh_token"))).AtPriority(0)
            .RespondWith(Json(200, $$"""{"access_token":"{{accessToken}}","expires_in":3599,"token_type":"Bearer"}"""));

    /// <summary>The form fields of the requests to <paramref name="path"/>.</summary>
    public List<System.Collections.Specialized.NameValueCollection> Forms(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage!.Path == path).Select(e => HttpUtility.ParseQueryString(e.RequestMessage!.Body ?? "")).ToList();

    public Dictionary<string, string?> Settings(string exportRoot) => new()
    {
        ["YouTubeOptions:ClientId"] = "yt-client.apps.googleusercontent.com",
        ["YouTubeOptions:ClientSecret"] = "yt-client-secret",
        ["YouTubeOptions:AuthUrl"] = Url + "/o/oauth2/v2/auth",
        ["YouTubeOptions:TokenUrl"] = Url + "/token",
        ["YouTubeOptions:ApiBaseUrl"] = Url + "/youtube/v3",
        ["YouTubeOptions:MaxRetries"] = "1",
        ["YouTubeOptions:RetryBaseDelay"] = "00:00:00.010",
        ["TikTok:ApiBaseUrl"] = Url,
        ["TikTok:AuthorizeUrl"] = Url + "/v2/auth/authorize/",
        ["TikTok:ClientKey"] = "tt-client-key",
        ["TikTok:ClientSecret"] = "tt-client-secret",
        ["TikTok:Retry:BaseDelay"] = "00:00:00.010",
        ["Facebook:GraphBaseUrl"] = Url,
        ["Facebook:DialogBaseUrl"] = Url,
        ["Facebook:AppId"] = "fb-app",
        ["Facebook:AppSecret"] = "fb-app-secret",
        ["Facebook:Retry:BaseDelay"] = "00:00:00.010",
        ["Publishing:FolderExportOptions:RootPath"] = exportRoot,
    };

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose() => Server.Stop();
}
