using System.Reflection;
using System.Xml.Linq;

namespace MediaCreator.ArchitectureTests;

/// <summary>A module depends on Core only, never on another module.</summary>
public sealed class ModuleBoundaryTests
{
    private const string Prefix = "MediaCreator.Modules.";
    private const string Core = "MediaCreator.Modules.Core";

    internal static bool IsOtherModule(string? name, string self) =>
        name is not null && name.StartsWith(Prefix, StringComparison.Ordinal)
        && name != self && !name.StartsWith(self + ".", StringComparison.Ordinal)
        && name != Core && !name.StartsWith(Core + ".", StringComparison.Ordinal);

    private static IEnumerable<string> ModuleNames() => typeof(Program).Assembly.GetReferencedAssemblies()
        .Select(a => a.Name!).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n != Core).Order();

    public static TheoryData<string> Modules() => new(ModuleNames());

    [Fact]
    public void EveryModuleIsComposedIntoTheApi() =>
        Assert.Equal(["MediaCreator.Modules.Audio", "MediaCreator.Modules.Image", "MediaCreator.Modules.InputBrain",
            "MediaCreator.Modules.Publishing", "MediaCreator.Modules.Video"], ModuleNames());

    [Theory, MemberData(nameof(Modules))]
    public void ModuleAssembly_ReferencesOnlyCore(string module) =>
        Assert.Empty(Assembly.Load(module).GetReferencedAssemblies().Where(a => IsOtherModule(a.Name, module)).Select(a => a.Name));

    [Theory, MemberData(nameof(Modules))]
    public void ModuleSignatures_UseNoTypeOfAnotherModule(string module) =>
        Assert.Empty(from t in Assembly.Load(module).GetTypes()
                     from used in TypeSignatures.Of(t)
                     where IsOtherModule(used.Namespace, module)
                     select $"{t.FullName} -> {used.FullName}");

    [Fact]
    public void ModuleProjects_ReferenceOnlyCore()
    {
        var modulesDir = Path.Combine(RepoRoot(), "src", "Modules");
        var offences = from csproj in Directory.GetFiles(modulesDir, "*.csproj", SearchOption.AllDirectories)
                       let self = Path.GetFileNameWithoutExtension(csproj)
                       from reference in XDocument.Load(csproj).Descendants("ProjectReference")
                       let target = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value)
                       where IsOtherModule(target, self)
                       select $"{self} -> {target}";
        Assert.Empty(offences);
    }

    [Fact]
    public void BoundaryRule_FlagsAnotherModule_ButNotCoreOrItself()
    {
        Assert.True(IsOtherModule("MediaCreator.Modules.Image", "MediaCreator.Modules.Video"));
        Assert.True(IsOtherModule("MediaCreator.Modules.Image.Features", "MediaCreator.Modules.Video"));
        Assert.False(IsOtherModule("MediaCreator.Modules.Core.Jobs", "MediaCreator.Modules.Video"));
        Assert.False(IsOtherModule("MediaCreator.Modules.Video.Edit", "MediaCreator.Modules.Video"));
        Assert.False(IsOtherModule("System.Text", "MediaCreator.Modules.Video"));
    }

    [Fact]
    public void SignatureScan_SeesFieldsParametersAndGenericArguments()
    {
        var used = TypeSignatures.Of(typeof(SignatureSample)).ToList();
        Assert.Contains(typeof(Uri), used);
        Assert.Contains(typeof(Version), used);
        Assert.Contains(typeof(TimeZoneInfo), used);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCreator.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("MediaCreator.sln not found");
    }

    private sealed class SignatureSample
    {
        private readonly List<Uri> _uris = [];

        public Version? Method(Dictionary<string, TimeZoneInfo> zones) => _uris.Count == zones.Count ? null : new Version();
    }
}
