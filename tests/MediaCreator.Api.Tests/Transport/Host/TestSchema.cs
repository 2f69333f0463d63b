using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Api.Transport;
using MediaCreator.Api.Transport.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Transport.Host;

/// <summary>A small schema that exercises every transport path; independent of the real MediaCreator schema.</summary>
internal sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services) : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscription();
    }
}

/// <summary>Scoped: one per DI scope; the initializer writes the owner into it, as the EF owner filter will.</summary>
internal sealed class ScopeProbe
{
    public Guid ScopeId { get; } = Guid.NewGuid();

    public string? Owner { get; set; }
}

internal sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("echo").Argument<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.GetArgument<string>("text"));
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret internal detail"));
        Field<StringGraphType>("slow").Argument<IntGraphType>("ms").ResolveAsync(async c =>
        {
            await Task.Delay(c.GetArgument("ms", 5000), c.CancellationToken);
            return "done";
        });
        Field<StringGraphType>("whoami").Resolve(c => c.User?.Identity?.Name ?? "anonymous");
        Field<StringGraphType>("owner").Resolve(c => c.RequestServices!.GetRequiredService<ScopeProbe>().Owner);
        Field<StringGraphType>("transport").Resolve(c => (c.UserContext as GraphQLExecutionContext)?.Transport.ToString());
    }
}

internal sealed class TestMutation : ObjectGraphType
{
    private static int _counter;

    public TestMutation()
    {
        Name = "Mutation";
        Field<IntGraphType>("increment").Resolve(_ => Interlocked.Increment(ref _counter));
        Field<FileInfoGraphType>("upload").Argument<NonNullGraphType<UploadGraphType>>("file").ResolveAsync(async c => await Describe(c.GetArgument<IUploadedFile>("file")));
        Field<ListGraphType<FileInfoGraphType>>("uploadMany").Argument<NonNullGraphType<ListGraphType<NonNullGraphType<UploadGraphType>>>>("files")
            .ResolveAsync(async c =>
            {
                var result = new List<UploadedFileInfo>();
                foreach (var file in c.GetArgument<List<IUploadedFile>>("files"))
                    result.Add(await Describe(file));
                return result;
            });
    }

    private static async Task<UploadedFileInfo> Describe(IUploadedFile file)
    {
        await using var stream = file.OpenReadStream();
        var hash = await SHA256.HashDataAsync(stream);
        return new UploadedFileInfo(file.FileName, file.ContentType, file.Length, Convert.ToHexStringLower(hash));
    }
}

internal sealed record UploadedFileInfo(string Name, string ContentType, long Size, string Sha256);

internal sealed class FileInfoGraphType : ObjectGraphType<UploadedFileInfo>
{
    public FileInfoGraphType()
    {
        Name = "FileInfo";
        Field(f => f.Name);
        Field(f => f.ContentType);
        Field<LongGraphType>("size").Resolve(c => c.Source.Size);
        Field(f => f.Sha256);
    }
}
