using YamlDotNet.RepresentationModel;

namespace MediaCreator.ArchitectureTests;

/// <summary>Keeps docker-compose.yml, the Dockerfiles and .dockerignore consistent with each other.</summary>
public sealed class DockerComposeTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly YamlMappingNode Compose = LoadCompose();

    [Fact]
    public void Defines_the_four_services()
    {
        var services = Services().Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "api", "workers", "postgres", "redis" }, services);
    }

    [Theory]
    [InlineData("api", "src/Api/Dockerfile")]
    [InlineData("workers", "src/Workers/Dockerfile")]
    public void App_services_build_from_existing_multi_stage_Dockerfiles(string service, string dockerfile)
    {
        var build = Map(Service(service), "build");
        var context = Scalar(build, "context");
        Assert.Equal(dockerfile, Scalar(build, "dockerfile"));

        var path = Path.GetFullPath(Path.Combine(RepoRoot, context, dockerfile));
        Assert.True(File.Exists(path), $"{path} does not exist");

        var text = File.ReadAllText(path);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", text, StringComparison.Ordinal);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/(aspnet|runtime):10\.0", text);
    }

    [Fact]
    public void Api_build_stage_installs_node_for_the_ide_pack()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot, "src/Api/Dockerfile"));
        Assert.Contains("nodejs", text, StringComparison.Ordinal);
        Assert.Contains("npm", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("workers")]
    public void App_services_wait_for_healthy_postgres_and_redis(string service)
    {
        var dependsOn = Map(Service(service), "depends_on");
        foreach (var dependency in new[] { "postgres", "redis" })
        {
            Assert.Equal("service_healthy", Scalar(Map(dependsOn, dependency), "condition"));
        }
    }

    [Theory]
    [InlineData("api")]
    [InlineData("workers")]
    public void App_services_are_configured_for_postgres_and_redis(string service)
    {
        var environment = Map(Service(service), "environment");
        Assert.Equal("postgres", Scalar(environment, "Database__Provider"));
        Assert.Contains("Host=postgres", Scalar(environment, "Database__ConnectionString"), StringComparison.Ordinal);
        Assert.StartsWith("redis:", Scalar(environment, "Redis__Configuration"), StringComparison.Ordinal);
    }

    [Fact]
    public void Api_runs_in_production_on_port_8080_with_a_jwt_secret_from_the_environment()
    {
        var api = Service("api");
        var environment = Map(api, "environment");
        Assert.Equal("Production", Scalar(environment, "ASPNETCORE_ENVIRONMENT"));
        Assert.StartsWith("${", Scalar(environment, "Auth__JwtSecret"), StringComparison.Ordinal);

        var ports = Assert.IsType<YamlSequenceNode>(Child(api, "ports"));
        Assert.Contains(ports.Children, p => ((YamlScalarNode)p).Value!.EndsWith(":8080", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("api", "/healthz")]
    [InlineData("postgres", "pg_isready")]
    [InlineData("redis", "redis-cli")]
    public void Services_have_healthchecks(string service, string expected)
    {
        var test = Child(Map(Service(service), "healthcheck"), "test");
        var words = test is YamlSequenceNode sequence
            ? string.Join(' ', sequence.Children.Select(c => ((YamlScalarNode)c).Value))
            : ((YamlScalarNode)test).Value!;
        Assert.Contains(expected, words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", "/var/lib/postgresql/data")]
    [InlineData("redis", "/data")]
    [InlineData("api", "/app/data")]
    [InlineData("workers", "/app/data")]
    public void Stateful_paths_live_on_named_volumes(string service, string containerPath)
    {
        var volumes = Assert.IsType<YamlSequenceNode>(Child(Service(service), "volumes"));
        var mount = volumes.Children.Select(v => ((YamlScalarNode)v).Value!)
            .Single(v => v.EndsWith(":" + containerPath, StringComparison.Ordinal));
        var volumeName = mount[..mount.IndexOf(':', StringComparison.Ordinal)];

        var declared = Map(Compose, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value);
        Assert.Contains(volumeName, declared);
    }

    [Theory]
    [InlineData("postgres", "postgres:16")]
    [InlineData("redis", "redis:7")]
    public void Backing_services_use_pinned_major_images(string service, string image)
    {
        Assert.Equal(image, Scalar(Service(service), "image"));
    }

    [Fact]
    public void Dockerignore_keeps_build_output_and_local_data_out_of_the_context()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, ".dockerignore")).Select(l => l.Trim()).ToList();
        foreach (var pattern in new[] { "**/bin/", "**/obj/", "**/node_modules/", "data/" })
        {
            Assert.Contains(pattern, lines);
        }
    }

    private static YamlMappingNode Services() => Map(Compose, "services");

    private static YamlMappingNode Service(string name) => Map(Services(), name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        Assert.IsType<YamlMappingNode>(Child(node, key));

    private static string Scalar(YamlMappingNode node, string key) =>
        Assert.IsType<YamlScalarNode>(Child(node, key)).Value ?? "";

    /// <summary>Looks a key up, honouring YAML merge keys (<c>&lt;&lt;: *anchor</c>) as docker compose does.</summary>
    private static YamlNode Child(YamlMappingNode node, string key)
    {
        var found = TryChild(node, key);
        Assert.True(found is not null, $"missing key '{key}'");
        return found!;
    }

    private static YamlNode? TryChild(YamlMappingNode node, string key)
    {
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            return child;
        }

        if (!node.Children.TryGetValue(new YamlScalarNode("<<"), out var merge))
        {
            return null;
        }

        var sources = merge is YamlSequenceNode list ? list.Children : new List<YamlNode> { merge };
        return sources.OfType<YamlMappingNode>().Select(source => TryChild(source, key)).FirstOrDefault(n => n is not null);
    }

    private static YamlMappingNode LoadCompose()
    {
        using var reader = new StreamReader(Path.Combine(RepoRoot, "docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCreator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MediaCreator.sln not found above " + AppContext.BaseDirectory);
    }
}
