namespace StaticNews.Preview.Watching;

/// <summary>What a batch of file changes asks the preview to redo.</summary>
public enum ChangeKind
{
    /// <summary>Only editor temp files, build folders and the like: nothing to do.</summary>
    None,

    /// <summary>Content (Markdown, YAML, images) or theme assets: generate the site again.</summary>
    Site,

    /// <summary>Razor or C# of the theme: compile the theme, load it, then generate the site.</summary>
    ThemeCode,
}
