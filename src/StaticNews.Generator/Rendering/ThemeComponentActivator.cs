using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// Creates theme components for a renderer, with a stand-in for each one whose markup is shared when there is
/// <paramref name="shared"/> markup. Theme components have no constructor arguments: a static page has no services.
/// </summary>
/// <param name="resolve">The component that renders in place of the one asked for (a newsroom's override), see <see cref="SiteTheme.Resolve"/>.</param>
internal sealed class ThemeComponentActivator(SharedMarkup? shared = null, Func<Type, Type>? resolve = null) : IComponentActivator
{
    public IComponent CreateInstance(Type componentType)
    {
        var actual = resolve?.Invoke(componentType) ?? componentType;
        return shared is not null && shared.IsShared(actual)
            ? new SharedComponent(actual, shared)
            : (IComponent)(Activator.CreateInstance(actual)
                ?? throw new InvalidOperationException($"{actual.FullName} could not be created."));
    }
}
