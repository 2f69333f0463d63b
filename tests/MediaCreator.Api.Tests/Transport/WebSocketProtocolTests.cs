using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Transport;

/// <summary>graphql-transport-ws rules and close codes (notes §2.2), with a raw ClientWebSocket.</summary>
[Collection(TransportCollection.Name)]
public sealed class WebSocketProtocolTests(TransportServer server)
{
    [Fact]
    public async Task Negotiates_graphql_transport_ws()
    {
        await using var client = await WsTestClient.ConnectAsync(server);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task Unknown_subprotocol_is_closed_with_4406()
    {
        await using var client = await WsTestClient.ConnectAsync(server, "graphql-nope");
        Assert.Equal(4406, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task No_connection_init_in_time_is_closed_with_4408()
    {
        await using var client = await WsTestClient.ConnectAsync(server);
        Assert.Equal(4408, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Second_connection_init_is_closed_with_4429()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_before_ack_is_closed_with_4401()
    {
        await using var client = await WsTestClient.ConnectAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ hello }" } });
        Assert.Equal(4401, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Duplicate_active_id_is_closed_with_4409()
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendAsync(new { type = "subscribe", id = "dup", payload = new { query = "subscription { ticks(intervalMs: 200) }" } });
        await client.SendAsync(new { type = "subscribe", id = "dup", payload = new { query = "subscription { ticks }" } });
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for dup already exists", reason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"bogus\"}")]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":5}}")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}")]
    public async Task Invalid_messages_are_closed_with_4400(string message)
    {
        await using var client = await WsTestClient.ConnectAckedAsync(server);
        await client.SendRawAsync(message);
        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Ping_gets_pong_with_payload_and_pong_is_ignored()
    {
        await using var client = await WsTestClient.ConnectAsync(server);
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping", payload = new { n = 1 } });
        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(1, pong.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Refused_authentication_is_closed_with_4403()
    {
        await using var denied = await WsTestClient.ConnectAsync(server);
        await denied.SendAsync(new { type = "connection_init", payload = new { deny = true } });
        Assert.Equal(4403, (await denied.ReceiveCloseAsync()).Code);

        await using var throwing = await WsTestClient.ConnectAsync(server);
        await throwing.SendAsync(new { type = "connection_init", payload = new { @throw = true } });
        Assert.Equal(4403, (await throwing.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Client_close_ends_the_connection_normally()
    {
        var client = await WsTestClient.ConnectAckedAsync(server);
        await client.DisposeAsync();
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
    }
}
