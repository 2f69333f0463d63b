using System.Diagnostics;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia;
using MediaCreator.Modules.Image.Templates;

namespace MediaCreator.Bench.Image;

// Image module speed: median render time per template and of the design engine at 1024x1024, and a 20-image batch
// (run in parallel as the image.generate worker does) against the same 20 renders one after another, in one run.
// Usage: dotnet run -c Release --project bench/MediaCreator.Bench.Image -- [runs per template]
internal static class ImageBench
{
    public static async Task Main(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0]) : 3;
        var provider = new SkiaImageProvider();
        var catalog = TemplateRendererCatalog.CreateDefault();
        Console.WriteLine($"{Environment.ProcessorCount} cores, median of {runs} runs after one warm-up");
        Console.WriteLine($"{"render",-28} {"median ms",10}");

        var design = await MedianAsync(runs, async seed =>
        {
            using var _ = await provider.GenerateAsync(Request(seed), CancellationToken.None);
        });
        Console.WriteLine($"{"design (generate) 1024²",-28} {design,10:F0}");
        foreach (var type in Enum.GetValues<ImageTemplateType>())
        {
            var renderer = catalog.Get(type);
            var median = await MedianAsync(runs, async seed =>
            {
                var output = await renderer.RenderAsync(new TemplateRequest(seed, Prompt: "happy cat with stars", Text: "Stay rad, ใจเย็นๆ นะ",
                    Width: 1024, Height: 1024, PageCount: type == ImageTemplateType.ColoringBook ? 1 : null, Options: OptionsFor(type)), null, CancellationToken.None);
                output.Preview.Dispose();
            });
            Console.WriteLine($"{type + " 1024²",-28} {median,10:F0}");
        }

        const int batch = 20;
        await SequentialAsync(provider, 2); // warm-up
        var sequential = Stopwatch.StartNew();
        await SequentialAsync(provider, batch);
        sequential.Stop();
        var parallel = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, batch), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, ct) => { using var _ = await provider.GenerateAsync(Request(1000 + i), ct); });
        parallel.Stop();
        Console.WriteLine($"batch of {batch} designs: parallel {parallel.ElapsedMilliseconds} ms, sequential {sequential.ElapsedMilliseconds} ms, " +
                          $"ratio {parallel.Elapsed / sequential.Elapsed:F2} (goal <= 0.60)");
    }

    /// <summary>The options a template needs to have something to render (card games need their cards).</summary>
    private static System.Text.Json.JsonElement? OptionsFor(ImageTemplateType type) => type switch
    {
        ImageTemplateType.CardGame => System.Text.Json.JsonDocument.Parse("""
            {"cards":[{"title":"Fire Drake","text":"Deal 3 damage.","cost":3,"count":3},{"title":"Healer","text":"Heal 2.","cost":1,"count":3},
                      {"title":"Shield","text":"Block 4.","cost":2,"count":3}]}
            """).RootElement,
        _ => null,
    };

    private static ImageGenerateRequest Request(long seed) => new("a cute cat under the moon \"Good Night\"", "cute", 1024, 1024, seed);

    private static async Task SequentialAsync(SkiaImageProvider provider, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var _ = await provider.GenerateAsync(Request(1000 + i), CancellationToken.None);
        }
    }

    private static async Task<double> MedianAsync(int runs, Func<long, Task> render)
    {
        await render(0);
        var times = new List<double>();
        for (var i = 1; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await render(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
