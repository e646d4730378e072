namespace Screening.Rules.RuleFile;

/// <summary>One problem in a rule file, with where it is.</summary>
public sealed record RuleFileError(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}

/// <summary>A rule file was refused. Carries every problem found, not only the first.</summary>
public sealed class RuleFileException : Exception
{
    public RuleFileException(IReadOnlyList<RuleFileError> errors)
        : base(Describe(errors)) => Errors = errors;

    public RuleFileException()
        : this([])
    {
    }

    public RuleFileException(string message)
        : base(message) => Errors = [new RuleFileError("", 0, message)];

    public RuleFileException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new RuleFileError("", 0, message)];

    public IReadOnlyList<RuleFileError> Errors { get; }

    private static string Describe(IReadOnlyList<RuleFileError> errors) => errors.Count switch
    {
        0 => "the rule file was refused",
        1 => $"the rule file was refused: {errors[0]}",
        _ => $"the rule file was refused ({errors.Count} problems): " + string.Join("; ", errors),
    };
}
