using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// What a renderer finds when it asks for services: theme components inject nothing, since a static page has no
/// services; what is given is the activator that creates the components and the encoder of their text.
/// </summary>
internal sealed class RenderServices(IComponentActivator activator) : IServiceProvider
{
    /// <summary>Every component created as it is, none shared.</summary>
    public static readonly RenderServices Plain = new(new ThemeComponentActivator());

    /// <summary>
    /// Text in any script is written as itself (UTF-8), not as character references: "Πολιτική" stays readable and
    /// a Greek headline does not grow fourfold. Markup characters (&lt; &amp; " ' +) are still escaped.
    /// </summary>
    private static readonly HtmlEncoder AnyScript = HtmlEncoder.Create(UnicodeRanges.All);

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IComponentActivator) ? activator
        : serviceType == typeof(HtmlEncoder) ? AnyScript
        : null;
}
