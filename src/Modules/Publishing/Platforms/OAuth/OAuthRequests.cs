namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>
/// The parts of an OAuth 2.0 authorization-code flow every platform client sends alike (RFC 6749 4.1, RFC 7636): the
/// consent URL's query, the code and refresh grants, the client credentials, and the check that they are configured.
/// Each platform keeps its own transport and error mapping.
/// </summary>
public static class OAuthRequests
{
    /// <summary><c>key=value&amp;…</c> with keys and values percent-encoded.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The consent URL's parameters: client id (under the platform's name for it), redirect, code response, scope, state and the S256 challenge.</summary>
    public static List<KeyValuePair<string, string>> Authorization(string clientIdParameter, string clientId, Uri redirectUri, string scope, string state,
        string? codeChallenge)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new(clientIdParameter, clientId), new("redirect_uri", redirectUri.ToString()), new("response_type", "code"), new("scope", scope),
            new("state", state),
        };
        if (codeChallenge is not null)
        {
            query.Add(new("code_challenge", codeChallenge));
            query.Add(new("code_challenge_method", Pkce.Method));
        }
        return query;
    }

    /// <summary>The authorization-code grant, with the PKCE verifier when there is one.</summary>
    public static List<KeyValuePair<string, string>> CodeGrant(string code, Uri redirectUri, string? codeVerifier)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", redirectUri.ToString()) };
        if (codeVerifier is not null) form.Add(new("code_verifier", codeVerifier));
        return form;
    }

    public static List<KeyValuePair<string, string>> RefreshGrant(string refreshToken) =>
        [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)];

    /// <summary>The grant with the client's credentials in the form body (never in a URL).</summary>
    public static List<KeyValuePair<string, string>> WithClient(IEnumerable<KeyValuePair<string, string>> grant, string clientIdParameter, string clientId,
        string clientSecret) =>
        [.. grant, new(clientIdParameter, clientId), new("client_secret", clientSecret)];

    /// <summary><see cref="PublishingErrorCodes.NotConfigured"/> unless both the client id and secret are set; no call is made without them.</summary>
    public static void RequireClient(string? clientId, string? clientSecret, string message)
    {
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
            throw new PublishingException(PublishingErrorCodes.NotConfigured, message);
    }
}
