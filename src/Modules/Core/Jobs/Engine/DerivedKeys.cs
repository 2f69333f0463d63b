using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// Stable idempotency keys for work the server starts on its own (a job's child steps, a workflow step's attempt, an
/// idea's previews): the same name always gives the same UUID, so starting it again finds what was started before.
/// </summary>
public static class DerivedKeys
{
    /// <summary>SHA-256 of <paramref name="name"/>, shaped as a version 8 (custom) UUID, RFC 9562.</summary>
    public static Guid From(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
