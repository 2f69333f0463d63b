using MediaCreator.Modules.Audio;
using MediaCreator.Modules.Image;
using MediaCreator.Modules.InputBrain;
using MediaCreator.Modules.Publishing;
using MediaCreator.Modules.Video;

var builder = Host.CreateApplicationBuilder(args);

builder.AddInputBrainModule();
builder.AddImageModule();
builder.AddVideoModule();
builder.AddAudioModule();
builder.AddPublishingModule();

builder.Build().Run();
