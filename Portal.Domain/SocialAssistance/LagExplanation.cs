namespace Portal.Domain.SocialAssistance;

/// <summary>Why a project lags behind its schedule, what is done about it, and when that was recorded.</summary>
public sealed record LagExplanation(string Reason, string CorrectiveMeasure, DateOnly RecordedOn)
{
    public const int MaxLength = 2000;
}
