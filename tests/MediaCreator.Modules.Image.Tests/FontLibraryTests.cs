using MediaCreator.Modules.Image.Rendering;

namespace MediaCreator.Modules.Image.Tests;

public sealed class FontLibraryTests
{
    [Fact]
    public void ThaiText_GetsAFaceWithEveryThaiGlyph()
    {
        const string text = "สวัสดีครับ ภาษาไทย";
        var face = FontLibrary.Get(FontRole.Sans, text);

        var glyphs = face.GetGlyphs(text.Replace(" ", ""));

        Assert.DoesNotContain((ushort)0, glyphs);
    }

    [Fact]
    public void LatinText_GetsDejaVu()
    {
        Assert.Equal("DejaVu Sans", FontLibrary.Get(FontRole.Sans, "Hello").FamilyName);
    }
}
