using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class TemplateRendererCatalogTests
{
    [Fact]
    public void EveryTemplateType_HasItsRenderer()
    {
        var catalog = TemplateRendererCatalog.CreateDefault();

        Assert.All(Enum.GetValues<ImageTemplateType>(), type => Assert.Equal(type, catalog.Get(type).Type));
    }

    [Fact]
    public void MissingRenderer_IsUnsupported()
    {
        var ex = Assert.Throws<ImageProviderException>(() => new TemplateRendererCatalog([]).Get(ImageTemplateType.Pattern));
        Assert.Equal(ImageProviderErrorCodes.Unsupported, ex.Code);
    }
}
