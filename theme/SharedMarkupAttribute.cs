namespace StaticNews.Theme;

/// <summary>
/// Marks a component whose markup depends on its parameters alone (no services, no cascading values), so a build may
/// render it once for each set of parameters (the same objects, equal values) and reuse the HTML on every page.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SharedMarkupAttribute : Attribute;
