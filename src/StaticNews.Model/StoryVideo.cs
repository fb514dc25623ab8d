namespace StaticNews.Model;

/// <summary>A video embedded in an article whose editor gave all a schema.org VideoObject needs; nothing of it is invented.</summary>
/// <param name="ThumbnailUrl">Root-relative URL of the poster, with the base path.</param>
/// <param name="Url">The video's page on its platform, as the editor pasted it.</param>
/// <param name="EmbedUrl">The player address the facade loads.</param>
public sealed record StoryVideo(string Name, string Description, string ThumbnailUrl, DateOnly UploadDate, string Url, string EmbedUrl);
