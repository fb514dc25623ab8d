using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Validates <c>authors.yml</c> into authors keyed by slug.</summary>
public sealed class AuthorsBuilder(DiagnosticBag diagnostics)
{
    public IReadOnlyDictionary<string, Author> Build(YamlSource<List<AuthorDto>>? file, string basePath)
    {
        var authors = new Dictionary<string, Author>(StringComparer.Ordinal);
        if (file is null) return authors;
        for (var i = 0; i < file.Value.Count; i++)
        {
            var dto = file.Value[i];
            var line = file.LineOf($"[{i}]");
            if (dto is null)
            {
                diagnostics.Error(Codes.InvalidAuthors, file.DisplayPath, line, 1, "an entry of authors.yml is empty. Write it like - {slug: ana-lima, name: \"Ana Lima\"}, or remove the '-' line.");
                continue;
            }
            if (!Slugs.IsValid(dto.Slug))
            {
                diagnostics.Error(Codes.InvalidAuthors, file.DisplayPath, line, 1, $"author slug '{dto.Slug}' is not usable. Use {Slugs.Rule}.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(dto.Name))
            {
                diagnostics.Error(Codes.InvalidAuthors, file.DisplayPath, line, 1, $"author '{dto.Slug}' has no name. Add name: \"First Last\".");
                continue;
            }
            if (!authors.TryAdd(dto.Slug!, new Author(dto.Slug!, dto.Name.Trim(), dto.Role, dto.Bio, basePath + UrlPaths.Author(dto.Slug!))))
                diagnostics.Error(Codes.InvalidAuthors, file.DisplayPath, line, 1, $"author '{dto.Slug}' is listed twice. Remove one entry.");
        }
        return authors;
    }
}
