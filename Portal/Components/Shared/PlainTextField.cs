using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Portal.Components.Shared;

/// <summary>
/// An outlined, dense text input drawn with MudBlazor's own classes (label on the border, helper or error
/// text under it), as markup inline rather than a <c>MudTextField</c>. In a live circuit a MudTextField is
/// about 35 KB (its input, control, label and adornment components, their parameter state and render trees);
/// this is a few hundred bytes of markup in its form's render tree. For forms whose circuit is the cost: the
/// monthly entry's figures (decision 0520).
/// </summary>
internal static class PlainTextField
{
    /// <summary>The input, its label and the text under it.</summary>
    /// <param name="field">What the input shows and where its value goes.</param>
    public static RenderFragment Render(PlainTextFieldSpec field) => builder => Build(builder, field);

    private static void Build(RenderTreeBuilder builder, PlainTextFieldSpec field)
    {
        // Everything but the input itself is markup: one render-tree frame each instead of one per element and
        // attribute, since a circuit keeps two render trees of its form and the batch buffers sized to them.
        var error = field.Error is not null;
        var under = field.Error ?? field.Helper;
        var errorClass = error ? " mud-input-error" : "";
        var id = Encode(field.Id);
        var label = Encode(field.Label);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-margin-dense mud-input-outlined-with-label mud-input-input-control mud-input-sizing-fixed" + errorClass);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "div");
        // mud-shrink keeps the label on the border while the field holds text; focus moves it there by CSS alone.
        builder.AddAttribute(5, "class", "mud-input mud-input-outlined mud-input-outlined-with-label mud-input-margin-dense mud-typography-subtitle1 mud-input-sizing-fixed"
            + (string.IsNullOrEmpty(field.Value) ? "" : " mud-shrink") + errorClass);
        builder.OpenElement(6, "input");
        builder.AddAttribute(7, "class", "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense");
        builder.AddAttribute(8, "id", field.Id);
        builder.AddAttribute(9, "inputmode", field.InputMode);
        builder.AddAttribute(10, "maxlength", field.MaxLength);
        builder.AddAttribute(11, "readonly", field.ReadOnly);
        builder.AddAttribute(12, "aria-invalid", error ? "true" : null);
        builder.AddAttribute(13, "aria-describedby", under is null ? null : field.Id + "-helper");
        builder.AddAttribute(14, "data-testid", field.TestId);
        builder.AddAttribute(15, "value", field.Value);
        // As typed (every keystroke) or when the field is left, as the form needs.
        builder.AddAttribute(16, field.Immediate ? "oninput" : "onchange", field.Changed);
        builder.SetUpdatesAttributeName("value");
        builder.CloseElement();
        builder.AddMarkupContent(17, $"<fieldset class=\"mud-input-outlined-border\"><legend>{label}</legend></fieldset>");
        builder.CloseElement();
        builder.AddMarkupContent(18, $"<label class=\"mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol{errorClass}\" for=\"{id}\">{label}</label>");
        builder.CloseElement();
        if (under is not null)
        {
            var helperClass = error ? errorClass : field.HelperOnFocus ? " mud-input-helper-onfocus" : "";
            builder.AddMarkupContent(19, $"<div class=\"mud-input-control-helper-container px-2\"><div class=\"d-flex mud-input-helper-text{helperClass}\"><div class=\"me-auto\" id=\"{id}-helper\">{Encode(under)}</div></div></div>");
        }

        builder.CloseElement();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>One <see cref="PlainTextField"/>: the value as typed and the callback that takes a new one.</summary>
/// <param name="Id">Unique on the page: the label points at it.</param>
/// <param name="Helper">Under the field; with <paramref name="HelperOnFocus"/> only while the field has focus.</param>
/// <param name="Error">Under the field in red instead of the helper, the field outlined in red.</param>
/// <param name="Immediate">The value goes to the form at every keystroke (for figures shown as they are typed), else when the field is left.</param>
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
    bool Immediate = false);
