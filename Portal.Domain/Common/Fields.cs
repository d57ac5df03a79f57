namespace Portal.Domain.Common;

/// <summary>
/// The identifiers of what users type, which a failure names (<see cref="Result.Field"/>). Pages key their
/// inputs by the same identifiers, so a refusal lands under the input it is about.
/// </summary>
public static class Fields
{
    public const string Name = "name";
    public const string Description = "description";
    public const string Cycle = "cycle";
    public const string Allocation = "allocation";
    public const string Owner = "owner";
    public const string Phone = "phone";
    public const string Status = "status";
    public const string Area = "area";
    public const string Outcome = "outcome";
    public const string Details = "details";
    public const string Street = "street";
    public const string Purpose = "purpose";
    public const string Amount = "amount";
    public const string Date = "date";
    public const string Note = "note";
    public const string Reason = "reason";
    public const string Measure = "measure";
    public const string Target = "target";
    public const string Achieved = "achieved";
    public const string Unit = "unit";
    public const string Year = "year";
    public const string Received = "received";
    public const string ElderlyBlock = "elderlyBlock";
    public const string FactorBlock = "factorBlock";
    public const string CutOffDate = "cutOffDate";
    public const string DeadlineDay = "deadlineDay";
    public const string PersonTimes = "personTimes";
    public const string Lottery = "lottery";
    public const string Matching = "matching";
    public const string Comment = "comment";
    public const string Position = "position";
    public const string Code = "code";
    public const string BureauName = "bureauName";
    public const string Streets = "streets";
    public const string Areas = "areas";
    public const string FundName = "fundName";
    public const string Regulations = "regulations";
    public const string District = "district";
}
