namespace Screening.Station.Cli;

/// <summary>What `screening` returns to the shell.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The service failed; under systemd this restarts it (the turnstile stays locked meanwhile).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a bad file, case or argument. The message on stderr names what was wrong.</summary>
    public const int BadInput = 2;

    /// <summary>Signed in wrongly, or the account's role may not do this.</summary>
    public const int Denied = 3;
}
