namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>A platform an editor may embed from: the hosts its links live on, the forms it accepts, and how its frame address is made.</summary>
/// <param name="FrameUrl">
/// The address to load on click, rebuilt from the parts of the editor's URL that passed the provider's patterns (never the URL
/// as pasted), or null when the URL is on the provider's host but in no accepted form.
/// </param>
/// <param name="Allow">The iframe's <c>allow</c> list: only what the player needs.</param>
public sealed record EmbedProvider(
    string Name,
    EmbedKind Kind,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> AcceptedForms,
    Func<Uri, string?> FrameUrl,
    string Allow = "fullscreen")
{
    public bool Serves(Uri url) =>
        Hosts.Any(host => url.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase));

    public string Describe() => $"{Name} ({string.Join(", ", AcceptedForms)})";
}
