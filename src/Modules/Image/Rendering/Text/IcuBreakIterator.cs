using System.Runtime.InteropServices;
using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>
/// ICU's line break iterator (dictionary based for Thai, Lao, Khmer, CJK) bound at run time from the system
/// <c>libicuuc</c>. ICU exports its C API with a version suffix (<c>ubrk_open_72</c>), so the suffix is probed.
/// </summary>
internal static class IcuBreakIterator
{
    private const int LineBreak = 2; // UBRK_LINE
    private const int Done = -1;     // UBRK_DONE

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr OpenFn(int type, IntPtr locale, IntPtr text, int length, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int StepFn(IntPtr iterator);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr iterator);

    private sealed record Api(OpenFn Open, StepFn First, StepFn Next, CloseFn Close);

    private static readonly Lazy<(Api? Api, string? Error)> Bound = new(Bind);

    private static readonly object Gate = new();

    public static bool IsAvailable => Bound.Value.Api is not null;

    public static string? UnavailableReason => Bound.Value.Error;

    /// <summary>Positions (UTF-16 indices, ascending, excluding 0, including text.Length) where a line may end.</summary>
    public static IReadOnlyList<int> LineBreaks(string text, string locale)
    {
        var api = Bound.Value.Api ?? throw new ImageProviderException(ImageProviderErrorCodes.NotConfigured, Bound.Value.Error!);
        var chars = text.ToCharArray();
        var localeBytes = System.Text.Encoding.ASCII.GetBytes(locale + "\0");
        var textHandle = GCHandle.Alloc(chars, GCHandleType.Pinned);
        var localeHandle = GCHandle.Alloc(localeBytes, GCHandleType.Pinned);
        try
        {
            // ICU iterators are cheap; one per call keeps this thread-safe without sharing state.
            var status = 0;
            var it = api.Open(LineBreak, localeHandle.AddrOfPinnedObject(), textHandle.AddrOfPinnedObject(), chars.Length, ref status);
            if (status > 0 || it == IntPtr.Zero)
            {
                throw new ImageProviderException(ImageProviderErrorCodes.ProviderError, $"ICU ubrk_open failed with UErrorCode {status}.");
            }
            try
            {
                var breaks = new List<int>();
                api.First(it);
                for (var p = api.Next(it); p != Done; p = api.Next(it)) breaks.Add(p);
                return breaks;
            }
            finally
            {
                api.Close(it);
            }
        }
        finally
        {
            textHandle.Free();
            localeHandle.Free();
        }
    }

    private static (Api?, string?) Bind()
    {
        lock (Gate)
        {
            foreach (var (name, version) in CandidateLibraries())
            {
                if (!NativeLibrary.TryLoad(name, out var lib)) continue;
                foreach (var suffix in Suffixes(version))
                {
                    if (!NativeLibrary.TryGetExport(lib, "ubrk_open" + suffix, out var open)) continue;
                    return (new Api(
                        Marshal.GetDelegateForFunctionPointer<OpenFn>(open),
                        Marshal.GetDelegateForFunctionPointer<StepFn>(NativeLibrary.GetExport(lib, "ubrk_first" + suffix)),
                        Marshal.GetDelegateForFunctionPointer<StepFn>(NativeLibrary.GetExport(lib, "ubrk_next" + suffix)),
                        Marshal.GetDelegateForFunctionPointer<CloseFn>(NativeLibrary.GetExport(lib, "ubrk_close" + suffix))), null);
                }
            }
            return (null, "ICU (libicuuc) was not found or exports no ubrk_open; Thai line breaking needs it. Install the Debian package libicu72 (or newer).");
        }
    }

    private static IEnumerable<(string Name, int? Version)> CandidateLibraries()
    {
        var found = new List<(string, int?)>();
        foreach (var dir in new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib", "/lib" })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir, "libicuuc.so.*"))
            {
                var file = Path.GetFileName(path);
                if (!file.StartsWith("libicuuc.so.", StringComparison.Ordinal)) continue;
                var rest = file["libicuuc.so.".Length..];
                if (int.TryParse(rest, out var v)) found.Add((path, v));
            }
        }
        found.Sort((a, b) => Nullable.Compare(b.Item2, a.Item2));
        found.Add(("libicuuc.so", null));
        found.Add(("icuuc", null));
        return found;
    }

    private static IEnumerable<string> Suffixes(int? version)
    {
        if (version is { } v) yield return "_" + v;
        for (var n = 50; n <= 99; n++)
        {
            if (n != version) yield return "_" + n;
        }
        yield return "";
    }
}
