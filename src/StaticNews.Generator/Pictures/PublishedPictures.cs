using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator.Pictures;

/// <summary>What the picture stage returns: the site whose hero images carry their <see cref="Picture"/>, and the files to publish.</summary>
/// <param name="Encoded">How many pictures were encoded; the others came from the store.</param>
public sealed record PublishedPictures(Site Site, IReadOnlyList<OutputFile> Files, int Encoded);
