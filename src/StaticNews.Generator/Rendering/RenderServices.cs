using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// What a renderer finds when it asks for services: theme components inject nothing, since a static page has no
/// services; the one thing given is the activator that creates the components.
/// </summary>
internal sealed class RenderServices(IComponentActivator activator) : IServiceProvider
{
    /// <summary>Every component created as it is, none shared.</summary>
    public static readonly RenderServices Plain = new(new ThemeComponentActivator());

    public object? GetService(Type serviceType) => serviceType == typeof(IComponentActivator) ? activator : null;
}
