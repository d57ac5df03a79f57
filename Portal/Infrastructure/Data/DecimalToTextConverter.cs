using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Infrastructure.Data;

/// <summary>Indicator values are exact decimals kept as invariant text; they are shown, never summed in SQL.</summary>
internal sealed class DecimalToTextConverter() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));
