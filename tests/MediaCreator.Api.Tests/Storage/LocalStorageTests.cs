using System.Security.Cryptography;
using MediaCreator.Modules.Core.Storage;

namespace MediaCreator.Api.Tests.Storage;

public sealed class LocalStorageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mediacreator-local-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task SameContentWrittenTwice_IsOneFileAtItsHash()
    {
        var storage = new LocalAssetStorage(_root);
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var stored = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => storage.PutAsync(new MemoryStream(bytes))));

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.All(stored, s => Assert.Equal(new StoredObject($"sha256/{hash[..2]}/{hash[2..4]}/{hash}", bytes.Length, hash), s));
        Assert.Equal([Path.Combine(_root, stored[0].Key)], Directory.GetFiles(Path.Combine(_root, "sha256"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "tmp")));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_root, stored[0].Key)));
    }

    [Fact]
    public async Task SpooledFile_IsTakenOverByRenameNotCopied()
    {
        var storage = new LocalAssetStorage(_root);
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var spool = Path.Combine(_root, "upload.tmp");
        await File.WriteAllBytesAsync(spool, bytes);
        var inode = Inode(spool);

        var stored = await ((IAssetStorage)storage).PutSpooledFileAsync(spool, bytes.Length, hash);

        var target = Path.Combine(_root, stored.Key);
        Assert.False(File.Exists(spool));
        Assert.Equal(inode, Inode(target)); // the same file, renamed: no second copy
        Assert.Equal(bytes, await File.ReadAllBytesAsync(target));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "tmp")));
    }

    [Fact]
    public async Task OpenRead_ReturnsTheRequestedRange()
    {
        var storage = new LocalAssetStorage(_root);
        var bytes = RandomNumberGenerator.GetBytes(5000);
        var key = (await storage.PutAsync(new MemoryStream(bytes))).Key;

        await using var stream = await storage.OpenReadAsync(key, 1000, 10);
        var read = new MemoryStream();
        await stream!.CopyToAsync(read);

        Assert.Equal(bytes[1000..1010], read.ToArray());
    }

    [Fact]
    public async Task KeysThatAreNotContentHashes_AreRefused()
    {
        var storage = new LocalAssetStorage(_root);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync("../../etc/passwd"));
        Assert.Null(await storage.OpenReadAsync(ContentKeysFor(new string('a', 64))));
    }

    private static string ContentKeysFor(string hash) => $"sha256/{hash[..2]}/{hash[2..4]}/{hash}";

    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }
}
