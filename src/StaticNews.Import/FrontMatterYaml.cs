using System.Globalization;
using System.Text;

namespace StaticNews.Import;

/// <summary>
/// Writes the YAML the importer produces. Every text value is double-quoted with escapes, so no title, name or
/// caption from an export can become YAML syntax (an anchor, a tag, a key, a second document).
/// </summary>
public static class FrontMatterYaml
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>The text of an article file: front matter between <c>---</c> lines, then the Markdown body.</summary>
    public static string Article(ImportedArticle article)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quote(article.Title)).Append('\n');
        yaml.Append("date: ").Append(article.Date).Append('\n');
        yaml.Append("section: ").Append(article.Section).Append('\n');
        if (!string.IsNullOrWhiteSpace(article.Summary)) yaml.Append("summary: ").Append(Quote(article.Summary)).Append('\n');
        if (article.Authors.Count > 0) yaml.Append("authors: ").Append(List(article.Authors)).Append('\n');
        if (article.Tags.Count > 0) yaml.Append("tags: ").Append(List(article.Tags)).Append('\n');
        if (article.Image is { } image)
        {
            yaml.Append("image: {src: ").Append(Quote(image.Src));
            if (!string.IsNullOrWhiteSpace(image.Alt)) yaml.Append(", alt: ").Append(Quote(image.Alt));
            if (!string.IsNullOrWhiteSpace(image.Caption)) yaml.Append(", caption: ").Append(Quote(image.Caption));
            yaml.Append("}\n");
        }
        if (article.Draft) yaml.Append("draft: true\n");
        if (article.Aliases.Count > 0) yaml.Append("aliases: ").Append(List(article.Aliases)).Append('\n');
        yaml.Append("---\n\n");
        return yaml.Append(article.Body.TrimEnd()).Append('\n').ToString();
    }
}
