using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Tests.GraphQL;

public sealed class GlobalIdTests
{
    private static readonly Guid Id = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-901234567890");

    [Fact]
    public void Encode_ProducesBase64OfTypeNameColonGuidN()
    {
        var value = GlobalId.Encode("Project", Id);

        Assert.Equal("Project:6f1c2d3e4a5b4c6d8e7f901234567890", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value)));
    }

    [Fact]
    public void TryDecode_RoundTripsEncode()
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode("WorkflowRun", Id), out var typeName, out var id));
        Assert.Equal(("WorkflowRun", Id), (typeName, id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("UHJvamVjdA==")] // "Project"
    [InlineData("OjZmMWMyZDNlNGE1YjRjNmQ4ZTdmOTAxMjM0NTY3ODkw")] // ":guid" without a type
    [InlineData("UHJvamVjdDoxMjM=")] // "Project:123"
    public void TryDecode_WithMalformedValue_ReturnsFalse(string? value) =>
        Assert.False(GlobalId.TryDecode(value, out _, out _));

    [Fact]
    public void DecodeFor_WithIdOfAnotherType_ThrowsInvalidId()
    {
        var error = Assert.Throws<InvalidIdError>(() => GlobalId.DecodeFor("Job", GlobalId.Encode("Project", Id)));

        Assert.Equal("INVALID_ID", error.Code);
    }

    [Fact]
    public void DecodeFor_WithMatchingType_ReturnsTheGuid() =>
        Assert.Equal(Id, GlobalId.DecodeFor("Project", GlobalId.Encode("Project", Id)));
}
