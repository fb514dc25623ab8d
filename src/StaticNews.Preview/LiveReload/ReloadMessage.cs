namespace StaticNews.Preview.LiveReload;

/// <summary>What the server tells open tabs; serialized as JSON in one server-sent event.</summary>
/// <param name="Version">The snapshot now served.</param>
/// <param name="Hello">True for the first message of a connection: a tab built from another version reloads.</param>
/// <param name="Pages">URLs of pages whose HTML changed in this build.</param>
/// <param name="ReloadAll">True when a file every page uses changed (CSS, images, the theme).</param>
/// <param name="Problems">The failed build's errors; the tab shows them in an overlay.</param>
public sealed record ReloadMessage(int Version, bool Hello, IReadOnlyList<string> Pages, bool ReloadAll, IReadOnlyList<ProblemView> Problems);

