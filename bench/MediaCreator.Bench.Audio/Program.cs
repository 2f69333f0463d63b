using System.Reflection;
using MediaCreator.Bench.Audio;

// Audio engine speed, as multiples of real time, next to reference tools run on the same files in the same run.
// Usage: dotnet run -c Release --project bench/MediaCreator.Bench.Audio -- <bench> [args]   (no bench: lists them)
var benches = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IAudioBench).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IAudioBench)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();
if (args.Length == 0 || benches.All(b => b.Name != args[0]))
{
    Console.WriteLine("benches:");
    foreach (var b in benches) Console.WriteLine($"  {b.Name,-12} {b.Description}");
    return args.Length == 0 ? 0 : 1;
}
await benches.First(b => b.Name == args[0]).RunAsync(args[1..]);
return 0;

namespace MediaCreator.Bench.Audio
{
    /// <summary>One benchmark; each lives in its own file and is found by reflection.</summary>
    public interface IAudioBench
    {
        string Name { get; }

        string Description { get; }

        Task RunAsync(string[] args);
    }
}
