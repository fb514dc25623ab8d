using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using StaticNews.Theme;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// The HTML of the theme's <see cref="SharedMarkupAttribute"/> components (a story's card), rendered by HtmlRenderer
/// once for each set of parameters during one Render stage and reused on every page that shows it.
/// </summary>
/// <param name="cardServices">What a card's renderer creates components with (the newsroom's overrides included).</param>
internal sealed class SharedMarkup(RenderServices? cardServices = null) : IDisposable
{
    private readonly ConcurrentDictionary<SharedMarkupKey, string> html = new();
    private readonly ConcurrentDictionary<Type, bool> shared = new();
    private readonly ThreadLocal<CardRenderer> cardRenderer = new(() => new CardRenderer(cardServices ?? RenderServices.Plain), trackAllValues: true);

    /// <summary>
    /// Whether the component is marked shared. Matched by name, so a theme compiled apart from StaticNews (serve) counts too.
    /// </summary>
    public bool IsShared(Type componentType) =>
        shared.GetOrAdd(componentType, static type => type.GetCustomAttributes(inherit: false)
            .Any(attribute => attribute.GetType().FullName == typeof(SharedMarkupAttribute).FullName));

    public string HtmlOf(Type componentType, ParameterView parameters)
    {
        var key = SharedMarkupKey.Of(componentType, parameters);
        return html.TryGetValue(key, out var found) ? found : html.GetOrAdd(key, Render(componentType, parameters));
    }

    /// <summary>Disposes every thread's card renderer, so no renderer keeps the theme's components once the stage is over.</summary>
    public void Dispose()
    {
        foreach (var renderer in cardRenderer.Values) renderer.Dispose();
        cardRenderer.Dispose();
    }

    /// <summary>
    /// Renders on this thread's card renderer, called while a page renders: it must finish at once, as a static component does.
    /// </summary>
    private string Render(Type componentType, ParameterView parameters)
    {
        // The parameters live in the page's render tree; a copy does not depend on it.
        var values = new Dictionary<string, object?>();
        foreach (var parameter in parameters)
            values[parameter.Name] = parameter.Value;
        var copy = ParameterView.FromDictionary(values);
        var renderer = cardRenderer.Value!.Next();
        var rendering = renderer.Dispatcher.InvokeAsync(() =>
        {
            var root = renderer.BeginRenderingComponent(componentType, copy);
            return root.QuiescenceTask.IsCompleted ? root.ToHtmlString() : null;
        });
        return (rendering.IsCompleted ? rendering.GetAwaiter().GetResult() : null)
            ?? throw new InvalidOperationException($"{componentType.FullName} is marked [SharedMarkup] but did not finish rendering at once.");
    }

    /// <summary>
    /// A renderer reused for a run of cards: making and disposing one per card cost more than the card, and one kept
    /// for ever slows down as its components pile up.
    /// </summary>
    private sealed class CardRenderer(RenderServices services) : IDisposable
    {
        private const int CardsPerRenderer = 64;

        private HtmlRenderer? renderer;
        private int cards;

        public HtmlRenderer Next()
        {
            if (renderer is null || cards++ == CardsPerRenderer)
            {
                renderer?.Dispose();
                renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
                cards = 1;
            }
            return renderer;
        }

        public void Dispose() => renderer?.Dispose();
    }
}
