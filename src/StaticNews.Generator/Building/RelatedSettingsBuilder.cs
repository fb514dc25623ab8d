using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Validates the <c>related:</c> map of site.yml into <see cref="RelatedSettings"/>; bad values are reported and replaced by defaults.</summary>
public sealed class RelatedSettingsBuilder(DiagnosticBag diagnostics)
{
    /// <summary>A thousand years of half-life is no decay at all; weights are shares, so a thousand is already absurd.</summary>
    private const double MaxHalfLifeDays = 365_000, MaxWeight = 1000;

    public RelatedSettings Build(YamlSource<SiteFileDto> file)
    {
        var dto = file.Value.Related;
        var defaults = new RelatedSettings();
        if (dto is null) return defaults;
        var line = file.LineOf("related");
        void Report(string key, string rule) =>
            diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, line, 1, $"related.{key} must be {rule}.");

        T Check<T>(T? value, T fallback, string key, Func<T, bool> valid, string rule) where T : struct
        {
            if (value is not { } given) return fallback;
            if (valid(given)) return given;
            Report(key, rule);
            return fallback;
        }

        double Weight(double? value, double fallback, string key) =>
            Check(value, fallback, "weights." + key, w => w is >= 0 and <= MaxWeight, $"a number from 0 to {MaxWeight}, e.g. 0.3");

        var weights = dto.Weights is not { } w ? defaults.Weights : new RelatedWeights
        {
            Text = Weight(w.Text, defaults.Weights.Text, "text"),
            Entities = Weight(w.Entities, defaults.Weights.Entities, "entities"),
            Tags = Weight(w.Tags, defaults.Weights.Tags, "tags"),
            Authors = Weight(w.Authors, defaults.Weights.Authors, "authors"),
            Section = Weight(w.Section, defaults.Weights.Section, "section"),
        };
        return new RelatedSettings
        {
            ExploreHeading = string.IsNullOrWhiteSpace(dto.ExploreHeading) ? defaults.ExploreHeading : dto.ExploreHeading.Trim(),
            LatestHeading = string.IsNullOrWhiteSpace(dto.LatestHeading) ? defaults.LatestHeading : dto.LatestHeading.Trim(),
            LatestCount = Check(dto.LatestCount, defaults.LatestCount, "latest_count", n => n is >= 0 and <= SiteConfigBuilder.MaxRelatedCount,
                $"a whole number from 0 (no block) to {SiteConfigBuilder.MaxRelatedCount}"),
            HalfLifeDays = Check(dto.HalfLifeDays, defaults.HalfLifeDays, "half_life_days", d => d is > 0 and <= MaxHalfLifeDays, $"a number of days above 0 and at most {MaxHalfLifeDays}, e.g. 180"),
            CommonShare = Check(dto.CommonShare, defaults.CommonShare, "common_share", s => s is > 0 and <= 1, "a share above 0 and at most 1, e.g. 0.1"),
            LatestMinSimilarity = Check(dto.LatestMinSimilarity, defaults.LatestMinSimilarity, "latest_min_similarity", s => s is >= 0 and <= 1, "between 0 and 1, e.g. 0.25"),
            LatestHalfLifeDays = Check(dto.LatestHalfLifeDays, defaults.LatestHalfLifeDays, "latest_half_life_days", d => d is > 0 and <= MaxHalfLifeDays, $"a number of days above 0 and at most {MaxHalfLifeDays}, e.g. 30"),
            MaxPerSection = Check(dto.MaxPerSection, defaults.MaxPerSection, "max_per_section", n => n is > 0 and <= SiteConfigBuilder.MaxRelatedCount,
                $"a whole number from 1 to {SiteConfigBuilder.MaxRelatedCount}"),
            Weights = weights,
        };
    }
}
