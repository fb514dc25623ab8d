using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>Creates theme components for a page's renderer, with a stand-in for each one whose markup is shared.</summary>
internal sealed class SharedMarkupActivator(SharedMarkup markup) : IComponentActivator
{
    public IComponent CreateInstance(Type componentType) =>
        markup.IsShared(componentType)
            ? new SharedComponent(componentType, markup)
            : (IComponent)(Activator.CreateInstance(componentType)
                ?? throw new InvalidOperationException($"{componentType.FullName} could not be created."));
}
