using System.Reflection;

namespace MediaCreator.ArchitectureTests;

/// <summary>Every type a type's declarations name: base, interfaces, fields, properties, parameters and returns.</summary>
internal static class TypeSignatures
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> Of(Type t)
    {
        var direct = new List<Type>();
        if (t.BaseType is not null) direct.Add(t.BaseType);
        direct.AddRange(t.GetInterfaces());
        direct.AddRange(t.GetFields(All).Select(f => f.FieldType));
        direct.AddRange(t.GetProperties(All).Select(p => p.PropertyType));
        foreach (var method in t.GetMethods(All))
        {
            direct.Add(method.ReturnType);
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }
        foreach (var ctor in t.GetConstructors(All)) direct.AddRange(ctor.GetParameters().Select(p => p.ParameterType));
        return direct.SelectMany(Expand).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType) return Expand(type.GetElementType()!);
        if (!type.IsGenericType) return [type];
        return type.GetGenericArguments().SelectMany(Expand).Prepend(type.GetGenericTypeDefinition());
    }
}
