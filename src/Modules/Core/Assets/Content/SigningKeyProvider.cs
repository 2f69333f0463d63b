using System.Security.Cryptography;
using System.Text;
using MediaCreator.Modules.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Assets.Content;

/// <summary>
/// The HMAC key of signed asset URLs: <c>Storage:SigningKey</c>; in Development, when it is absent, a random key
/// generated once and kept in <c>Storage:SigningKeyFile</c> so URLs survive restarts. Elsewhere it is required.
/// </summary>
internal sealed class SigningKeyProvider(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<byte[]> _key = new(() => Load(options.Value, environment), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Key => _key.Value;

    private static byte[] Load(StorageOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey)) return Decode(options.SigningKey);
        if (!environment.IsDevelopment())
            throw new StorageNotConfiguredException("Storage:SigningKey is required outside Development (32+ bytes, base64 or text).");
        var path = Path.GetFullPath(options.SigningKeyFile);
        if (File.Exists(path)) return Decode(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(generated));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process generated it first; use theirs so both sign alike.
            return Decode(File.ReadAllText(path).Trim());
        }
        return Convert.FromBase64String(generated);
    }

    private static byte[] Decode(string value)
    {
        var bytes = value.Length % 4 == 0 && Convert.TryFromBase64String(value, new byte[value.Length], out var n) && n >= 32
            ? Convert.FromBase64String(value)
            : Encoding.UTF8.GetBytes(value);
        return bytes.Length >= 32 ? bytes : throw new StorageNotConfiguredException("Storage:SigningKey must be at least 32 bytes.");
    }
}

internal sealed class StorageNotConfiguredException(string message) : Exception(message);
