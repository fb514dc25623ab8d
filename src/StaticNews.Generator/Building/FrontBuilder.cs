using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>
/// Validates <c>input/front.yml</c> into a <see cref="CuratedFront"/>. A slug that is unknown, a draft or scheduled is an
/// error at its line; an expired one is a warning and its place goes to the newest story, because a story expires by
/// the clock: the scheduled rebuild that takes it down must not fail and leave it online.
/// </summary>
/// <param name="published">Slugs of the stories this build publishes.</param>
/// <param name="hidden">Why each unpublished story is not published (e.g. "is a draft").</param>
/// <param name="expired">Slugs of stories hidden only because they expired.</param>
/// <param name="flawed">Slugs of stories with errors of their own, which are the cause and are not reported again here.</param>
public sealed class FrontBuilder(
    IReadOnlySet<string> published, IReadOnlyDictionary<string, string> hidden, IReadOnlySet<string> expired,
    IReadOnlySet<string> flawed, DiagnosticBag diagnostics)
{
    /// <summary>Stories beside the lead: more make a column longer than the lead beside it.</summary>
    public const int MaxSecondary = 4;

    private static readonly string[] Keys = ["lead", "secondary", "live"];

    public CuratedFront Build(YamlSource<FrontFileDto>? file)
    {
        if (file is null) return CuratedFront.None;
        foreach (var (key, unknown) in file.UnknownKeys)
            diagnostics.Warning(Codes.FrontUnknownKey, file.DisplayPath, unknown.Line, 1,
                $"front.yml has no key '{key}', so it is ignored. The keys are {string.Join(", ", Keys)}.");

        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        var lead = Pick(file, file.Value.Lead, "lead", "the lead", placed);
        var secondary = new List<string>();
        var entries = file.Value.Secondary ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var key = $"secondary[{i}]";
            if (string.IsNullOrWhiteSpace(entries[i]))
                Error(Codes.FrontInvalidOrder, file, key, "an entry of secondary: is empty. Write a story's slug, or remove the '-' line.");
            else if (i == MaxSecondary)
                Error(Codes.FrontInvalidOrder, file, key,
                    $"secondary: lists {entries.Count} stories, but the front shows at most {MaxSecondary} beside the lead. Remove this one and those after it (they follow by date anyway).");
            else if (i < MaxSecondary && Pick(file, entries[i], key, $"secondary story {i + 1}", placed) is { } slug)
                secondary.Add(slug);
        }
        var live = Pick(file, file.Value.Live, "live", "the live story", placed);
        return new CuratedFront { Lead = lead, Secondary = secondary, Live = live };
    }

    /// <summary>The slug when the front can show it there; otherwise null, with the reason reported at its line.</summary>
    private string? Pick(YamlSource<FrontFileDto> file, string? written, string key, string slot, Dictionary<string, string> placed)
    {
        if (written is null) return null;
        var slug = written.Trim();
        if (slug.Length == 0)
        {
            Error(Codes.FrontInvalidOrder, file, key, $"{key}: is empty. Write a story's slug, or remove the line.");
            return null;
        }
        if (!placed.TryAdd(slug, slot))
        {
            Error(Codes.FrontInvalidOrder, file, key,
                $"'{slug}' is already {placed[slug]}, and a story shows once on the front. Name another story as {slot}, or remove this line.");
            return null;
        }
        if (published.Contains(slug)) return slug;
        if (flawed.Contains(slug)) return null;
        if (expired.Contains(slug))
            diagnostics.Warning(Codes.FrontExpiredStory, file.DisplayPath, file.LineOf(key), 1,
                $"'{slug}' {hidden[slug]}, so the newest story takes its place as {slot}. Remove it from front.yml.");
        else if (hidden.TryGetValue(slug, out var why))
            Error(Codes.FrontUnpublishedStory, file, key, $"'{slug}' {why}, so the front cannot show it as {slot}. Remove it from front.yml, or publish it first.");
        else
            Error(Codes.FrontUnknownStory, file, key,
                $"{slot} is '{slug}', but no article has that slug. Correct it (a story's slug is its file name, or its slug: line), or remove the line.");
        return null;
    }

    private void Error(string code, YamlSource<FrontFileDto> file, string key, string message) =>
        diagnostics.Error(code, file.DisplayPath, file.LineOf(key), 1, message);
}
