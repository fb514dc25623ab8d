namespace StaticNews.Model;

/// <summary>The newsroom's look from <c>site.yml</c>: brand colours per colour scheme, font stacks and its icon.</summary>
public sealed record SiteBrand
{
    /// <summary>The default accent: AA contrast (4.5:1) on the light scheme's paper and wash.</summary>
    public const string DefaultColour = "#b3261e";

    /// <summary>The default accent of the dark scheme: AA contrast on its paper and wash.</summary>
    public const string DefaultDarkColour = "#ff8a80";

    /// <summary>The accent (section labels, links on hover, the current section) in the light scheme, as #rrggbb.</summary>
    public string Colour { get; init; } = DefaultColour;

    /// <summary>The accent in the dark scheme (<c>prefers-color-scheme: dark</c>), as #rrggbb.</summary>
    public string DarkColour { get; init; } = DefaultDarkColour;

    /// <summary>CSS font-family of headlines and story text (the "georgia" stack unless site.yml names another).</summary>
    public string TextFont { get; init; } = "Georgia, \"Times New Roman\", serif";

    /// <summary>CSS font-family of navigation, labels, bylines and everything else (the "system-ui" stack unless site.yml names another).</summary>
    public string UiFont { get; init; } = "system-ui, -apple-system, \"Segoe UI\", Roboto, Helvetica, Arial, sans-serif";

    /// <summary>Root-relative URL of the logo shown in the dark scheme (site.yml <c>logo_dark</c>); the logo itself when null.</summary>
    public string? DarkLogoUrl { get; init; }

    /// <summary>The input file the favicons and touch icons are made from (the icon, else the logo); null: a lettered square.</summary>
    public string? IconSource { get; init; }

    /// <summary>Whether the icon is an SVG (the lettered square is one), also published as <c>icon.svg</c> for browsers that take a vector icon.</summary>
    public bool HasSvgIcon => IconSource is null || IconSource.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
}
