using GraphQL;
using GraphQL.Types;
using MediaCreator.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace MediaCreator.Api.Tests.Core;

/// <summary><c>schema/schema.graphql</c> is the printed truth of the served schema.</summary>
public sealed class SchemaTests : IAsyncLifetime
{
    private ApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await ApiFactory.CreateAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private string PrintSchema()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    [Fact]
    public void Schema_MatchesTheSnapshot() => Snapshot.Match(PrintSchema());

    [Fact]
    public void Schema_MatchesSchemaFile_WhichIsRewrittenOutsideCI()
    {
        var sdl = PrintSchema();
        var path = Path.Combine(RepoPaths.Root, "schema", "schema.graphql");
        var onDisk = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (onDisk != sdl && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(path, sdl);
            onDisk = sdl;
        }
        Assert.Equal(sdl, onDisk);
    }
}
