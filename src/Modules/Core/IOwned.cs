namespace MediaCreator.Modules.Core;

/// <summary>A row that belongs to one owner; the DbContext filters every query by the caller's owner.</summary>
public interface IOwned
{
    Guid OwnerId { get; set; }
}
