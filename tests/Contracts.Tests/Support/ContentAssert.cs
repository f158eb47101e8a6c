using System.Collections;

namespace CxPlatform.Contracts.Tests.Support;

/// <summary>Compares events property by property, collections by content (records compare them by reference).</summary>
public static class ContentAssert
{
    public static void SameProperties(object expected, object actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (var property in expected.GetType().GetProperties().Where(property => property.GetIndexParameters().Length == 0))
        {
            var want = Normalise(property.GetValue(expected));
            var got = Normalise(property.GetValue(actual));
            Assert.True(
                Equals(want, got) || (want is IList wantList && got is IList gotList && wantList.Cast<object>().SequenceEqual(gotList.Cast<object>())),
                $"{expected.GetType().Name}.{property.Name}: expected {Describe(want)}, got {Describe(got)}");
        }
    }

    private static object? Normalise(object? value) => value switch
    {
        null or string => value,
        DateTimeOffset time => (time.UtcTicks, time.Offset),
        IDictionary dictionary => dictionary.Keys.Cast<object>()
            .Select(key => $"{key}={dictionary[key]}").Order(StringComparer.Ordinal).ToList<object>(),
        IEnumerable sequence => sequence.Cast<object>().ToList(),
        _ => value,
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IEnumerable<object> sequence => $"[{string.Join(", ", sequence)}]",
        _ => value.ToString() ?? "",
    };
}
