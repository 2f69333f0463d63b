using System.Runtime.InteropServices;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>
/// Thai word boundaries from libthai's dictionary (<c>/usr/share/libthai/thbrk.tri</c>), the fallback when ICU is
/// missing. libthai works on wchar_t (UTF-32 on Linux); positions are mapped back to UTF-16 indices.
/// </summary>
internal static class LibThaiBreaker
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr NewFn(IntPtr dictPath);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int FindBreaksFn(IntPtr brk, int[] text, int[] positions, UIntPtr size);

    private sealed record Api(IntPtr Breaker, FindBreaksFn FindBreaks);

    private static readonly Lazy<Api?> Bound = new(Bind);
    private static readonly object Gate = new();

    public static bool IsAvailable => Bound.Value is not null;

    /// <summary>UTF-16 positions of the word boundaries libthai finds inside <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> WordBreaks(string text)
    {
        var api = Bound.Value ?? throw new InvalidOperationException("libthai is not available");
        var utf32 = new List<int>();
        var utf16Index = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            utf32.Add(char.ConvertToUtf32(text, i));
            utf16Index.Add(i);
        }
        utf16Index.Add(text.Length);
        var chars = utf32.Append(0).ToArray();
        var positions = new int[utf32.Count + 1];
        int found;
        lock (Gate) found = api.FindBreaks(api.Breaker, chars, positions, (UIntPtr)positions.Length); // a ThBrk is not thread-safe
        return positions.Take(Math.Max(0, found)).Where(p => p > 0 && p < utf32.Count).Select(p => utf16Index[p]).ToArray();
    }

    private static Api? Bind()
    {
        foreach (var name in new[] { "libthai.so.0", "libthai.so", "thai" })
        {
            if (!NativeLibrary.TryLoad(name, out var lib)) continue;
            if (!NativeLibrary.TryGetExport(lib, "th_brk_new", out var create) || !NativeLibrary.TryGetExport(lib, "th_brk_wc_find_breaks", out var find)) continue;
            var breaker = Marshal.GetDelegateForFunctionPointer<NewFn>(create)(IntPtr.Zero); // default dictionary
            if (breaker == IntPtr.Zero) continue;
            return new Api(breaker, Marshal.GetDelegateForFunctionPointer<FindBreaksFn>(find));
        }
        return null;
    }
}
