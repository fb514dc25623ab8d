using System.Collections.Concurrent;
using System.Reflection;
using StaticNews.Model.Pages;
using StaticNews.Theme;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// Where a run takes its Razor components and static assets from. <c>build</c> uses the theme compiled into
/// the tool; <c>serve</c> can hand in a freshly compiled theme assembly and assets read from the theme folder.
/// </summary>
public sealed class SiteTheme
{
    private const string AssetPrefix = "assets/";

    private readonly Func<PageModel, Type> componentFor;
    private readonly Func<IReadOnlyCollection<string>> assetPaths;
    private readonly Func<string, Stream> openAsset;
    private readonly IReadOnlyDictionary<Type, Type> overrides;

    /// <summary>The assembly the theme's own components are in.</summary>
    private readonly Assembly assembly;

    private SiteTheme(Func<PageModel, Type> componentFor, Func<IReadOnlyCollection<string>> assetPaths, Func<string, Stream> openAsset, Guid components,
        Assembly assembly, IReadOnlyDictionary<Type, Type>? overrides = null)
    {
        this.assembly = assembly;
        Identity = components;
        this.componentFor = componentFor;
        this.assetPaths = assetPaths;
        this.openAsset = openAsset;
        this.overrides = overrides ?? new Dictionary<Type, Type>();
    }

    /// <summary>The theme compiled into StaticNews: what <c>build</c> always uses.</summary>
    public static SiteTheme CompiledIn { get; } = new(ThemeComponents.For, () => ThemeAssets.Paths, ThemeAssets.Open, typeof(ThemeAssets).Assembly.ManifestModule.ModuleVersionId, typeof(ThemeAssets).Assembly);

    /// <summary>
    /// The same page components, looked up by their full names in <paramref name="themeAssembly"/> (e.g. one loaded
    /// from a fresh build of theme/), with this theme's assets.
    /// </summary>
    public SiteTheme WithComponentsFrom(Assembly themeAssembly)
    {
        var components = new ConcurrentDictionary<Type, Type>();
        Type Find(Type compiledIn) => themeAssembly.GetType(compiledIn.FullName!)
            ?? throw new InvalidOperationException($"The theme assembly has no component {compiledIn.FullName}.");
        return new SiteTheme(page => components.GetOrAdd(ThemeComponents.For(page), Find), assetPaths, openAsset, themeAssembly.ManifestModule.ModuleVersionId, themeAssembly);
    }

    /// <summary>The same components, with assets read from a folder on disk (a theme's wwwroot) each time they are listed or opened.</summary>
    public SiteTheme WithAssetsFrom(string folder)
    {
        var root = Path.GetFullPath(folder);
        IReadOnlyCollection<string> List() => Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(file => AssetPrefix + Path.GetRelativePath(root, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        return new SiteTheme(componentFor, List, path => File.OpenRead(Path.Combine(root, path[AssetPrefix.Length..])), Identity, assembly, overrides);
    }

    /// <summary>
    /// This theme with each component of <paramref name="overridesAssembly"/> (a newsroom's theme folder, compiled)
    /// in place of the theme's component of the same name; every other component stays as it is.
    /// </summary>
    /// <returns>The theme, and the names of the newsroom's components that match no component of the theme.</returns>
    public (SiteTheme Theme, IReadOnlyList<string> Unmatched) WithOverridesFrom(Assembly overridesAssembly)
    {
        var builtIn = assembly.GetTypes()
            .Where(IsComponent).GroupBy(type => type.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var replaced = new Dictionary<Type, Type>(overrides);
        var unmatched = new List<string>();
        foreach (var component in overridesAssembly.GetTypes().Where(IsComponent).OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            if (builtIn.TryGetValue(component.Name, out var original)) replaced[original] = component;
            else unmatched.Add(component.Name);
        }
        var identity = new Guid(System.IO.Hashing.XxHash128.Hash([.. Identity.ToByteArray(), .. overridesAssembly.ManifestModule.ModuleVersionId.ToByteArray()]));
        return (new SiteTheme(page => Replace(componentFor(page), replaced), assetPaths, openAsset, identity, assembly, replaced), unmatched);
    }

    private static bool IsComponent(Type type) =>
        type is { IsPublic: true, IsAbstract: false } && typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type) && !type.Name.StartsWith('_');

    private static Type Replace(Type type, IReadOnlyDictionary<Type, Type> replaced) => replaced.GetValueOrDefault(type, type);

    /// <summary>The component that renders in place of <paramref name="component"/>: the newsroom's own, or the theme's.</summary>
    public Type Resolve(Type component) => Replace(component, overrides);

    /// <summary>The version of the compiled components (the assembly's module id): a recompiled theme has a new one.</summary>
    public Guid Identity { get; }

    public Type ComponentFor(PageModel page) => componentFor(page);

    /// <summary>Each asset's path below the output folder, e.g. "assets/css/site.css", in ordinal order.</summary>
    public IReadOnlyCollection<string> AssetPaths => assetPaths();

    public Stream OpenAsset(string path) => openAsset(path);
}
