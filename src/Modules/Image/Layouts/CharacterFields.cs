using MediaCreator.Modules.Core.Assets;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Jobs;
using MediaCreator.Modules.Image.Persistence;
using MediaCreator.Modules.Image.Skia.Design;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Image.Layouts;

internal sealed class CharacterType : ObjectGraphType<Character>
{
    public CharacterType()
    {
        Name = "Character";
        Description = "A stored character for character lock: the same look across a series of images (table `characters`).";
        this.ImplementsNode("Character", x => x.Id);
        Field(x => x.Name);
        Field(x => x.Descriptor, nullable: true);
        Field<NonNullGraphType<LongGraphType>>("seed").Resolve(c => c.Source.Seed);
        Field<NonNullGraphType<JsonScalarType>>("look").Description("The skia look: body, proportions, palette, features.")
            .Resolve(c => JsonValues.Read(c.Source.LookJson));
        Field("referenceImages", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Asset")))))
            .ResolveAsync(async c =>
            {
                var ids = c.Source.ReferenceImageIds;
                return await c.RequestServices!.GetRequiredService<CoreDbContext>().Assets.Where(a => ids.Contains(a.Id)).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

internal sealed class CreateCharacterInputType : InputObjectGraphType
{
    public CreateCharacterInputType()
    {
        Name = "CreateCharacterInput";
        Description = "Input of `createCharacter`.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("descriptor").Description("Look words, e.g. \"pink bunny with glasses\".");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("referenceImageIds").Description("Reference images for AI providers.");
        Field<LongGraphType>("seed").Description("Derived from name and descriptor when omitted.");
    }
}

internal sealed class CreateCharacterErrorType() : ErrorUnionType("createCharacter",
    typeof(ValidationErrorType), typeof(ConflictErrorType), typeof(NotFoundErrorType));

internal sealed class CreateCharacterPayloadType() : PayloadGraphType<CharacterType, CreateCharacterErrorType>("createCharacter", "character");

internal sealed class CharacterQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CharacterType>>>>("characters")
            .Description("Your stored characters, by name.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ImageDbContext>().Characters.AsNoTracking()
                .OrderBy(x => x.Name).ToListAsync(c.CancellationToken));
}

internal sealed class CharacterMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<CreateCharacterPayloadType>>("createCharacter")
            .Description("Stores a character for character lock; its look is fixed now and reused by every image that names it.")
            .Argument<NonNullGraphType<CreateCharacterInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var services = c.RequestServices!;
                var owner = services.GetRequiredService<OwnerContext>().RequireOwner();
                var name = ((string)input["name"]!).Trim();
                if (name.Length is 0 or > 200)
                    return MutationPayload.Fail(new ValidationError("The name must have 1 to 200 characters.", "input.name", "INVALID_LENGTH"));
                var descriptor = input.GetValueOrDefault("descriptor") as string;
                var references = new List<Guid>();
                foreach (var globalId in (input.GetValueOrDefault("referenceImageIds") as IEnumerable<object?> ?? []).OfType<string>())
                {
                    if (await AssetReferences.FindIdAsync(services.GetRequiredService<CoreDbContext>(), globalId, c.CancellationToken) is not { } id)
                        return MutationPayload.Fail(NotFoundError.For("Asset", globalId));
                    references.Add(id);
                }
                var db = services.GetRequiredService<ImageDbContext>();
                if (await db.Characters.FirstOrDefaultAsync(x => x.Name == name, c.CancellationToken) is { } existing)
                    return MutationPayload.Fail(new ConflictError($"You already have a character named '{name}'.", GlobalId.Encode("Character", existing.Id)));
                var seed = input.GetValueOrDefault("seed") is { } given ? Convert.ToInt64(given) : ImageJobRun.StableHash("character\n" + name + "\n" + descriptor);
                var look = SkiaCharacter.From(new CharacterSpec(name, descriptor, seed, [])).ToJson();
                var character = new Character
                {
                    OwnerId = owner, Name = name, Descriptor = descriptor, Seed = seed, LookJson = look, ReferenceImageIds = references,
                };
                db.Characters.Add(character);
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(character);
            });
}
