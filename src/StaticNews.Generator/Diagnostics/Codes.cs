namespace StaticNews.Generator.Diagnostics;

/// <summary>
/// Every diagnostic code StaticNews reports, in one place. SN01xx: files and front matter (SN015x: limits against hostile input);
/// SN02xx: site and author settings; SN03xx: Markdown and links; SN04xx: site-wide checks; SN06xx: the preview server; SN09xx: output.
/// </summary>
public static class Codes
{
    public const string MissingFrontMatter = "SN0101";
    public const string UnterminatedFrontMatter = "SN0102";
    public const string InvalidYaml = "SN0103";
    public const string MissingField = "SN0104";
    public const string InvalidDate = "SN0105";
    public const string UnknownSection = "SN0106";
    public const string UnknownAuthor = "SN0107";
    public const string InvalidSlug = "SN0108";
    public const string MissingImage = "SN0109";
    public const string UnknownField = "SN0110";
    public const string InvalidValue = "SN0111";
    public const string EmptyFile = "SN0112";
    public const string UnreadableFile = "SN0113";
    /// <summary>A warning: a tag with no letter or digit has no address, so it is left out.</summary>
    public const string TagWithoutWords = "SN0114";
    /// <summary>A file the article cache trusted by its stamp held another text when Build read it: it changed during the build.</summary>
    public const string ChangedWhileBuilding = "SN0115";
    public const string YamlAlias = "SN0150";
    public const string YamlTooDeep = "SN0151";
    public const string MarkdownTooDeep = "SN0152";

    public const string MissingSiteConfig = "SN0201";
    public const string InvalidSiteConfig = "SN0202";
    public const string InvalidAuthors = "SN0203";

    public const string UnknownXref = "SN0301";
    public const string UnsafeLink = "SN0302";
    public const string UnknownPin = "SN0303";
    public const string LinkToUnpublished = "SN0304";
    public const string UnknownExclude = "SN0305";
    public const string PinnedAndExcluded = "SN0306";

    public const string DuplicateSlug = "SN0401";
    public const string NoArticles = "SN0402";
    public const string AliasConflict = "SN0403";
    public const string BrokenInternalLink = "SN0404";
    /// <summary>A warning: two different tag names get one slug, so their stories share one tag page.</summary>
    public const string TagSharesAddress = "SN0405";

    /// <summary>A picture libvips cannot decode: truncated, corrupt, or not a picture at all.</summary>
    public const string PictureUnreadable = "SN0500";
    public const string PictureEmpty = "SN0501";
    /// <summary>More pixels than <c>image_max_pixels</c>: refused before decoding (a decompression bomb).</summary>
    public const string PictureTooLarge = "SN0502";
    /// <summary>The file's bytes are another format than its extension says.</summary>
    public const string PictureFormatMismatch = "SN0503";
    /// <summary>A format browsers or this build cannot take, such as HEIC: export it as JPEG.</summary>
    public const string PictureUnsupported = "SN0504";
    /// <summary>A warning: narrower than the smallest width, so it is published at its own size.</summary>
    public const string PictureTooSmall = "SN0505";
    /// <summary>Animated GIF and WebP are refused: they are heavy, and a still or a video serves readers better.</summary>
    public const string PictureAnimated = "SN0506";
    /// <summary>An SVG with scripts, event handlers or external references, which would run on the site's origin.</summary>
    public const string UnsafeSvg = "SN0507";
    public const string InvalidPictureSettings = "SN0508";

    /// <summary>serve: the theme edited on disk does not compile (its compiler errors are shown as they are).</summary>
    public const string ThemeDidNotCompile = "SN0601";

    public const string UnsafeOutputFolder = "SN0901";
    public const string OutputWriteFailed = "SN0950";
}
