using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>
/// The key that encrypts the Data Protection key ring at rest (AES-256-GCM), so a copy of the database alone cannot
/// decrypt platform credentials. From <c>Publishing:KeyRing:Secret</c> (base64, at least 32 bytes; set it for every API
/// and worker process of a deployment), else from the file <c>Publishing:KeyRing:SecretFile</c> (default: the user's
/// local application data folder, <c>MediaCreator/keyring.secret</c>), created with 32 random bytes on first use.
/// </summary>
internal sealed class KeyRingSecret
{
    public KeyRingSecret(IConfiguration configuration)
    {
        if (configuration["Publishing:KeyRing:Secret"] is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32) throw new InvalidOperationException("Publishing:KeyRing:Secret must be at least 32 bytes (base64).");
            Key = SHA256.HashData(bytes);
            return;
        }
        var path = configuration["Publishing:KeyRing:SecretFile"] is { Length: > 0 } file
            ? file
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                "MediaCreator", "keyring.secret");
        Key = SHA256.HashData(ReadOrCreate(path));
    }

    public byte[] Key { get; }

    /// <summary>
    /// The secret in <paramref name="path"/>, created when absent. The new secret is written to a private temporary file
    /// and moved into place without overwriting (an atomic link on Unix), so a process racing another either installs
    /// its own or reads the winner's complete file, never a partial one.
    /// </summary>
    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path)) return Checked(File.ReadAllBytes(path), path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".keyring-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var secret = RandomNumberGenerator.GetBytes(32);
        using (var stream = new FileStream(temporary, options)) stream.Write(secret);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Checked(File.ReadAllBytes(path), path);
        }
    }

    private static byte[] Checked(byte[] secret, string path) =>
        secret.Length >= 32 ? secret : throw new InvalidOperationException($"The key ring secret file '{path}' holds fewer than 32 bytes.");
}

/// <summary>Encrypts each key of the ring with <see cref="KeyRingSecret"/> before Data Protection stores it.</summary>
internal sealed class KeyRingEncryptor(KeyRingSecret secret) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(secret.Key, tag.Length)) aes.Encrypt(nonce, plain, cipher, tag);
        var element = new XElement("encryptedKey", new XAttribute("algorithm", "AES-256-GCM"),
            new XElement("nonce", Convert.ToBase64String(nonce)), new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Decrypts what <see cref="KeyRingEncryptor"/> wrote (Data Protection creates it with the app's services).</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyRingSecret>().Key;
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key, tag.Length)) aes.Decrypt(nonce, cipher, tag, plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
