using MediaCreator.Api.GraphQL;
using MediaCreator.Modules.Audio;
using MediaCreator.Modules.Core;
using MediaCreator.Modules.Image;
using MediaCreator.Modules.InputBrain;
using MediaCreator.Modules.Publishing;
using MediaCreator.Modules.Video;

var builder = WebApplication.CreateBuilder(args);

builder.AddCore();
builder.AddInputBrainModule();
builder.AddImageModule();
builder.AddVideoModule();
builder.AddAudioModule();
builder.AddPublishingModule();
builder.AddMediaCreatorGraphQL();

var app = builder.Build();

app.MapMediaCreatorGraphQL();

app.Run();

public partial class Program;
