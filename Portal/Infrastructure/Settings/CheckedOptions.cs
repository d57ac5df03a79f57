using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Settings;

/// <summary>
/// Options bound from a configuration section and checked before the portal starts
/// (<c>ValidateOnStart</c>): a wrong setting stops the start with a message instead of failing on the
/// first request that reads it, hours later.
/// </summary>
public static class CheckedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it at start with every registered check.</summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();

    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it at start with <typeparamref name="TCheck"/> (and any other check registered).</summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions, TCheck>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TCheck : class, IValidateOptions<TOptions>
    {
        services.AddSettingsCheck<TOptions, TCheck>();
        return services.AddCheckedOptions<TOptions>(configuration, section);
    }

    /// <summary>One more check of options registered with <see cref="AddCheckedOptions{TOptions}"/>; every check runs at start.</summary>
    public static IServiceCollection AddSettingsCheck<TOptions, TCheck>(this IServiceCollection services)
        where TOptions : class
        where TCheck : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TCheck>());
        return services;
    }

    /// <summary>
    /// Runs every start-up check now, right after the host is built and before the database, a command or
    /// the web server starts, and turns what they find into one refusal naming every problem. A value
    /// that cannot even be read as its type (a time of day "25:00") is refused the same way.
    /// </summary>
    public static void CheckNow(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception exception) when (exception is OptionsValidationException or AggregateException or InvalidOperationException)
        {
            var problems = Problems(exception).Distinct(StringComparer.Ordinal).ToList();
            throw new PortalStartRefusedException(
                (problems.Count == 1 ? "A setting is wrong: " : $"{problems.Count} settings are wrong: ") + string.Join(" ", problems), exception);
        }
    }

    private static IEnumerable<string> Problems(Exception exception) => exception switch
    {
        OptionsValidationException invalid => invalid.Failures,
        AggregateException all => all.InnerExceptions.SelectMany(Problems),
        _ => [exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message],
    };
}
