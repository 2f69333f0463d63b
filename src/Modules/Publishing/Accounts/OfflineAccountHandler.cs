using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>
/// Accounts of the built-in destinations, connected with settings instead of OAuth:
/// RSS_FEED (a feed this server serves; external id = generated feed slug, the feed's channel settings in metadata),
/// FOLDER (external id = a folder name under the export root) and WEBHOOK (external id = the URL, the signing secret
/// stored encrypted like a token).
/// </summary>
public sealed partial class OfflineAccountHandler(PublishingDbContext db, PlatformCredentialProtector protector, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<AccountOutcome> ConnectAsync(Guid owner, string platform, JsonElement? settings, string? secret, Guid? channelId, CancellationToken ct) =>
        platform switch
        {
            "rss_feed" => RssFeedAsync(owner, new Settings(settings), channelId, ct),
            "folder" => FolderAsync(owner, new Settings(settings), channelId, ct),
            "webhook" => WebhookAsync(owner, new Settings(settings), secret, channelId, ct),
            _ => Task.FromResult(AccountOutcome.Fail(new ValidationError($"{platform} is connected through OAuth.", "input.platform", "INVALID_VALUE"))),
        };

    private async Task<AccountOutcome> RssFeedAsync(Guid owner, Settings s, Guid? channelId, CancellationToken ct)
    {
        var title = s.Text("title", 200, required: true);
        var description = s.Text("description", 4000);
        var author = s.Text("author", 200);
        var language = s.Text("language", 35) ?? "en";
        var category = s.Text("category", 100);
        var subcategory = s.Text("subcategory", 100);
        var ownerEmail = s.Text("ownerEmail", 200);
        var imageUrl = s.Url("imageUrl");
        var link = s.Url("link");
        var isExplicit = s.Bool("explicit") ?? false;
        var feedId = s.Text("feedId", 120);
        if (!LanguageTag().IsMatch(language)) s.Fail("language", "INVALID_FORMAT", "The language must be a language tag such as en or th-TH.");
        if (ownerEmail is not null && !ownerEmail.Contains('@', StringComparison.Ordinal)) s.Fail("ownerEmail", "INVALID_FORMAT", "The owner email is not an email address.");
        if (s.Error is { } invalid) return AccountOutcome.Fail(invalid);

        if (feedId is not null)
        {
            if (!await db.PlatformAccounts.AnyAsync(a => a.OwnerId == owner && a.Platform == "rss_feed" && a.ExternalId == feedId, ct))
                return AccountOutcome.Fail(new ValidationError($"No feed '{feedId}' of yours exists; leave feedId out to create one.", "input.settings.feedId", "NOT_FOUND"));
        }
        else
        {
            do feedId = FeedSlug(title!);
            while (await db.PlatformAccounts.IgnoreQueryFilters().AnyAsync(a => a.Platform == "rss_feed" && a.ExternalId == feedId, ct));
        }
        var metadata = JsonSerializer.Serialize(new
        {
            title, description = description ?? "", author, language, category, subcategory, @explicit = isExplicit,
            imageUrl = imageUrl?.ToString(), link = link?.ToString(), ownerEmail,
        }, Json);
        return await SaveAsync(owner, "rss_feed", feedId, title!, metadata, null, channelId, ct);
    }

    private async Task<AccountOutcome> FolderAsync(Guid owner, Settings s, Guid? channelId, CancellationToken ct)
    {
        var folder = s.Text("folder", 120, required: true);
        var name = s.Text("name", 200);
        if (folder is not null && (Path.IsPathRooted(folder) || folder.Contains("..", StringComparison.Ordinal)
                || folder.IndexOfAny(['/', '\\']) >= 0))
            s.Fail("folder", "INVALID_PATH", "The folder must be one folder name under the export root: no absolute path, separator or '..'.");
        else if (folder is not null && !SafeName.IsSafe(folder))
            s.Fail("folder", "INVALID_FORMAT", "The folder name may contain only letters, digits, '.', '_' and '-'.");
        if (s.Error is { } invalid) return AccountOutcome.Fail(invalid);
        // Folders are not owner-scoped on disk: one owner's folder is never another owner's export target.
        if (await db.PlatformAccounts.IgnoreQueryFilters().AnyAsync(a => a.Platform == "folder" && a.ExternalId == folder && a.OwnerId != owner, ct))
            return AccountOutcome.Fail(new ValidationError($"The folder '{folder}' is in use; choose another name.", "input.settings.folder", "TAKEN"));
        var metadata = JsonSerializer.Serialize(new { folder }, Json);
        return await SaveAsync(owner, "folder", folder!, name ?? folder!, metadata, null, channelId, ct);
    }

    private async Task<AccountOutcome> WebhookAsync(Guid owner, Settings s, string? secret, Guid? channelId, CancellationToken ct)
    {
        var url = s.Url("url", required: true);
        var name = s.Text("name", 200);
        if (s.Error is { } invalid) return AccountOutcome.Fail(invalid);
        if (string.IsNullOrEmpty(secret))
            return AccountOutcome.Fail(new ValidationError("A webhook needs its signing secret.", "input.secret", "REQUIRED"));
        if (secret.Length is < 16 or > 1000)
            return AccountOutcome.Fail(new ValidationError("The signing secret must have 16 to 1000 characters.", "input.secret", "INVALID_LENGTH"));
        var credentials = protector.Protect(new PlatformCredentials(null, null, null, secret));
        var metadata = JsonSerializer.Serialize(new { host = url!.Host }, Json);
        return await SaveAsync(owner, "webhook", url.ToString(), name ?? url.Host, metadata, credentials, channelId, ct);
    }

    private async Task<AccountOutcome> SaveAsync(Guid owner, string platform, string externalId, string name, string metadata,
        string? credentials, Guid? channelId, CancellationToken ct) =>
        AccountOutcome.Ok(await AccountUpsert.SaveAsync(db, owner, platform, externalId, account =>
        {
            account.Name = name;
            account.MetadataJson = metadata;
            account.ProtectedAuthConfig = credentials;
            account.Scopes = null;
            account.CredentialsExpireAt = null;
            if (channelId is { } channel) account.ChannelId = channel;
        }, clock.GetUtcNow().UtcDateTime, ct));

    /// <summary>A URL- and file-safe feed id: the title's ASCII words and a random suffix, e.g. <c>thai-kitchen-3f9a2c1d</c>.</summary>
    internal static string FeedSlug(string title)
    {
        var ascii = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') ascii.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) ascii.Append('-');
        }
        var words = string.Join('-', ascii.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > 40) words = words[..40].TrimEnd('-');
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        return words.Length == 0 ? $"feed-{suffix}" : $"{words}-{suffix}";
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>Reads the settings object; the first problem is kept as the validation error.</summary>
    private sealed class Settings(JsonElement? value)
    {
        private readonly JsonElement? _object = value is { ValueKind: JsonValueKind.Object } o ? o : null;

        public ValidationError? Error { get; private set; } = value is null || value.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null
            ? null
            : new ValidationError("The settings must be a JSON object.", "input.settings", "INVALID_FORMAT");

        public void Fail(string key, string code, string message) => Error ??= new ValidationError(message, $"input.settings.{key}", code);

        public string? Text(string key, int max, bool required = false)
        {
            if (_object is not { } o || !o.TryGetProperty(key, out var p) || p.ValueKind == JsonValueKind.Null)
            {
                if (required) Fail(key, "REQUIRED", $"settings.{key} is required.");
                return null;
            }
            var text = p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : null;
            if (text is null || text.Length == 0 || text.Length > max)
            {
                Fail(key, "INVALID_LENGTH", $"settings.{key} must be text of 1 to {max} characters.");
                return null;
            }
            return text;
        }

        public Uri? Url(string key, bool required = false)
        {
            var text = Text(key, 2000, required);
            if (text is null) return null;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) return uri;
            Fail(key, "INVALID_FORMAT", $"settings.{key} must be an absolute http(s) URL.");
            return null;
        }

        public bool? Bool(string key)
        {
            if (_object is not { } o || !o.TryGetProperty(key, out var p) || p.ValueKind == JsonValueKind.Null) return null;
            if (p.ValueKind is JsonValueKind.True or JsonValueKind.False) return p.GetBoolean();
            Fail(key, "INVALID_FORMAT", $"settings.{key} must be true or false.");
            return null;
        }
    }
}
