using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// What a renderer finds when it asks for services: theme components inject nothing, since a static page has no
/// services; the one thing given is the component activator, when there is one.
/// </summary>
internal sealed class RenderServices(IComponentActivator? activator = null) : IServiceProvider
{
    /// <summary>No services at all: components are created as HtmlRenderer creates them by default.</summary>
    public static readonly RenderServices Plain = new();

    public object? GetService(Type serviceType) => serviceType == typeof(IComponentActivator) ? activator : null;
}
