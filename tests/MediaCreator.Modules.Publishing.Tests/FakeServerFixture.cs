using WireMock.Server;

namespace MediaCreator.Modules.Publishing.Tests;

/// <summary>A local fake of a platform's HTTP API and the client that talks to it, stopped after each test.</summary>
public abstract class FakeServerFixture : IDisposable
{
    private protected readonly WireMockServer _server = WireMockServer.Start();
    private protected readonly HttpClient _http = new();

    public void Dispose()
    {
        _server.Stop();
        _http.Dispose();
        GC.SuppressFinalize(this);
    }
}
