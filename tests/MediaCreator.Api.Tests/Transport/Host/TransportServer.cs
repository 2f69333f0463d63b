using GraphQL;
using MediaCreator.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Api.Tests.Transport.Host;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, hosting <see cref="TestSchema"/> through the transport.</summary>
public sealed class TransportServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri GraphQLUri => new(BaseUri, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    public IServiceProvider Services => _app!.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("TRANSPORT_TEST_LOGS") == "1")
            builder.Logging.AddConsole();
        builder.Services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddSystemTextJson()
            .AddValidationRule<CountingValidationRule>());
        builder.Services.AddSingleton<FileInfoGraphType>();
        builder.Services.AddSingleton<MediaCreator.Api.Transport.Uploads.UploadGraphType>();
        builder.Services.AddScoped<ScopeProbe>();
        builder.Services.AddSingleton<IGraphQLExecutionInitializer, TestInitializer>();
        builder.Services.AddSingleton<IWebSocketAuthenticator, TestWebSocketAuthenticator>();
        builder.Services.AddGraphQLTransport(o =>
        {
            o.ExecutionTimeout = TimeSpan.FromSeconds(1);
            o.ConnectionInitWaitTimeout = TimeSpan.FromSeconds(2);
            o.KeepAliveInterval = TimeSpan.FromMilliseconds(700);
            o.MaxUploadFileBytes = 256 * 1024;
            o.MaxUploadFiles = 3;
        });

        _app = builder.Build();
        // Stands in for ASP.NET authentication: X-User names the principal.
        _app.Use((http, next) =>
        {
            if (http.Request.Headers.TryGetValue("X-User", out var user))
                http.User = TestUsers.Named(user.ToString());
            return next(http);
        });
        _app.MapGet("/plain", () => Results.Json(new { data = new { __typename = "Query" } }));
        _app.MapGraphQLTransport<TestSchema>("/graphql");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TransportCollection : ICollectionFixture<TransportServer>
{
    public const string Name = "Transport server";
}
