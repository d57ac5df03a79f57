using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data;

internal sealed class MoneyToFenConverter() : ValueConverter<Money, long>(money => money.Fen, fen => Money.FromFen(fen));
