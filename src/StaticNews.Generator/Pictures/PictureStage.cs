using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// The picture stage, beside Render: every raster picture in the input folder that a published story may show becomes
/// its derivatives (see <see cref="PictureEncoder"/>), taken from the store when the same bytes were encoded with the
/// same settings before; hero images get their <see cref="Picture"/>, body pictures their <c>&lt;picture&gt;</c>
/// (<see cref="BodyPictures"/>). SVGs are checked (<see cref="SvgSafety"/>) and
/// published as they are. A bad picture is an error at each front matter line that names it, else at the file itself.
/// </summary>
public sealed class PictureStage(PictureStore store, DiagnosticBag diagnostics, int workers)
{
    /// <summary>Pictures encoded at once: each holds one decoded bitmap (at most the largest width) and its encoded copies.</summary>
    private const int MaxParallel = 4;

    /// <summary>The width of the JPEG a browser without <c>srcset</c> gets.</summary>
    private const int FallbackWidth = 1200;

    public PublishedPictures Publish(Site site, InputFolder input)
    {
        var files = input.Files("*")
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(relative => !site.UnpublishedFiles.Contains(relative))
            // Refused files (links out, pipes, unreadable) are reported once, by SiteFiles, and never opened here.
            .Where(relative => InputPaths.IsSafeRelative(relative) && InputReadPolicy.Check(input, relative) is null)
            .ToList();
        var references = site.PictureReferences.ToLookup(reference => reference.Source, StringComparer.Ordinal);

        foreach (var svg in files.Where(f => f.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = InputReadPolicy.OpenRead(input, svg);
            if (SvgSafety.Check(stream, svg) is { } problem) Report(problem, svg, input, references, warning: false);
        }

        foreach (var reference in site.PictureReferences.Where(r => RasterFormat.Of(r.Source) is null && !r.Source.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
            diagnostics.Error(Codes.PictureUnsupported, reference.ArticlePath, reference.Line, 1,
                $"picture '{reference.Source}' is not in a format StaticNews publishes ({RasterFormat.Accepted}). Export it as JPEG (a photo) or as PNG or SVG (a graphic).");

        var rasters = files.Where(f => RasterFormat.Of(f) is not null).ToList();
        var stored = new ConcurrentDictionary<string, (string Key, StoredPicture Picture)>(StringComparer.Ordinal);
        var encoded = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(workers, 1, MaxParallel) };
        Parallel.ForEach(rasters, options, relative =>
        {
            var bytes = ReadAll(input, relative);
            var key = KeyOf(bytes, site.Config.Pictures);
            var picture = store.Find(key);
            if (picture is null)
            {
                var (fresh, problem) = PictureEncoder.Encode(bytes, relative, site.Config.Pictures);
                if (problem is not null)
                {
                    Report(problem, relative, input, references, warning: false);
                    return;
                }
                Interlocked.Increment(ref encoded);
                picture = store.Add(key, fresh!);
            }
            stored[relative] = (key, picture);
        });

        var published = new List<OutputFile>();
        var pictures = new Dictionary<string, Picture>(StringComparer.Ordinal);
        foreach (var relative in rasters.Where(stored.ContainsKey))
        {
            var (key, picture) = stored[relative];
            var smallest = site.Config.Pictures.Widths[0];
            if (picture.Facts.SourceWidth < smallest)
                Report(new PictureProblem(Codes.PictureTooSmall,
                    $"picture '{relative}' is {picture.Facts.SourceWidth} px wide, under the smallest width ({smallest} px): it is published at its own size and looks soft on large screens. Use a larger original if there is one."),
                    relative, input, references, warning: true);
            published.Add(new OutputFile(relative, () => picture.Open(PictureFacts.CopyName)));
            foreach (var derivative in picture.Facts.Derivatives)
                published.Add(new OutputFile(DerivativePath(relative, key, derivative), () => picture.Open(derivative.Name)));
            pictures[relative] = ModelOf(relative, key, picture.Facts, site.Config.BasePath);
        }

        var crops = Crop(site, input, stored, pictures, options, published);
        var articles = site.Articles
            .Select(article => article with { BodyHtml = BodyPictures.Rewrite(article.BodyHtml, site.Config.BasePath, pictures.GetValueOrDefault) })
            .Select(article => article.Image is { } image && pictures.TryGetValue(image.Source, out var picture)
                ? article with
                {
                    Image = image with
                    {
                        Picture = picture,
                        Crops = crops[(image.Source, image.Focus)].Crops,
                        CardPicture = crops[(image.Source, image.Focus)].Card,
                    },
                }
                : article)
            .ToList();
        return new PublishedPictures(site with { Articles = articles }, published, encoded);
    }

    /// <summary>
    /// The crops of each hero picture for its focal point, taken from the store when made before; adds their files to
    /// <paramref name="published"/>. They are not counted as encoded pictures: that count is of pictures, not copies.
    /// </summary>
    private Dictionary<(string Source, FocalPoint Focus), (IReadOnlyList<PictureCrop> Crops, Picture Card)> Crop(
        Site site, InputFolder input, ConcurrentDictionary<string, (string Key, StoredPicture Picture)> stored,
        IReadOnlyDictionary<string, Picture> pictures, ParallelOptions options, List<OutputFile> published)
    {
        var wanted = site.Articles
            .Select(article => article.Image)
            .OfType<HeroImage>()
            .Where(image => stored.ContainsKey(image.Source))
            .Select(image => (image.Source, image.Focus))
            .Distinct()
            .OrderBy(pair => pair.Source, StringComparer.Ordinal).ThenBy(pair => pair.Focus.X).ThenBy(pair => pair.Focus.Y)
            .ToList();
        var found = new ConcurrentDictionary<(string, FocalPoint), (string Key, StoredPicture Picture)>();
        Parallel.ForEach(wanted, options, pair =>
        {
            var key = CropKeyOf(stored[pair.Source].Key, pair.Focus);
            var picture = store.Find(key);
            picture ??= store.Add(key, PictureCropper.Crop(ReadAll(input, pair.Source), pair.Focus, site.Config.Pictures.Widths[^1]));
            found[pair] = (key, picture);
        });

        var crops = new Dictionary<(string, FocalPoint), (IReadOnlyList<PictureCrop>, Picture)>();
        foreach (var pair in wanted)
        {
            var (key, picture) = found[pair];
            var list = new List<PictureCrop>();
            foreach (var derivative in picture.Facts.Derivatives)
            {
                var path = DerivativePath(pair.Source, key, derivative);
                published.Add(new OutputFile(path, () => picture.Open(derivative.Name)));
                if (!derivative.Name.StartsWith(PictureCropper.Card + ".", StringComparison.Ordinal))
                    list.Add(new PictureCrop(Path.GetFileNameWithoutExtension(derivative.Name), site.Config.BasePath + path, derivative.Width, derivative.Height));
            }
            var cards = picture.Facts.Derivatives.Where(d => d.Name.StartsWith(PictureCropper.Card + ".", StringComparison.Ordinal)).ToList();
            var largest = cards[^1];
            var card = ModelOf(pair.Source, key, picture.Facts with { Width = largest.Width, Height = largest.Height, Colour = pictures[pair.Source].Colour, Derivatives = cards },
                site.Config.BasePath);
            crops[pair] = (list, card);
        }
        return crops;
    }

    /// <summary>The picture's key with the focal point and the crop version: a moved focus crops again.</summary>
    private static string CropKeyOf(string pictureKey, FocalPoint focus)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{pictureKey}|crop|v{PictureCropper.Version}|{focus.X:R},{focus.Y:R}")));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Where a copy is published: beside the original, named by its width and the picture's key, so a changed picture gets new addresses.</summary>
    private static string DerivativePath(string relative, string key, Derivative derivative)
    {
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        var name = $"{Path.GetFileNameWithoutExtension(relative)}.{key[..10]}.{derivative.Name}";
        return string.IsNullOrEmpty(folder) ? name : $"{folder}/{name}";
    }

    private static Picture ModelOf(string relative, string key, PictureFacts facts, string basePath)
    {
        string SrcSet(string type) => string.Join(", ", facts.Derivatives
            .Where(d => d.Type == type)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{basePath}{DerivativePath(relative, key, d)} {d.Width}w")));
        var jpegs = facts.Derivatives.Where(d => d.Type == "image/jpeg").ToList();
        var fallback = jpegs.LastOrDefault(d => d.Width <= FallbackWidth) ?? jpegs[0];
        return new Picture(facts.Width, facts.Height, facts.Colour, basePath + DerivativePath(relative, key, fallback),
            SrcSet("image/jpeg"), [new PictureSource("image/webp", SrcSet("image/webp"))]);
    }

    /// <summary>The source's content hash with everything that shapes its copies, so a change of either encodes again.</summary>
    private static string KeyOf(byte[] bytes, PictureSettings settings)
    {
        var hash = new XxHash128();
        hash.Append(bytes);
        hash.Append(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"|v{PictureEncoder.Version}|{string.Join(',', settings.Widths)}|{settings.MaxPixels}|q{PictureEncoder.JpegQuality},{PictureEncoder.WebpQuality}")));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private void Report(PictureProblem problem, string relative, InputFolder input, ILookup<string, PictureReference> references, bool warning)
    {
        var places = references[relative].Select(r => (r.ArticlePath, r.Line)).DefaultIfEmpty((input.Display(relative), 0));
        foreach (var (path, line) in places)
        {
            if (warning) diagnostics.Warning(problem.Code, path, line, line == 0 ? 0 : 1, problem.Message);
            else diagnostics.Error(problem.Code, path, line, line == 0 ? 0 : 1, problem.Message);
        }
    }

    private static byte[] ReadAll(InputFolder input, string relative)
    {
        using var stream = InputReadPolicy.OpenRead(input, relative);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
