using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>Stands in for a shared theme component on a page: writes the component's HTML, rendered once per set of parameters.</summary>
internal sealed class SharedComponent(Type componentType, SharedMarkup markup) : IComponent
{
    private RenderHandle handle;

    public void Attach(RenderHandle renderHandle) => handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        var html = markup.HtmlOf(componentType, parameters);
        handle.Render(builder => builder.AddMarkupContent(0, html));
        return Task.CompletedTask;
    }
}
