using System.Reflection;
using System.Runtime.Loader;

namespace StaticNews.Preview.Theming;

/// <summary>
/// Holds one compiled theme. Everything the theme references (the model, ASP.NET Core components) resolves to the
/// copies StaticNews already loaded, so page models pass between the two; collectible so an old theme can go.
/// </summary>
public sealed class ThemeLoadContext() : AssemblyLoadContext("StaticNews theme", isCollectible: true)
{
    /// <summary>Loads the theme from bytes, so the build folder can be deleted at once.</summary>
    public Assembly LoadTheme(string assemblyPath)
    {
        using var image = new MemoryStream(File.ReadAllBytes(assemblyPath));
        return LoadFromStream(image);
    }

    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
