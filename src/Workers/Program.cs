using MediaCreator.Modules.Audio;
using MediaCreator.Modules.Core;
using MediaCreator.Modules.Image;
using MediaCreator.Modules.InputBrain;
using MediaCreator.Modules.Publishing;
using MediaCreator.Modules.Video;
using MediaCreator.Workers;

// The worker host: runs the job handlers of the chosen queues (`--queues video,audio`, default all) with the same
// modules as the API. Many worker processes share one Redis and one PostgreSQL.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddInMemoryCollection(WorkerArguments.ToConfiguration(args));

builder.AddCore();
builder.AddInputBrainModule();
builder.AddImageModule();
builder.AddVideoModule();
builder.AddAudioModule();
builder.AddPublishingModule();

builder.Build().Run();
