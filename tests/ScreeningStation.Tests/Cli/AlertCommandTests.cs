using System.Text.Json;
using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>`screening accounts` and `screening alert`: only a signed-in security manager changes the state of alert.</summary>
public sealed class AlertCommandTests : IDisposable
{
    private const string ManagerPassword = "correct horse battery";
    private const string OfficerPassword = "staple of the gate 42";

    private readonly ScreeningCli _screening = new();

    public void Dispose() => _screening.Dispose();

    private async Task AddAccountsAsync()
    {
        Assert.Equal(0, (await _screening.RunWithInputAsync(ManagerPassword + "\n", "accounts", "add", "sm-jones", "--role", "SecurityManager")).ExitCode);
        Assert.Equal(0, (await _screening.RunWithInputAsync(OfficerPassword + "\n", "accounts", "add", "so-smith", "--role", "SearchOfficer")).ExitCode);
    }

    [Fact]
    public async Task A_security_manager_sets_the_state_and_the_board_shows_who_and_why()
    {
        await AddAccountsAsync();

        var set = await _screening.RunWithInputAsync(ManagerPassword + "\n", "alert", "set", "Amber", "--reason", "specific threat", "--user", "sm-jones", "--shut-down", "on");
        var show = await _screening.RunAsync("alert", "show", "--json");

        Assert.True(set.ExitCode == 0, set.ToString());
        using var board = JsonDocument.Parse(show.Stdout);
        Assert.Equal("Amber", board.RootElement.GetProperty("state").GetString());
        Assert.True(board.RootElement.GetProperty("shutDown").GetBoolean());
        Assert.Equal("sm-jones", board.RootElement.GetProperty("setBy").GetString());
        Assert.Equal("specific threat", board.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_search_officer_cannot_change_the_state_of_alert()
    {
        await AddAccountsAsync();

        var attempt = await _screening.RunWithInputAsync(OfficerPassword + "\n", "alert", "set", "Black", "--reason", "quiet day", "--user", "so-smith");
        var show = await _screening.RunAsync("alert", "show", "--json");

        Assert.True(attempt.ExitCode == 3, attempt.ToString());
        Assert.Contains("only a SecurityManager", attempt.Stderr, StringComparison.Ordinal);
        Assert.Equal("system", JsonDocument.Parse(show.Stdout).RootElement.GetProperty("setBy").GetString());
    }

    [Theory]
    [InlineData("sm-jones", "wrong password!!")]
    [InlineData("nobody", ManagerPassword)]
    public async Task A_wrong_name_or_password_changes_nothing(string user, string password)
    {
        await AddAccountsAsync();

        var attempt = await _screening.RunWithInputAsync(password + "\n", "alert", "set", "Red", "--reason", "x", "--user", user);

        Assert.True(attempt.ExitCode == 3, attempt.ToString());
        Assert.Contains("wrong account name or password", attempt.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Red", (await _screening.RunAsync("alert", "show")).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Purple", "specific threat", "unknown state of alert 'Purple'")]
    [InlineData("Red", " ", "a reason for the change must be given")]
    public async Task A_bad_change_is_refused_naming_what_is_wrong(string state, string reason, string message)
    {
        await AddAccountsAsync();

        var attempt = await _screening.RunWithInputAsync(ManagerPassword + "\n", "alert", "set", state, "--reason", reason, "--user", "sm-jones");

        Assert.True(attempt.ExitCode == 2, attempt.ToString());
        Assert.Contains(message, attempt.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_are_stored_hashed_with_no_password_in_the_file_and_weak_passwords_are_refused()
    {
        await AddAccountsAsync();

        var weak = await _screening.RunWithInputAsync("short\n", "accounts", "add", "so-brown", "--role", "SearchOfficer");
        var duplicate = await _screening.RunWithInputAsync(OfficerPassword + "\n", "accounts", "add", "SO-SMITH", "--role", "Auditor");
        var file = await File.ReadAllTextAsync(Path.Combine(_screening.Folder, "data", "accounts.json"));

        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.DoesNotContain(ManagerPassword, file, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficerPassword, file, StringComparison.Ordinal);
        Assert.Contains("passwordHash", file, StringComparison.Ordinal);
    }
}
