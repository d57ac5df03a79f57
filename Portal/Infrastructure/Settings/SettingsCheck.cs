using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Settings;

/// <summary>
/// A check of one options class, run once before the portal starts (<see cref="CheckedOptions"/>): it lists
/// every problem as a sentence naming the setting, what it holds and what it needs, so an operator fixes
/// them all in one go. Several checks of the same class all run; adding one is a class and a line.
/// </summary>
public abstract class SettingsCheck<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Each problem as one sentence, e.g. "Portal:Backups:Keep must be at least 1 (it is 0).".</summary>
    protected abstract IEnumerable<string> Problems(TOptions options);
}
