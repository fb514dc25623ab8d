using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// Creates theme components for a renderer, with a stand-in for each one whose markup is shared when there is
/// <paramref name="shared"/> markup. Theme components have no constructor arguments: a static page has no services.
/// </summary>
internal sealed class ThemeComponentActivator(SharedMarkup? shared = null) : IComponentActivator
{
    public IComponent CreateInstance(Type componentType) =>
        shared is not null && shared.IsShared(componentType)
            ? new SharedComponent(componentType, shared)
            : (IComponent)(Activator.CreateInstance(componentType)
                ?? throw new InvalidOperationException($"{componentType.FullName} could not be created."));
}
