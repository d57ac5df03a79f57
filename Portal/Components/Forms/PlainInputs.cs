using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

using Portal.Components.Shared;

namespace Portal.Components.Forms;

/// <summary>
/// An outlined, dense text input drawn with MudBlazor's own classes (label on the border, helper or error
/// text under it), as markup inline rather than a <c>MudTextField</c>. In a live circuit a MudTextField is
/// about 35 KB (its input, control, label and adornment components, their parameter state and render trees);
/// this is a few hundred bytes of markup in its form's render tree. For forms whose circuit is the cost: the
/// monthly entry's figures (decision 0520) and the project page's forms (decision 0511).
/// </summary>
internal static class PlainTextField
{
    /// <summary>The input (a text area when it has more than one line), its label and the text under it.</summary>
    /// <param name="field">What the input shows and where its value goes.</param>
    public static RenderFragment Render(PlainTextFieldSpec field) => builder =>
    {
        var error = field.Error is not null;
        var under = field.Error ?? field.Helper;
        PlainInputFrame.Open(builder, field.Error, shrink: !string.IsNullOrEmpty(field.Value));
        var multiLine = field.Lines > 1;
        builder.OpenElement(10, multiLine ? "textarea" : "input");
        builder.AddAttribute(11, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense");
        builder.AddAttribute(12, "id", field.Id);
        builder.AddAttribute(13, "rows", multiLine ? field.Lines : null);
        builder.AddAttribute(14, "inputmode", field.InputMode);
        builder.AddAttribute(15, "maxlength", field.MaxLength);
        builder.AddAttribute(16, "readonly", field.ReadOnly);
        builder.AddAttribute(17, "aria-invalid", error ? "true" : null);
        builder.AddAttribute(18, "aria-describedby", under is null ? null : field.Id + "-helper");
        builder.AddAttribute(19, "data-testid", field.TestId);
        builder.AddAttribute(20, "value", field.Value);
        // As typed (every keystroke) or when the field is left, as the form needs.
        builder.AddAttribute(21, field.Immediate ? "oninput" : "onchange", field.Changed);
        builder.SetUpdatesAttributeName("value");
        builder.CloseElement();
        // Free text counts its characters against the limit, as of the last time the field was left.
        var counter = field.Counter ? $"{field.Value?.Length ?? 0} / {field.MaxLength}" : null;
        PlainInputFrame.Close(builder, field.Id, field.Label, field.Error, field.Helper, field.HelperOnFocus, counter);
    };
}

/// <summary>One <see cref="PlainTextField"/>: the value as typed and the callback that takes a new one.</summary>
/// <param name="Id">Unique on the page: the label points at it.</param>
/// <param name="Helper">Under the field; with <paramref name="HelperOnFocus"/> only while the field has focus.</param>
/// <param name="Error">Under the field in red instead of the helper, the field outlined in red.</param>
/// <param name="Immediate">The value goes to the form at every keystroke (for figures shown as they are typed), else when the field is left.</param>
/// <param name="Lines">More than one: a text area of that many rows.</param>
/// <param name="Counter">Shows the characters typed against <paramref name="MaxLength"/> beside the helper.</param>
internal sealed record PlainTextFieldSpec(
    string Id,
    string Label,
    string? Value,
    EventCallback<ChangeEventArgs> Changed,
    string TestId,
    string InputMode = "text",
    int MaxLength = TextLimits.FigureMaxLength,
    bool ReadOnly = false,
    string? Helper = null,
    bool HelperOnFocus = false,
    string? Error = null,
    bool Immediate = false,
    int Lines = 1,
    bool Counter = false);

/// <summary>
/// A native select drawn in the same outlined frame as <see cref="PlainTextField"/>, in place of a
/// <c>MudSelect</c> (its list, popover and one component per choice stay in the circuit while the page is
/// open). The browser draws the list, which on a phone is the system's own picker. Choices are sent back by
/// their position, so no value is parsed from what the browser sends.
/// </summary>
internal static class PlainSelect
{
    public static RenderFragment Render(PlainSelectSpec field) => builder =>
    {
        PlainInputFrame.Open(builder, field.Error, shrink: true);
        builder.OpenElement(10, "select");
        builder.AddAttribute(11, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense plain-select");
        builder.AddAttribute(12, "id", field.Id);
        builder.AddAttribute(13, "aria-invalid", field.Error is not null ? "true" : null);
        builder.AddAttribute(14, "aria-describedby", field.Error is null ? null : field.Id + "-helper");
        builder.AddAttribute(15, "data-testid", field.TestId);
        builder.AddAttribute(16, "value", field.Selected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(17, "onchange", field.Changed);
        builder.SetUpdatesAttributeName("value");
        // The choices as one piece of markup: one render-tree frame however many there are.
        var options = new System.Text.StringBuilder();
        for (var i = 0; i < field.Choices.Count; i++)
            options.Append(System.Globalization.CultureInfo.InvariantCulture, $"<option value=\"{i}\"{(i == field.Selected ? " selected" : "")}>{WebUtility.HtmlEncode(field.Choices[i])}</option>");
        builder.AddMarkupContent(18, options.ToString());
        builder.CloseElement();
        PlainInputFrame.Close(builder, field.Id, field.Label, field.Error, helper: null, helperOnFocus: false, counter: null);
    };
}

/// <summary>One <see cref="PlainSelect"/>.</summary>
/// <param name="Choices">What the user reads, in order.</param>
/// <param name="Selected">The position of the chosen one.</param>
/// <param name="Changed">Takes the position chosen, as text.</param>
internal sealed record PlainSelectSpec(
    string Id,
    string Label,
    IReadOnlyList<string> Choices,
    int Selected,
    EventCallback<ChangeEventArgs> Changed,
    string TestId,
    string? Error = null);

/// <summary>MudBlazor's outlined input frame around a plain input or select: label on the border, helper or error under it.</summary>
internal static class PlainInputFrame
{
    /// <summary>Opens the frame up to where the input goes (sequence numbers below 10 are the frame's).</summary>
    /// <param name="shrink">Keeps the label on the border (the field holds something); focus moves it there by CSS alone.</param>
    public static void Open(RenderTreeBuilder builder, string? error, bool shrink)
    {
        var errorClass = error is not null ? " mud-input-error" : "";
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-margin-dense mud-input-outlined-with-label mud-input-input-control mud-input-sizing-fixed" + errorClass);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "div");
        builder.AddAttribute(5, "class", "mud-input mud-input-outlined mud-input-outlined-with-label mud-input-margin-dense mud-typography-subtitle1 mud-input-sizing-fixed"
            + (shrink ? " mud-shrink" : "") + errorClass);
    }

    /// <summary>Closes the frame after the input (sequence numbers from 30 are the frame's).</summary>
    public static void Close(RenderTreeBuilder builder, string id, string label, string? error, string? helper, bool helperOnFocus, string? counter)
    {
        // Everything but the input itself is markup: one render-tree frame each instead of one per element and
        // attribute, since a circuit keeps two render trees of its form and the batch buffers sized to them.
        var errorClass = error is not null ? " mud-input-error" : "";
        var encodedId = Encode(id);
        var encodedLabel = Encode(label);
        builder.AddMarkupContent(30, $"<fieldset class=\"mud-input-outlined-border\"><legend>{encodedLabel}</legend></fieldset>");
        builder.CloseElement();
        builder.AddMarkupContent(31, $"<label class=\"mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol{errorClass}\" for=\"{encodedId}\">{encodedLabel}</label>");
        builder.CloseElement();
        var under = error ?? helper;
        if (under is not null || counter is not null)
        {
            var helperClass = error is not null ? errorClass : helperOnFocus ? " mud-input-helper-onfocus" : "";
            var count = counter is null ? "" : $"<div class=\"ms-auto\">{Encode(counter)}</div>";
            builder.AddMarkupContent(32, $"<div class=\"mud-input-control-helper-container px-2\"><div class=\"d-flex mud-input-helper-text{helperClass}\"><div class=\"me-auto\" id=\"{encodedId}-helper\">{Encode(under ?? "")}</div>{count}</div></div>");
        }

        builder.CloseElement();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
