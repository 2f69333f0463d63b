using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.StableDiffusion;

/// <summary>Request bodies and answer reading of the WebUI's <c>/sdapi/v1</c> endpoints.</summary>
internal static class StableDiffusionPayloads
{
    public static JsonObject Txt2Img(StableDiffusionOptions o, string prompt, long seed, int width, int height)
    {
        var body = new JsonObject
        {
            ["prompt"] = prompt,
            ["negative_prompt"] = o.NegativePrompt,
            ["seed"] = seed,
            ["width"] = width,
            ["height"] = height,
            ["steps"] = o.Steps,
            ["cfg_scale"] = o.CfgScale,
            ["sampler_name"] = o.Sampler,
            ["batch_size"] = 1,
            ["n_iter"] = 1,
        };
        if (!string.IsNullOrWhiteSpace(o.Model))
        {
            body["override_settings"] = new JsonObject { ["sd_model_checkpoint"] = o.Model };
            body["override_settings_restore_afterwards"] = true;
        }
        return body;
    }

    /// <summary>Inpainting: the WebUI's mask is white = repaint (<c>inpainting_mask_invert</c> 0).</summary>
    public static JsonObject Img2Img(
        StableDiffusionOptions o, ImageEditOperation operation, string prompt, long seed, int width, int height,
        string imageBase64, string maskBase64)
    {
        var (fill, denoise) = operation switch
        {
            ImageEditOperation.RemoveObject => (0, 0.9),
            ImageEditOperation.InsertObject or ImageEditOperation.ReplaceBackground => (2, 1.0),
            _ => (o.InpaintingFill, o.DenoisingStrength),
        };
        var body = Txt2Img(o, prompt, seed, width, height);
        body["init_images"] = new JsonArray(imageBase64);
        body["mask"] = maskBase64;
        body["denoising_strength"] = denoise;
        body["inpainting_fill"] = fill;
        body["inpaint_full_res"] = false;
        body["inpainting_mask_invert"] = 0;
        body["mask_blur"] = o.MaskBlur;
        body["resize_mode"] = 0;
        return body;
    }

    /// <summary>Generation from a reference: img2img without a mask; lower denoising keeps more of the reference.</summary>
    public static JsonObject Variation(
        StableDiffusionOptions o, string prompt, long seed, int width, int height, string referenceBase64, double denoise)
    {
        var body = Txt2Img(o, prompt, seed, width, height);
        body["init_images"] = new JsonArray(referenceBase64);
        body["denoising_strength"] = denoise;
        body["resize_mode"] = 0;
        return body;
    }

    public static JsonObject Upscale(StableDiffusionOptions o, string imageBase64, int factor) => new()
    {
        ["image"] = imageBase64,
        ["resize_mode"] = 0,
        ["upscaling_resize"] = factor,
        ["upscaler_1"] = o.Upscaler,
        ["show_extras_results"] = true,
    };

    /// <summary><c>images[0]</c> of a txt2img/img2img answer.</summary>
    public static string? FirstImage(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("images", out var images)
        && images.ValueKind == JsonValueKind.Array && images.GetArrayLength() > 0 && images[0].ValueKind == JsonValueKind.String
            ? images[0].GetString()
            : null;

    /// <summary>The seed from <c>info</c>, which the WebUI sends as a JSON document inside a string.</summary>
    public static long? Seed(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("info", out var info))
            return null;
        if (info.ValueKind == JsonValueKind.String)
        {
            var parsed = ProviderJson.Parse(System.Text.Encoding.UTF8.GetBytes(info.GetString()!));
            if (parsed is not { } inner)
                return null;
            info = inner;
        }
        return info.ValueKind == JsonValueKind.Object && info.TryGetProperty("seed", out var seed) && seed.TryGetInt64(out var value)
            ? value
            : null;
    }
}
