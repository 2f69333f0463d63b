namespace MediaCreator.Modules.Image.Providers.Flux;

/// <summary>
/// BFL answers with regional polling URLs (<c>api.us1.bfl.ai</c> for <c>api.bfl.ai</c>). The key goes only to
/// the configured host or its sibling subdomains, never to an arbitrary host named in an answer.
/// </summary>
internal static class FluxHosts
{
    public static bool SameService(Uri target, Uri configured)
    {
        if (string.Equals(target.Host, configured.Host, StringComparison.OrdinalIgnoreCase))
            return true;
        var labels = configured.Host.Split('.');
        if (labels.Length < 3 || Uri.CheckHostName(configured.Host) != UriHostNameType.Dns)
            return false;
        var parent = "." + string.Join('.', labels[1..]);
        return target.Scheme == Uri.UriSchemeHttps && target.Host.EndsWith(parent, StringComparison.OrdinalIgnoreCase);
    }
}
