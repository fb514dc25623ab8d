namespace StaticNews.Generator.Diagnostics;

/// <summary>
/// Every diagnostic code StaticNews reports, in one place. SN01xx: files and front matter (SN015x: limits against hostile input);
/// SN02xx: site and author settings; SN03xx: Markdown and links; SN04xx: site-wide checks; SN06xx: the preview server; SN07xx: import (StaticNews.Import); SN09xx: output.
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

    /// <summary>serve: the theme edited on disk does not compile (its compiler errors are shown as they are).</summary>
    public const string ThemeDidNotCompile = "SN0601";

    /// <summary>import: the export is not well-formed XML.</summary>
    public const string ImportMalformedXml = "SN0701";
    /// <summary>import: the export declares a DTD, refused so no entity can expand (billion laughs) or reach outside (XXE).</summary>
    public const string ImportDtdRefused = "SN0702";
    /// <summary>import: the export declares an encoding other than UTF-8, or its bytes are not UTF-8.</summary>
    public const string ImportEncoding = "SN0703";
    /// <summary>import: the source is missing or is not what the command reads (not a WXR export, not a Hugo or Jekyll site).</summary>
    public const string ImportUnreadableSource = "SN0704";
    public const string ImportMissingTitle = "SN0705";
    public const string ImportMissingDate = "SN0706";
    /// <summary>import: a file the import would write already exists (pass --force to replace it).</summary>
    public const string ImportWouldOverwrite = "SN0707";
    /// <summary>A warning: an item that is not a post (page, menu item, unknown type, trash) is skipped and counted.</summary>
    public const string ImportSkippedItem = "SN0708";
    /// <summary>A warning: part of a body (script, event handler, javascript: link, an element with no Markdown form) is left out.</summary>
    public const string ImportDroppedContent = "SN0709";
    /// <summary>A warning: a slug was changed to follow the build's rules or to avoid a collision.</summary>
    public const string ImportSlugChanged = "SN0710";
    public const string ImportMissingUpload = "SN0711";
    public const string ImportUnmappedCategory = "SN0712";
    /// <summary>A warning: an old address cannot become an alias (query string, another host, characters aliases do not allow).</summary>
    public const string ImportAddressNotKept = "SN0713";
    /// <summary>A warning: a link to a post that is not published is kept as text, since an xref to it would fail the build.</summary>
    public const string ImportLinkNotKept = "SN0714";
    /// <summary>A warning: a gallery became its pictures one after another.</summary>
    public const string ImportGallery = "SN0715";
    /// <summary>A warning: a shortcode or Liquid tag with no StaticNews equivalent is left out.</summary>
    public const string ImportUnknownShortcode = "SN0716";
    /// <summary>A warning: a sticky post, to pin on the front page once StaticNews has one.</summary>
    public const string ImportSticky = "SN0717";
    /// <summary>A warning: --force replaced this existing file.</summary>
    public const string ImportReplacedFile = "SN0718";
    public const string ImportInvalidFrontMatter = "SN0719";
    /// <summary>A warning: a featured image without alt text gets the headline, which the build accepts; a description is better.</summary>
    public const string ImportMissingAltText = "SN0720";

    public const string UnsafeOutputFolder = "SN0901";
    public const string OutputWriteFailed = "SN0950";
}
