using MediaCreator.Modules.Video.Abstractions;
using OpenCvSharp;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>Checks once that OpenCvSharp's native library loads (it links GTK 3 and friends from the system).</summary>
internal static class OpenCvRuntime
{
    private static readonly Lazy<string?> Failure = new(() =>
    {
        try
        {
            _ = Cv2.GetVersionString();
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or BadImageFormatException)
        {
            return (e.InnerException ?? e).Message;
        }
    });

    public static void EnsureLoaded()
    {
        if (Failure.Value is { } message)
            throw new VideoProcessingException("UNSUPPORTED",
                $"OpenCV's native runtime did not load ({message}); install the Debian packages libgtk-3-0, libdrm2 and libatomic1.");
    }
}
