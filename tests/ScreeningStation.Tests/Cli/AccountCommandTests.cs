using Screening.Station.Tests.Support;

namespace Screening.Station.Tests.Cli;

/// <summary>`screening accounts`: add, list, set-role, passwd, remove, and what each does to sign-in.</summary>
public sealed class AccountCommandTests : IDisposable
{
    private readonly ScreeningCli _screening = new();

    private string Data => Path.Combine(_screening.Folder, "data");

    public void Dispose() => _screening.Dispose();

    [Fact]
    public async Task An_account_can_be_given_another_role_a_new_password_and_removed()
    {
        Assert.Equal(0, (await _screening.RunWithInputAsync("first password 01\n", "accounts", "add", "so-lee", "--role", "SearchOfficer", "--data", Data)).ExitCode);

        var role = await _screening.RunAsync("accounts", "set-role", "so-lee", "--role", "Auditor", "--data", Data);
        Assert.Equal(0, role.ExitCode);
        Assert.Contains("so-lee", (await _screening.RunAsync("accounts", "list", "--data", Data)).Stdout, StringComparison.Ordinal);
        Assert.Matches(@"so-lee\s+Auditor", (await _screening.RunAsync("accounts", "list", "--data", Data)).Stdout);

        var shortPassword = await _screening.RunWithInputAsync("short\n", "accounts", "passwd", "so-lee", "--data", Data);
        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("at least 12 characters", shortPassword.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, (await _screening.RunWithInputAsync("second password 02\n", "accounts", "passwd", "so-lee", "--data", Data)).ExitCode);
        var accounts = new Screening.Station.Accounts.AccountStore(Data);
        Assert.Null(accounts.SignIn("so-lee", "first password 01"));
        Assert.Equal(Screening.Station.Accounts.Role.Auditor, accounts.SignIn("so-lee", "second password 02")?.Role);

        Assert.Equal(0, (await _screening.RunAsync("accounts", "remove", "so-lee", "--data", Data)).ExitCode);
        Assert.DoesNotContain("so-lee", (await _screening.RunAsync("accounts", "list", "--data", Data)).Stdout, StringComparison.Ordinal);
        Assert.Null(accounts.SignIn("so-lee", "second password 02"));
    }

    [Theory]
    [InlineData("remove", "nobody")]
    [InlineData("set-role", "nobody", "--role", "Auditor")]
    public async Task Changing_an_account_that_does_not_exist_is_refused_by_name(params string[] args)
    {
        var result = await _screening.RunAsync(["accounts", .. args, "--data", Data]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no account named 'nobody'", result.Stderr, StringComparison.Ordinal);
    }
}
