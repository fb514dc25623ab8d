using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using StaticNews.Generator.Rendering;
using StaticNews.Theme;

namespace StaticNews.Generator.Tests.Rendering;

public sealed class SharedMarkupTests
{
    [Fact]
    public async Task A_shared_component_is_rendered_once_for_each_set_of_parameters_however_often_pages_show_it()
    {
        // Given
        var renders = new RenderCount();
        var services = new RenderServices(new ThemeComponentActivator(new SharedMarkup()));

        // When
        var first = await RenderAsync(services, renders, "a", "b", "a");
        var second = await RenderAsync(services, renders, "a", "b");

        // Then
        Assert.Equal("<div><p>a</p><p>b</p><p>a</p></div>", first);
        Assert.Equal("<div><p>a</p><p>b</p></div>", second);
        Assert.Equal(2, renders.Value);
    }

    [Fact]
    public async Task A_shared_component_writes_the_same_html_as_one_rendered_in_place()
    {
        // Given
        var renders = new RenderCount();
        var labels = new[] { "x & y", "<b>", "x & y" };

        // When
        var inPlace = await RenderAsync(RenderServices.Plain, renders, labels);
        var shared = await RenderAsync(new RenderServices(new ThemeComponentActivator(new SharedMarkup())), renders, labels);

        // Then
        Assert.Equal(inPlace, shared);
        Assert.Equal(3 + 2, renders.Value);
    }

    [Fact]
    public async Task Many_shared_components_each_write_their_own_html_when_their_renderer_is_renewed_along_the_way()
    {
        // Given
        var renders = new RenderCount();
        var labels = Enumerable.Range(0, 150).Select(i => $"card {i}").ToArray();

        // When
        var inPlace = await RenderAsync(RenderServices.Plain, renders, labels);
        var shared = await RenderAsync(new RenderServices(new ThemeComponentActivator(new SharedMarkup())), renders, labels);

        // Then
        Assert.Equal(inPlace, shared);
        Assert.Equal(150 + 150, renders.Value);
    }

    [Fact]
    public void Parameters_match_strings_by_value_and_objects_by_identity()
    {
        // Given
        var renders = new RenderCount();
        var label = new string('a', 3);

        // When
        var key = Key(label, renders);

        // Then
        Assert.Equal(key, Key("aaa", renders));
        Assert.Equal(key.GetHashCode(), Key("aaa", renders).GetHashCode());
        Assert.NotEqual(key, Key("aaa", new RenderCount()));
        Assert.NotEqual(key, Key("aab", renders));
    }

    [Fact]
    public async Task A_shared_component_that_does_not_finish_rendering_at_once_is_refused()
    {
        // Given
        var services = new RenderServices(new ThemeComponentActivator(new SharedMarkup()));
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

        // When
        var rendering = renderer.Dispatcher.InvokeAsync(() => renderer.RenderComponentAsync<SlowCard>());

        // Then
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => rendering);
        Assert.Contains(nameof(SlowCard), refusal.Message);
    }

    private static SharedMarkupKey Key(string label, RenderCount renders) =>
        SharedMarkupKey.Of(typeof(CountedCard), ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CountedCard.Label)] = label,
            [nameof(CountedCard.Renders)] = renders,
        }));

    private static async Task<string> RenderAsync(IServiceProvider services, RenderCount renders, params string[] labels)
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CardList.Labels)] = labels,
                [nameof(CardList.Renders)] = renders,
            });
            return (await renderer.RenderComponentAsync<CardList>(parameters)).ToHtmlString();
        });
    }

    private sealed class RenderCount
    {
        public int Value { get; set; }
    }

    private sealed class CardList : ComponentBase
    {
        [Parameter] public required string[] Labels { get; set; }
        [Parameter] public required RenderCount Renders { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            foreach (var label in Labels)
            {
                builder.OpenComponent<CountedCard>(1);
                builder.AddComponentParameter(2, nameof(CountedCard.Label), label);
                builder.AddComponentParameter(3, nameof(CountedCard.Renders), Renders);
                builder.CloseComponent();
            }
            builder.CloseElement();
        }
    }

    [SharedMarkup]
    private sealed class CountedCard : ComponentBase
    {
        [Parameter] public required string Label { get; set; }
        [Parameter] public required RenderCount Renders { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Renders.Value++;
            builder.OpenElement(0, "p");
            builder.AddContent(1, Label);
            builder.CloseElement();
        }
    }

    [SharedMarkup]
    private sealed class SlowCard : ComponentBase
    {
        private bool loaded;

        protected override async Task OnInitializedAsync()
        {
            await Task.Delay(10);
            loaded = true;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, loaded ? "loaded" : "loading");
    }
}
