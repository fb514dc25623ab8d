namespace StaticNews.Model;

/// <summary>A time at which the site changes by itself: an article is published or expires. CI rebuilds then.</summary>
/// <param name="Kind"><see cref="Publish"/> or <see cref="Expire"/>.</param>
/// <param name="SourcePath">The article's file, relative to the input folder.</param>
public sealed record ScheduledChange(DateTimeOffset At, string Kind, string SourcePath)
{
    public const string Publish = "publish";
    public const string Expire = "expire";
}
