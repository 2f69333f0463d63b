namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>
/// TikTok's chunk rules: total_chunk_count = floor(size / chunk_size); the last chunk takes the trailing bytes; a file
/// smaller than one chunk goes whole (chunk_size = size).
/// </summary>
public sealed record TikTokChunkPlan(long Size, long ChunkSize, int Count)
{
    public static TikTokChunkPlan For(long size, long chunkSize)
    {
        if (size <= 0) throw new PublishingException(PublishingErrorCodes.Rejected, "The video file is empty.");
        if (size <= chunkSize) return new(size, size, 1);
        var count = size / chunkSize;
        if (count > 1000) throw new PublishingException(PublishingErrorCodes.Rejected, "TikTok accepts at most 1,000 chunks; raise the chunk size.");
        return new(size, chunkSize, (int)count);
    }

    public (long First, int Length) Chunk(int index)
    {
        var first = index * ChunkSize;
        var length = index == Count - 1 ? Size - first : ChunkSize;
        return (first, (int)length);
    }
}
