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
    /// <summary>A dangling symbolic link or a link loop among the input files.</summary>
    public const string InputLinkBroken = "SN0116";
    /// <summary>An input file reached through a link that ends outside the input folder: never read nor published.</summary>
    public const string InputLinkLeavesInput = "SN0117";
    /// <summary>A pipe, device, socket or folder where a file is read (an article, site.yml, a picture).</summary>
    public const string NotARegularFile = "SN0118";
    /// <summary>An input file or folder whose permissions do not let the build read it.</summary>
    public const string InputNotReadable = "SN0119";
    public const string InputTooLarge = "SN0120";
    public const string EmptyImage = "SN0121";
    /// <summary>An input file removed or replaced between listing it and reading it.</summary>
    public const string InputVanished = "SN0122";
    /// <summary>A YAML value holds a character no text may hold (see <c>TextCharacters</c>): a control character, a noncharacter or a lone surrogate.</summary>
    public const string RefusedCharacter = "SN0130";
    /// <summary>An entry of a front matter list is empty (<c>- </c>, <c>~</c> or <c>""</c>).</summary>
    public const string EmptyListEntry = "SN0131";
    public const string YamlAlias = "SN0150";
    public const string YamlTooDeep = "SN0151";
    public const string MarkdownTooDeep = "SN0152";
    /// <summary>A number in site.yml or front matter is beyond the bound that keeps pages and memory sane.</summary>
    public const string NumberTooLarge = "SN0153";

    /// <summary>A static page's slug takes the address of a section, an index (tags, authors, search…) or another page.</summary>
    public const string PageAddressTaken = "SN0180";
    /// <summary>site.yml's footer names a page, section or index the site does not have, or a draft page.</summary>
    public const string UnknownFooterLink = "SN0181";
    /// <summary>site.yml's corrections_policy names no published static page.</summary>
    public const string UnknownCorrectionsPolicy = "SN0182";
    /// <summary>A warning: a static page sets an article field (date, section, authors…) that a page does not use.</summary>
    public const string ArticleFieldOnPage = "SN0183";
    /// <summary>site.yml's footer is not a list of groups with a title and links.</summary>
    public const string InvalidFooter = "SN0184";
    // Branding in site.yml: SN017x.
    /// <summary>brand_colour or brand_colour_dark is not a #rgb or #rrggbb colour.</summary>
    public const string InvalidBrandColour = "SN0170";
    /// <summary>A brand colour reaches less than WCAG AA contrast (4.5:1) on its colour scheme's backgrounds.</summary>
    public const string BrandColourContrast = "SN0171";
    /// <summary>text_font or ui_font names no font stack StaticNews knows.</summary>
    public const string UnknownFontStack = "SN0172";
    /// <summary>icon names no file in the input folder, or one that is not a picture.</summary>
    public const string InvalidIcon = "SN0173";
    /// <summary>The icon (or logo) file could not be turned into favicons: it is corrupt or not a picture.</summary>
    public const string IconUnreadable = "SN0174";
    /// <summary>A component in the newsroom's theme folder is named like none of the theme's, so it would replace nothing.</summary>
    public const string UnknownThemeOverride = "SN0175";
    // input/front.yml, the editors' order of the home page: SN016x.
    /// <summary>front.yml names a slug no article has.</summary>
    public const string FrontUnknownStory = "SN0160";
    /// <summary>front.yml names a draft or a scheduled story, which the front would show before it is published.</summary>
    public const string FrontUnpublishedStory = "SN0161";
    /// <summary>A warning: front.yml names a story that has expired; its place goes to the newest story instead.</summary>
    public const string FrontExpiredStory = "SN0162";
    /// <summary>front.yml names one story twice, lists more secondary stories than the front holds, or has an empty entry.</summary>
    public const string FrontInvalidOrder = "SN0163";
    /// <summary>A warning: front.yml has a key StaticNews does not know (a typo of lead, secondary or live).</summary>
    public const string FrontUnknownKey = "SN0164";

    public const string MissingSiteConfig = "SN0201";
    public const string InvalidSiteConfig = "SN0202";
    public const string InvalidAuthors = "SN0203";

    public const string UnknownXref = "SN0301";
    public const string UnsafeLink = "SN0302";
    public const string UnknownPin = "SN0303";
    public const string LinkToUnpublished = "SN0304";
    public const string UnknownExclude = "SN0305";
    public const string PinnedAndExcluded = "SN0306";

    // Story elements (::: name … :::): SN031x–SN034x.
    public const string UnknownElement = "SN0310";
    public const string InvalidEmbedUrl = "SN0311";
    public const string MissingElementField = "SN0312";
    public const string UnterminatedElement = "SN0313";
    public const string UnknownElementField = "SN0314";
    public const string InvalidElementField = "SN0315";
    /// <summary>An embed of a page whose host site.yml's embed_hosts: does not list.</summary>
    public const string EmbedHostNotAllowed = "SN0316";
    public const string StrayElementEnd = "SN0317";
    public const string NestedElement = "SN0318";

    // Live coverage (live: true, ## HH:MM update headings, breaking news): SN033x–SN034x.
    /// <summary>An update heading whose time is not HH:MM (or YYYY-MM-DD HH:MM) on a real clock.</summary>
    public const string InvalidUpdateTime = "SN0330";
    /// <summary>An update earlier than the one above it: updates are written oldest first, so the newest is appended.</summary>
    public const string UpdateOutOfOrder = "SN0331";
    /// <summary>An update later than the build clock (without --future).</summary>
    public const string UpdateInFuture = "SN0332";
    /// <summary>Two updates at the same minute would share one anchor.</summary>
    public const string DuplicateUpdateTime = "SN0333";
    /// <summary>An update after <c>live_ended:</c>: readers would be told coverage ended before it.</summary>
    public const string UpdateAfterEnd = "SN0334";
    /// <summary>An update heading naming an author who is not in authors.yml.</summary>
    public const string UnknownUpdateAuthor = "SN0335";
    /// <summary><c>live: true</c> without any update, or live fields on an article that is not live.</summary>
    public const string LiveWithoutUpdates = "SN0336";
    /// <summary>A <c>breaking:</c> entry of site.yml (or an article's <c>breaking_until:</c>) that cannot make a banner.</summary>
    public const string InvalidBreaking = "SN0337";

    public const string DuplicateSlug = "SN0401";
    public const string NoArticles = "SN0402";
    public const string AliasConflict = "SN0403";
    public const string BrokenInternalLink = "SN0404";
    /// <summary>A warning: two different tag names get one slug, so their stories share one tag page.</summary>
    public const string TagSharesAddress = "SN0405";

    /// <summary>A picture libvips cannot decode: truncated, corrupt, or not a picture at all.</summary>
    public const string PictureUnreadable = "SN0500";
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
    /// <summary><c>image.focus</c> is not two numbers from 0 to 1.</summary>
    public const string InvalidFocus = "SN0509";

    /// <summary>serve: the theme edited on disk does not compile (its compiler errors are shown as they are).</summary>
    public const string ThemeDidNotCompile = "SN0601";
    /// <summary>serve: a rebuild stopped with an unexpected exception (a bug); shown like any error, and the watcher keeps going.</summary>
    public const string RebuildFailed = "SN0602";
    /// <summary>serve: a file could not be read while rebuilding (it vanished, is locked or unreadable mid-save).</summary>
    public const string RebuildCouldNotRead = "SN0603";

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
    /// <summary>Another build holds the lock of the same output folder.</summary>
    public const string OutputLocked = "SN0902";
    /// <summary>The output would be a folder of build state (<c>.staticnews</c>, staging or undo folders), which a build replaces or publishes.</summary>
    public const string OutputHoldsBuildState = "SN0903";
    /// <summary>A warning: the new site is live, but the manifest or cache after it could not be saved.</summary>
    public const string StateNotSaved = "SN0904";
    public const string OutputWriteFailed = "SN0950";
}
