using System.Runtime.InteropServices;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// ICU's dictionary-based word break iterator (the libicu .NET globalization already loads), for scripts written
/// without spaces such as Thai. Symbols carry ICU's version suffix (<c>ubrk_open_72</c>), so the library is probed.
/// </summary>
internal static class IcuWordBreaker
{
    private const int UbrkWord = 1;
    private const int UbrkDone = -1;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr OpenFn(int type, [MarshalAs(UnmanagedType.LPStr)] string locale, IntPtr text, int length, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MoveFn(IntPtr iterator);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr iterator);

    private sealed record Api(OpenFn Open, MoveFn First, MoveFn Next, CloseFn Close);

    private static readonly Lazy<Api?> Loaded = new(Load);

    public static bool IsAvailable => Loaded.Value is not null;

    /// <summary>Boundaries of <paramref name="text"/> split into ICU word-break pieces (spaces and punctuation included).</summary>
    public static IReadOnlyList<string>? Split(string text, string locale = "th")
    {
        if (Loaded.Value is not { } api || text.Length == 0) return null;
        var chars = text.ToCharArray();
        var pin = GCHandle.Alloc(chars, GCHandleType.Pinned);
        try
        {
            var status = 0;
            var iterator = api.Open(UbrkWord, locale, pin.AddrOfPinnedObject(), chars.Length, ref status);
            if (status > 0 || iterator == IntPtr.Zero) return null;
            try
            {
                var pieces = new List<string>();
                var start = api.First(iterator);
                for (var end = api.Next(iterator); end != UbrkDone; start = end, end = api.Next(iterator))
                    pieces.Add(text[start..end]);
                return pieces;
            }
            finally
            {
                api.Close(iterator);
            }
        }
        finally
        {
            pin.Free();
        }
    }

    private static Api? Load()
    {
        var names = new List<string>();
        if (Environment.GetEnvironmentVariable("CLR_ICU_VERSION_OVERRIDE") is { Length: > 0 } v) names.Add($"libicuuc.so.{v}");
        for (var version = 90; version >= 50; version--) names.Add($"libicuuc.so.{version}");
        names.Add("libicuuc.so");
        foreach (var name in names)
        {
            if (!NativeLibrary.TryLoad(name, out var handle)) continue;
            var suffix = name.StartsWith("libicuuc.so.", StringComparison.Ordinal) ? "_" + name["libicuuc.so.".Length..].Split('.')[0] : "";
            if (Export<OpenFn>(handle, "ubrk_open", suffix) is { } open && Export<MoveFn>(handle, "ubrk_first", suffix) is { } first
                && Export<MoveFn>(handle, "ubrk_next", suffix) is { } next && Export<CloseFn>(handle, "ubrk_close", suffix) is { } close)
                return new Api(open, first, next, close);
        }
        return null;
    }

    private static T? Export<T>(IntPtr library, string name, string suffix) where T : Delegate =>
        NativeLibrary.TryGetExport(library, name + suffix, out var p) || NativeLibrary.TryGetExport(library, name, out p)
            ? Marshal.GetDelegateForFunctionPointer<T>(p)
            : null;
}
