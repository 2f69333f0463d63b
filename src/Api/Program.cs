using MediaCreator.Api.GraphQL;

var builder = WebApplication.CreateBuilder(args);

builder.AddMediaCreatorGraphQL();

var app = builder.Build();

app.MapMediaCreatorGraphQL();

app.Run();

public partial class Program;
