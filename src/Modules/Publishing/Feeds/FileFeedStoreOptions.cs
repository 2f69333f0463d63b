namespace MediaCreator.Modules.Publishing.Feeds;

public sealed class FileFeedStoreOptions
{
    /// <summary>Folder holding one sub-folder per feed, one JSON file per item.</summary>
    public string RootPath { get; set; } = "data/feeds";
}
