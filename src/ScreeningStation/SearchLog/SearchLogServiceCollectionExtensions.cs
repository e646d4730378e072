using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Screening.Station.SearchLog;

public static class SearchLogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="SearchLogStore"/> (opened on first use with the registered
    /// <see cref="TimeProvider"/>, else the system clock; disposed by the host, writing everything
    /// queued) and the <see cref="ImageStore"/> beside it, both in <paramref name="dataDirectory"/>.
    /// </summary>
    public static IServiceCollection AddSearchLog(this IServiceCollection services, Func<IServiceProvider, string> dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        services.AddSingleton(sp => SearchLogStore.Open(
            dataDirectory(sp),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<SearchLogStore>>()));
        services.AddSingleton(sp => new ImageStore(dataDirectory(sp)));
        return services;
    }
}
