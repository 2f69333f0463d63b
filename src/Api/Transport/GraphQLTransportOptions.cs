namespace MediaCreator.Api.Transport;

/// <summary>Settings of the GraphQL transport (HTTP, WebSocket, SSE, uploads, IDE).</summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>Largest accepted JSON or GET request, in bytes; larger requests get 413. Default 1 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Time allowed for one query or mutation; past it the result carries an EXECUTION_TIMEOUT error. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a JSON array of operations is accepted on POST. Default true.</summary>
    public bool EnableBatching { get; set; } = true;

    /// <summary>Most operations in one batch. Default 10.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Time a WebSocket client has to send <c>connection_init</c> before the socket is closed with 4408. Default 3 s.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Interval of WebSocket ping frames, legacy <c>ka</c> messages and SSE keep-alive comments. Default 12 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Largest accepted uploaded file, in bytes. Default 100 MiB.</summary>
    public long MaxUploadFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most files in one multipart request. Default 10.</summary>
    public int MaxUploadFiles { get; set; } = 10;

    /// <summary>
    /// Whether error messages and stack traces of unhandled exceptions reach clients.
    /// <see langword="null"/> (default) means: only when the host environment is Development.
    /// </summary>
    public bool? ExposeExceptionDetails { get; set; }

    /// <summary>Upper bound of the document cache, counted in characters of cached query text. Default 4 M.</summary>
    public long DocumentCacheSizeLimit { get; set; } = 4 * 1024 * 1024;

    /// <summary>Whether browsers get the Banana Cake Pop IDE at the endpoint path. Default true.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Folder holding the IDE build; default <c>wwwroot/graphql-ide</c> beside the app, then under the web root.</summary>
    public string? IdeFolder { get; set; }
}
