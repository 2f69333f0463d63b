namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>The channel part of a podcast/video RSS feed (RSS 2.0 + Apple's itunes: tags).</summary>
/// <param name="Category">An Apple Podcasts category name, e.g. "Technology"; <paramref name="Subcategory"/> nests under it.</param>
public sealed record PodcastChannel(
    string Title, string Description, Uri Link, string Language, string Author, string OwnerEmail, Uri ImageUrl,
    string Category, bool Explicit, string? OwnerName = null, string? Subcategory = null);
