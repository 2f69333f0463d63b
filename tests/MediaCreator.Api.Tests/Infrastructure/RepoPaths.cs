namespace MediaCreator.Api.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The checkout root (the folder holding MediaCreator.sln).</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCreator.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("MediaCreator.sln not found above " + AppContext.BaseDirectory);
    }
}
