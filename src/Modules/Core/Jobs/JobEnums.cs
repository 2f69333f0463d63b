namespace MediaCreator.Modules.Core.Jobs;

public enum JobStatus { Queued, Running, Completed, Failed, Cancelled }

/// <summary>What a job does; each kind maps to one worker task name.</summary>
public enum JobKind
{
    ImageGenerate, ImageEdit, ImageTemplate, ImageBatch, ImageUpscale,
    VideoGenerate, VideoEdit, VideoMultiExport, VideoSubtitle,
    AudioStems, MusicAnalyze, MusicTab, MusicGenerate, AudioRemaster, PodcastEdit,
    IdeaPreview,
    PublishingUpload, PublishingSyncMetrics, PublishingSyncRevenue,
    Generic,
}
