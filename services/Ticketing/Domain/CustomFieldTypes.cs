namespace CxPlatform.Ticketing.Domain;

public static class CustomFieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Checkbox = "checkbox";
    public const string Date = "date";
    public const string Dropdown = "dropdown";

    public static readonly IReadOnlyList<string> All = [Text, Number, Checkbox, Date, Dropdown];
}
