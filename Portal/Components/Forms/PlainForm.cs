using Microsoft.AspNetCore.Components;

using Portal.Components.Shared;

namespace Portal.Components.Forms;

/// <summary>
/// A form drawn with <see cref="PlainTextField"/> and <see cref="PlainSelect"/> instead of MudBlazor's input
/// components, for the forms of a page whose circuit is the cost (decision 0511). A field is a line of markup
/// whose callback puts the value into the form and renders the form again; the limits and hints are those
/// <see cref="TextLimits"/> gives MudTextFields elsewhere.
/// </summary>
public abstract class PlainForm : ComponentBase
{
    /// <summary>An amount, date or count: at most <see cref="TextLimits.FigureMaxLength"/> characters.</summary>
    /// <param name="id">Unique on the page; also the test id unless <paramref name="testId"/> is given.</param>
    /// <param name="inputMode">The phone's keyboard: <c>decimal</c> for amounts, <c>text</c> for dates.</param>
    protected RenderFragment FigureInput(string id, string label, string? value, Action<string?> set, string? error = null, string inputMode = "decimal", string? testId = null) =>
        PlainTextField.Render(new(id, label, value, Typed(set), testId ?? id, InputMode: inputMode,
            Helper: TextLimits.Hint(TextLimits.FigureMaxLength), HelperOnFocus: true, Error: error));

    /// <summary>Free text with the domain's limit, a counter, and a hint naming the limit while it has focus.</summary>
    /// <param name="lines">More than one: a text area.</param>
    protected RenderFragment TextInput(string id, string label, string? value, Action<string?> set, int maxLength, string? error = null, int lines = 1, string? testId = null, string? helper = null) =>
        PlainTextField.Render(new(id, label, value, Typed(set), testId ?? id, MaxLength: maxLength,
            Helper: helper ?? TextLimits.Hint(maxLength), HelperOnFocus: helper is null, Error: error, Lines: lines, Counter: true));

    /// <summary>One of <paramref name="choices"/>; a value not among them shows the first.</summary>
    protected RenderFragment SelectInput<T>(string id, string label, IEnumerable<(T Value, string Text)> choices, T value, Action<T> set, string? error = null, string? testId = null)
    {
        var list = choices.ToList();
        var selected = Math.Max(0, list.FindIndex(c => EqualityComparer<T>.Default.Equals(c.Value, value)));
        var changed = EventCallback.Factory.Create<ChangeEventArgs>(this, e =>
        {
            // The position the browser sent back; anything else (a forged message) changes nothing.
            if (int.TryParse(e.Value as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < list.Count)
                set(list[index].Value);
        });
        return PlainSelect.Render(new(id, label, list.ConvertAll(c => c.Text), selected, changed, testId ?? id, error));
    }

    private EventCallback<ChangeEventArgs> Typed(Action<string?> set) =>
        EventCallback.Factory.Create<ChangeEventArgs>(this, e => set(e.Value as string));
}
