using Amazon.Runtime;
using Amazon.S3;
using MediaCreator.Modules.Core.Assets.Content;
using MediaCreator.Modules.Core.Assets.Delete;
using MediaCreator.Modules.Core.Assets.Probing;
using MediaCreator.Modules.Core.Assets.Upload;
using GraphQL;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Assets;

internal static class AssetsRegistration
{
    /// <summary>Unified storage (section <c>Storage</c>), uploads, probing, signed URLs and the asset mutations.</summary>
    public static IHostApplicationBuilder AddAssets(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        services.AddSingleton<IAssetStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<AssetProber>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<AssetUrlSigner>();
        services.AddSingleton<AssetUrls>();
        services.AddHttpContextAccessor();
        services.AddScoped<UploadAssetHandler>();
        services.AddScoped<DeleteAssetHandler>();
        services.AddSingleton<IMutationFields, AssetMutations>();
        // No field returns AssetEvent directly; it reaches clients through the DomainEvent interface only.
        services.AddGraphQL(b => b.ConfigureSchema(s => s.RegisterType(typeof(AssetEventType))));
        return builder;
    }

    private static IAssetStorage CreateStorage(StorageOptions options)
    {
        if (options.Provider == StorageProvider.Local) return new LocalAssetStorage(options.LocalRoot);
        var s3 = options.S3;
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            // Trailing checksums (the SDK's default) are not understood by most S3-compatible servers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl)) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(s3.Region);
        else config.ServiceURL = s3.ServiceUrl;
        var client = s3.AccessKey is not null && s3.SecretKey is not null
            ? new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config)
            : new AmazonS3Client(config);
        return new S3AssetStorage(client, s3.Bucket, Path.Combine(Path.GetTempPath(), "mediacreator-s3-spool"));
    }
}
