using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// A component type with its parameters, in the order given. Strings and values compare by value, objects (an article,
/// the config) by identity: cheap, and exact enough, since every page of a build shares the same model objects.
/// </summary>
internal sealed class SharedMarkupKey : IEquatable<SharedMarkupKey>
{
    private readonly Type componentType;
    private readonly string[] names;
    private readonly object?[] values;
    private readonly int hash;

    private SharedMarkupKey(Type componentType, string[] names, object?[] values)
    {
        this.componentType = componentType;
        this.names = names;
        this.values = values;
        var hashCode = new HashCode();
        hashCode.Add(componentType);
        for (var i = 0; i < names.Length; i++)
        {
            hashCode.Add(names[i]);
            hashCode.Add(HashOf(values[i]));
        }
        hash = hashCode.ToHashCode();
    }

    public static SharedMarkupKey Of(Type componentType, ParameterView parameters)
    {
        var count = 0;
        foreach (var _ in parameters) count++;
        var names = new string[count];
        var values = new object?[count];
        var i = 0;
        foreach (var parameter in parameters)
        {
            names[i] = parameter.Name;
            values[i++] = parameter.Value;
        }
        return new SharedMarkupKey(componentType, names, values);
    }

    public bool Equals(SharedMarkupKey? other)
    {
        if (other is null || other.hash != hash || other.componentType != componentType || other.names.Length != names.Length)
            return false;
        for (var i = 0; i < names.Length; i++)
        {
            if (!string.Equals(names[i], other.names[i], StringComparison.Ordinal) || !Same(values[i], other.values[i]))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SharedMarkupKey);

    public override int GetHashCode() => hash;

    private static bool ByValue(object value) => value is string || value.GetType().IsValueType;

    private static bool Same(object? a, object? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.GetType() == b.GetType() && ByValue(a) && a.Equals(b));

    private static int HashOf(object? value) =>
        value is null ? 0 : ByValue(value) ? value.GetHashCode() : RuntimeHelpers.GetHashCode(value);
}
