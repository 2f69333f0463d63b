namespace MediaCreator.Modules.Publishing.Exports;

public sealed class FolderExportOptions
{
    /// <summary>Exports land in <c>{RootPath}/{account external id}/</c>; nothing is written outside it.</summary>
    public string RootPath { get; set; } = "data/exports";
}
