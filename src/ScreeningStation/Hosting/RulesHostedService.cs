using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Screening.Rules;

namespace Screening.Station.Hosting;

/// <summary>Watches the rule file and logs every reload and every refused change.</summary>
internal sealed partial class RulesHostedService(RuleSetFile rules, ILogger<RulesHostedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var current = rules.Current;
        LogInForce(current.Source, current.Name, current.Hash);
        WarnIfUnsafe(current);
        rules.Reloaded += OnReloaded;
        rules.Refused += OnRefused;
        rules.WatchRestarted += OnWatchRestarted;
        rules.Watch();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        rules.Reloaded -= OnReloaded;
        rules.Refused -= OnRefused;
        rules.WatchRestarted -= OnWatchRestarted;
        return Task.CompletedTask;
    }

    private void OnReloaded(object? sender, RuleSetReloadedEventArgs e)
    {
        LogReloaded(e.Current.Source, e.Previous.Hash, e.Current.Hash);
        WarnIfUnsafe(e.Current);
    }

    private void WarnIfUnsafe(RuleSet ruleSet)
    {
        foreach (var warning in ruleSet.SafetyWarnings())
        {
            LogUnsafe(ruleSet.Source, warning);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rules from {RulesSource}: {SafetyWarning}")]
    private partial void LogUnsafe(string rulesSource, string safetyWarning);

    private void OnRefused(object? sender, RuleSetRefusedEventArgs e) =>
        LogRefused(rules.Path ?? "", string.Join("; ", e.Problem.Errors), e.StillInForce.Hash);

    private void OnWatchRestarted(object? sender, ErrorEventArgs e) => LogWatchRestarted(rules.Path ?? "", e.GetException());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching rule file {RulesSource} failed and was restarted")]
    private partial void LogWatchRestarted(string rulesSource, Exception problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rules in force from {RulesSource}: {RuleSetName} ({RuleSetHash})")]
    private partial void LogInForce(string rulesSource, string ruleSetName, string ruleSetHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rules reloaded from {RulesSource}: {PreviousHash} replaced by {RuleSetHash}")]
    private partial void LogReloaded(string rulesSource, string previousHash, string ruleSetHash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule file {RulesSource} refused, last good rules {RuleSetHash} stay in force: {Problems}")]
    private partial void LogRefused(string rulesSource, string problems, string ruleSetHash);
}
