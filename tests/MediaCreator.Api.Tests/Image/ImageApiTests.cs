using System.IO.Compression;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;
using SkiaSharp;

namespace MediaCreator.Api.Tests.Image;

/// <summary>The image mutations end to end: enqueue through GraphQL, run in the API's worker, download and decode the outputs.</summary>
public sealed class ImageApiTests : IAsyncLifetime
{
    private const string Outputs = """
        query($id: ID!) { job(id: $id) { status failure { code message } costRecords { provider quantity }
          outputs { id fileName mimeType url derivedFrom { id }
            metadata { ... on ImageMetadata { width height format aspectRatio hasAlpha provider seed } } } } }
        """;

    private const string Errors = """
        errors { __typename ... on Error { message } ... on NotFoundError { typeName } ... on ProviderUnavailableError { provider }
                 ... on ValidationError { field code } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private GraphQLClient _client = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync(JobTestSettings.Fast);
        _client = GraphQLClient.AsUser(_api.Factory, _owner);
        _project = await _api.CreateProjectAsync(_owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<JsonNode> RunAsync(string mutation, object input, string status = "COMPLETED")
    {
        var data = await _client.DataAsync($$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { job { id status taskName provider } {{Errors}} } }""", new { input });
        var payload = data[mutation]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var id = payload["job"]!["id"]!.GetValue<string>();
        await JobWaits.UntilAsync(_client, id, status, TimeSpan.FromSeconds(60));
        return (await _client.DataAsync(Outputs, new { id }))["job"]!;
    }

    private async Task<byte[]> DownloadAsync(JsonNode asset)
    {
        using var response = await _api.GetAsync(asset["url"]!.GetValue<string>());
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {asset["fileName"]}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task GenerateImage_WithFormatsAndAspect_SavesDecodableOutputsWithTypedMetadata()
    {
        var job = await RunAsync("generateImage", new
        {
            projectId = _project, prompt = "a cute cat under the moon \"Good Night\"", style = "cute", width = 320, height = 320, seed = 7,
            output = new { formats = new[] { "PNG", "SVG", "JPG" }, aspectRatios = new[] { "RATIO_9_16" } },
        });

        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(["image-01.png", "image-01.svg", "image-01.jpg", "image-01-9x16.png", "image-01-9x16.svg", "image-01-9x16.jpg"],
            outputs.Select(o => o!["fileName"]!.GetValue<string>()));
        using var square = SKBitmap.Decode(await DownloadAsync(outputs[0]!));
        Assert.Equal((320, 320), (square.Width, square.Height));
        Assert.True(square.Pixels.Select(p => (uint)p).Distinct().Count() > 20, "a design has many colours");
        using var tall = SKBitmap.Decode(await DownloadAsync(outputs[3]!));
        Assert.Equal(9.0 / 16, (double)tall.Width / tall.Height, 2);
        var svg = System.Text.Encoding.UTF8.GetString(await DownloadAsync(outputs[1]!));
        Assert.Contains("<path", svg);
        Assert.DoesNotContain("<image", svg);
        var metadata = outputs[0]!["metadata"]!;
        Assert.Equal("PNG", metadata["format"]!.GetValue<string>());
        Assert.Equal("skia", metadata["provider"]!.GetValue<string>());
        Assert.Equal(7, metadata["seed"]!.GetValue<long>());
        Assert.Equal("9:16", outputs[3]!["metadata"]!["aspectRatio"]!.GetValue<string>());
        Assert.Single(job["costRecords"]!.AsArray());

        // details: the primary PNG lists its other formats and aspect ratios as derived exports.
        var details = await _client.DataAsync("query($id: ID!) { asset(id: $id) { metadata { ... on ImageMetadata { width } } derivedAssets { fileName } } }",
            new { id = outputs[0]!["id"]!.GetValue<string>() });
        Assert.Equal(outputs.Skip(1).Select(o => o!["fileName"]!.GetValue<string>()),
            details["asset"]!["derivedAssets"]!.AsArray().Select(a => a!["fileName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GenerateImage_SameSeedSameBytes_PhotorealIsRefusedWithAlternatives()
    {
        var input = new { projectId = _project, prompt = "retro sun over mountains", width = 128, height = 128, seed = 42 };
        var first = await RunAsync("generateImage", input);
        var second = await RunAsync("generateImage", input);
        Assert.Equal(await DownloadAsync(first["outputs"]![0]!), await DownloadAsync(second["outputs"]![0]!));

        var refused = await RunAsync("generateImage", new { projectId = _project, prompt = "a photorealistic portrait, DSLR photo", width = 128, height = 128 }, "FAILED");
        Assert.Equal("UNSUPPORTED_BY_PROVIDER", refused["failure"]!["code"]!.GetValue<string>());
        Assert.Contains("flux", refused["failure"]!["message"]!.GetValue<string>());
        Assert.Empty(refused["outputs"]!.AsArray());
    }

    [Fact]
    public async Task BatchGenerateImages_MakesDistinctSeededVariants()
    {
        var job = await RunAsync("batchGenerateImages", new { projectId = _project, prompt = "flowers and butterflies", batchCount = 4, width = 96, height = 96, seed = 100 });

        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(4, outputs.Count);
        Assert.Equal([100L, 101L, 102L, 103L], outputs.Select(o => o!["metadata"]!["seed"]!.GetValue<long>()));
        var images = await Task.WhenAll(outputs.Select(o => DownloadAsync(o!)));
        Assert.Equal(4, images.Select(Convert.ToBase64String).Distinct().Count());
        Assert.Equal(4, job["costRecords"]![0]!["quantity"]!.GetValue<double>());
    }

    [Fact]
    public async Task EditImage_RotateAndTextOverlay_WorkOnTheUploadedPixels()
    {
        using var source = new SKBitmap(new SKImageInfo(60, 40, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(source))
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, 10, 10, new SKPaint { Color = SKColors.Red });
        }
        var uploaded = await _api.UploadAsync(_owner, _project, "source.png", "image/png", source.Encode(SKEncodedImageFormat.Png, 100).ToArray());
        var imageId = uploaded["asset"]!["id"]!.GetValue<string>();

        var rotated = await RunAsync("editImage", new { projectId = _project, imageId, operation = "ROTATE", parameters = new { angle = 90 } });
        var output = rotated["outputs"]![0]!;
        Assert.Equal(imageId, output["derivedFrom"]!["id"]!.GetValue<string>());
        using (var result = SKBitmap.Decode(await DownloadAsync(output)))
        {
            Assert.Equal((40, 60), (result.Width, result.Height));
            Assert.Equal(SKColors.Red, result.GetPixel(35, 5)); // the top-left corner turns to the top-right
            Assert.Equal(SKColors.Blue, result.GetPixel(5, 50));
        }

        var captioned = await RunAsync("editImage", new { projectId = _project, imageId, operation = "TEXT_OVERLAY",
            parameters = new { text = new { text = "สวัสดี Hello", color = "#FFFF00" } } });
        using var withText = SKBitmap.Decode(await DownloadAsync(captioned["outputs"]![0]!));
        Assert.Contains(withText.Pixels, p => p.Red > 200 && p.Green > 200 && p.Blue < 80);
    }

    [Fact]
    public async Task UpscaleImage_DoublesTheSize()
    {
        var uploaded = await _api.UploadAsync(_owner, _project, "small.png", "image/png", MediaFiles.Png(40, 30, SKColors.Green));
        var job = await RunAsync("upscaleImage", new { projectId = _project, imageId = uploaded["asset"]!["id"]!.GetValue<string>(), scale = 2 });

        using var result = SKBitmap.Decode(await DownloadAsync(job["outputs"]![0]!));
        Assert.Equal((80, 60), (result.Width, result.Height));
        Assert.Equal(SKColors.Green, result.GetPixel(40, 30));
    }

    [Fact]
    public async Task ApplyImageTemplate_StickerSet_IsALineReadyZip_AndBulkFillMakesOneQuotePerRow()
    {
        var stickers = await RunAsync("applyImageTemplate", new { projectId = _project, templateType = "STICKER", prompt = "happy cat", seed = 3 });
        var zip = stickers["outputs"]!.AsArray().Single(o => o!["fileName"]!.GetValue<string>().EndsWith(".zip"))!;
        using (var archive = new ZipArchive(new MemoryStream(await DownloadAsync(zip))))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "main.png");
            Assert.Contains(archive.Entries, e => e.FullName == "tab.png");
            Assert.Equal(8, archive.Entries.Count(e => e.FullName is not "main.png" and not "tab.png"));
        }

        var quotes = await RunAsync("applyImageTemplate", new
        {
            projectId = _project, templateType = "QUOTE_90S", width = 256, height = 256,
            rows = new object[] { new { quote = "Stay rad", author = "A" }, new { quote = "ใจเย็นๆ นะ", author = "B" } },
        });
        var names = quotes["outputs"]!.AsArray().Select(o => o!["fileName"]!.GetValue<string>()).ToList();
        Assert.Contains(names, n => n.StartsWith("row-001-"));
        Assert.Contains(names, n => n.StartsWith("row-002-"));
    }

    [Fact]
    public async Task BadInput_GetsTypedErrors()
    {
        var data = await _client.DataAsync($$"""
            mutation {
              missing: editImage(input: { projectId: "{{_project}}", imageId: "QXNzZXQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", operation: CROP }) { job { id } {{Errors}} }
              provider: generateImage(input: { projectId: "{{_project}}", prompt: "x", provider: "nope" }) { job { id } {{Errors}} }
              format: generateImage(input: { projectId: "{{_project}}", prompt: "x", output: { formats: [GIF] } }) { job { id } {{Errors}} }
            }
            """);

        Assert.Equal("NotFoundError", data["missing"]!["errors"]![0]!["__typename"]!.GetValue<string>());

        // Another owner's image is as unknown as a missing one, even with a project of one's own.
        var mine = (await _api.UploadAsync(_owner, _project, "mine.png", "image/png", MediaFiles.Png(20, 20, SKColors.Red)))["asset"]!["id"]!.GetValue<string>();
        var stranger = Guid.NewGuid();
        var strangerProject = await _api.CreateProjectAsync(stranger);
        var stolen = await GraphQLClient.AsUser(_api.Factory, stranger).DataAsync($$"""
            mutation($input: UpscaleImageInput!) { upscaleImage(input: $input) { job { id } {{Errors}} } }
            """, new { input = new { projectId = strangerProject, imageId = mine, scale = 2 } });
        Assert.Equal("NotFoundError", stolen["upscaleImage"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(stolen["upscaleImage"]!["job"]);
        Assert.Equal("nope", data["provider"]!["errors"]![0]!["provider"]!.GetValue<string>());
        Assert.Equal("UNSUPPORTED_FORMAT", data["format"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TemplateLayouts_BuiltInCatalogue_OwnLayoutsStayPrivate_AndALayoutDrivesApplyImageTemplate()
    {
        var catalogue = await _client.DataAsync("""
            { all: templateLayouts(first: 50) { totalCount }
              origami: templateLayouts(where: { category: { eq: ORIGAMI } }) { nodes { name builtIn } } }
            """);
        Assert.True(catalogue["all"]!["totalCount"]!.GetValue<int>() >= 16);
        Assert.Equal(3, catalogue["origami"]!["nodes"]!.AsArray().Count);

        const string create = """
            mutation($input: CreateTemplateLayoutInput!) { createTemplateLayout(input: $input) {
              templateLayout { id name category structure builtIn } errors { __typename ... on Error { message } } } }
            """;
        var input = new { name = "My stars", category = "PATTERN", structure = new { tileSize = 128, motifs = new[] { "star" }, palette = "ocean" } };
        var created = (await _client.DataAsync(create, new { input }))["createTemplateLayout"]!["templateLayout"]!;
        Assert.False(created["builtIn"]!.GetValue<bool>());
        var layoutId = created["id"]!.GetValue<string>();
        Assert.Equal("ConflictError", (await _client.DataAsync(create, new { input }))["createTemplateLayout"]!["errors"]![0]!["__typename"]!.GetValue<string>());

        var stranger = GraphQLClient.AsUser(_api.Factory, Guid.NewGuid());
        var seen = await stranger.DataAsync("""query($id: ID!) { node(id: $id) { id } templateLayouts(where: { name: { eq: "My stars" } }) { totalCount } }""", new { id = layoutId });
        Assert.Null(seen["node"]);
        Assert.Equal(0, seen["templateLayouts"]!["totalCount"]!.GetValue<int>());

        // A story layout is a design: rendered by the design engine at the layout's 9:16 size (smaller here by request).
        var story = (await _client.DataAsync("""{ templateLayouts(where: { category: { eq: STORY } }) { nodes { id } } }"""))["templateLayouts"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var storyJob = await RunAsync("applyImageTemplate", new { projectId = _project, templateLayoutId = story, prompt = "summer sale", width = 180, height = 320 });
        var storyOutput = storyJob["outputs"]![0]!;
        Assert.Equal("9:16", storyOutput["metadata"]!["aspectRatio"]!.GetValue<string>());

        var job = await RunAsync("applyImageTemplate", new { projectId = _project, templateLayoutId = layoutId, seed = 5 });
        var tile = job["outputs"]!.AsArray().Single(o => o!["fileName"]!.GetValue<string>() == "tile.png")!;
        using var bitmap = SKBitmap.Decode(await DownloadAsync(tile));
        Assert.Equal((128, 128), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task CreateJob_WithATypedImageSpec_RunsTheSameWorker()
    {
        const string createJob = """
            mutation($input: CreateJobInput!) { createJob(input: $input) { job { id taskName provider }
              errors { __typename ... on ValidationError { field code } } } }
            """;
        var created = (await _client.DataAsync(createJob, new { input = new { projectId = _project,
            spec = new { image = new { mode = "GENERATE", prompt = "minimal tree", width = 64, height = 48, seed = 9 } } } }))["createJob"]!;
        Assert.Equal("image.generate", created["job"]!["taskName"]!.GetValue<string>());
        Assert.Equal("skia", created["job"]!["provider"]!.GetValue<string>());
        var id = created["job"]!["id"]!.GetValue<string>();
        await JobWaits.UntilAsync(_client, id, "COMPLETED", TimeSpan.FromSeconds(60));
        var output = (await _client.DataAsync(Outputs, new { id }))["job"]!["outputs"]![0]!;
        using (var image = SKBitmap.Decode(await DownloadAsync(output))) Assert.Equal((64, 48), (image.Width, image.Height));
        var parameters = (await _client.DataAsync("""
            query($id: ID!) { job(id: $id) { parameters { __typename
              ... on ImageJobParameters { mode prompt width height seed provider formats } } } }
            """, new { id }))["job"]!["parameters"]!;
        Assert.Equal("ImageJobParameters", parameters["__typename"]!.GetValue<string>());
        Assert.Equal(("GENERATE", "minimal tree", 64, 9L, "skia"), (parameters["mode"]!.GetValue<string>(), parameters["prompt"]!.GetValue<string>(),
            parameters["width"]!.GetValue<int>(), parameters["seed"]!.GetValue<long>(), parameters["provider"]!.GetValue<string>()));
        var echo = (await _client.DataAsync(createJob, new { input = new { projectId = _project,
            spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = "hi" } } } } }))["createJob"]!["job"]!["id"]!.GetValue<string>();
        var generic = (await _client.DataAsync("query($id: ID!) { job(id: $id) { parameters { __typename ... on GenericJobParameters { moduleName taskName payload } } } }",
            new { id = echo }))["job"]!["parameters"]!;
        Assert.Equal(("GenericJobParameters", "core", "hi"), (generic["__typename"]!.GetValue<string>(), generic["moduleName"]!.GetValue<string>(),
            generic["payload"]!["message"]!.GetValue<string>()));

        var refused = (await _client.DataAsync(createJob, new { input = new { projectId = _project, spec = new { image = new { mode = "EDIT" } } } }))["createJob"]!;
        Assert.Equal("input.spec.image.referenceImageId", refused["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task StoredCharacter_IsPrivate_AndLocksTheLookAcrossASeries()
    {
        var created = (await _client.DataAsync("""
            mutation { createCharacter(input: { name: "Momo", descriptor: "pink bunny with glasses" }) {
              character { id name seed look } errors { __typename } } }
            """))["createCharacter"]!["character"]!;
        var characterId = created["id"]!.GetValue<string>();
        Assert.Equal("Momo", created["name"]!.GetValue<string>());
        Assert.NotEmpty(created["look"]!.AsObject());

        var stranger = await GraphQLClient.AsUser(_api.Factory, Guid.NewGuid()).DataAsync("query($id: ID!) { node(id: $id) { id } characters { id } }", new { id = characterId });
        Assert.Null(stranger["node"]);
        Assert.Empty(stranger["characters"]!.AsArray());

        foreach (var prompt in new[] { "a day at the beach", "reading in the library" })
        {
            var job = await RunAsync("generateImage", new { projectId = _project, prompt, width = 160, height = 160,
                characterLock = new { characterId, referenceImageIds = Array.Empty<string>() } });
            using var image = SKBitmap.Decode(await DownloadAsync(job["outputs"]![0]!));
            Assert.Equal((160, 160), (image.Width, image.Height));
        }
        var missing = await _client.DataAsync($$"""
            mutation { generateImage(input: { projectId: "{{_project}}", prompt: "x",
              characterLock: { characterId: "Q2hhcmFjdGVyOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==", referenceImageIds: [] } }) { job { id } {{Errors}} } }
            """);
        Assert.Equal("Character", missing["generateImage"]!["errors"]![0]!["typeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrintSizes_RenderAtTheirDpi_AndBulkFillTakesCsv()
    {
        var job = await RunAsync("generateImage", new { projectId = _project, prompt = "retro sun", width = 200, height = 200, seed = 1,
            output = new { formats = new[] { "PNG" }, printSizes = new[] { "A4", "PHOTO4X6" }, dpi = 72 } });
        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(["image-01.png", "image-01-a4.png", "image-01-photo4x6.png"], outputs.Select(o => o!["fileName"]!.GetValue<string>()));
        using (var a4 = SKBitmap.Decode(await DownloadAsync(outputs[1]!)))
        {
            Assert.InRange(a4.Width, 594, 596); // 210 mm at 72 dpi
            Assert.InRange(a4.Height, 841, 843); // 297 mm
        }
        using (var photo = SKBitmap.Decode(await DownloadAsync(outputs[2]!))) Assert.Equal((288, 432), (photo.Width, photo.Height));

        var quotes = await RunAsync("applyImageTemplate", new { projectId = _project, templateType = "CAPTION", width = 200, height = 200,
            rows = "quote,author\n\"Hello, world\",A\nสวัสดีครับ,B\n" });
        var names = quotes["outputs"]!.AsArray().Select(o => o!["fileName"]!.GetValue<string>()).ToList();
        Assert.Equal(2, names.Count(n => n.StartsWith("row-")));
    }
}
